// `lantu station init --name <名称> [--role bureau|department]`, `lantu station show`, `lantu station rename --name …`:
// this installation's station (id, name, code, role, key fingerprint) in $LANTU_HOME or ~/.config/lantu. The
// private key is sealed under the passphrase (--passphrase-file or LANTU_PASSPHRASE) in a file of mode 0600.
import { join } from 'node:path';
import { initStation, openStation, renameStation, STATION_FILE } from '../../node/station/openStation.ts';
import type { StationRecord } from '../../../engine/sign/index.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { EXIT } from '../exitCodes.ts';
import { UsageError } from '../parseArgs.ts';
import { PASSPHRASE_OPTION, passphraseOf, reportStationError, stationHomeOf } from '../stationAccess.ts';
import { say } from '../../i18n/index.ts';

function printStation(ctx: CliContext, s: StationRecord): void {
  const role = s.role === 'bureau' ? ctx.t(say('commands.station.role')) : ctx.t(say('commands.station.role-2'));
  ctx.out(`${ctx.t(say('commands.station.printStation'))}    ${s.stationName}`);
  ctx.out(`${ctx.t(say('commands.station.printStation-2'))}      ${s.stationId}`);
  ctx.out(`${ctx.t(say('commands.station.printStation-3'))}      ${s.stationCode}`);
  ctx.out(`${ctx.t(say('commands.station.printStation-4'))}      ${role}`);
  if (s.fingerprint) ctx.out(`${ctx.t(say('commands.station.printStation-5'))}  ${s.fingerprint}`);
}

const station: CliCommand = {
  usage: 'init --name <名称> [--role department|bureau] | show | rename --name <名称>',
  options: {
    name: { type: 'string', value: '<名称>', help: say('commands.station.name_help') },
    role: {
      type: 'string',
      value: 'department|bureau',
      choices: ['department', 'bureau'],
      help: say('commands.station.role_help'),
    },
    'passphrase-file': PASSPHRASE_OPTION,
  },
  async run(args, ctx) {
    const [sub, ...rest] = args.positionals;
    if (rest.length > 0 || !['init', 'show', 'rename'].includes(sub ?? '')) {
      throw new UsageError(say('commands.station.run'));
    }
    const home = stationHomeOf(ctx);
    const name = args.options.name;
    try {
      if (sub === 'init') {
        if (typeof name !== 'string') throw new UsageError(say('commands.station.run-2'));
        const passphrase = await passphraseOf(args, ctx);
        const role = args.options.role === 'bureau' ? 'bureau' : 'department';
        const record = await initStation(home, { stationName: name, role, passphrase });
        ctx.out(ctx.t(say('commands.station.run-3', { join: join(home, STATION_FILE) })));
        printStation(ctx, record);
        await ctx.writeJson(record);
        return EXIT.ok;
      }
      if (sub === 'rename') {
        if (typeof name !== 'string') throw new UsageError(say('commands.station.run-4'));
        const record = await renameStation(home, name);
        printStation(ctx, record);
        await ctx.writeJson(record);
        return EXIT.ok;
      }
      const opened = await openStation(home);
      printStation(ctx, opened.identity);
      await ctx.writeJson(opened.identity);
      return EXIT.ok;
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default station;
