// `lantu keys export-public -o x.pub | trust x.pub --fingerprint … | revoke --fingerprint … | list | log`: this
// installation's public key and its list of trusted keys. A key is trusted only when the fingerprint given (read
// out by its owner over another channel) matches the file's key; every trust and revoke is a logged line.
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { publicKeyFileText } from '../../../engine/sign/index.ts';
import { openStation } from '../../node/station/openStation.ts';
import type { CliCommand } from '../command.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { UsageError } from '../parseArgs.ts';
import { reportStationError, stationHomeOf } from '../stationAccess.ts';
import { say } from '../../i18n/index.ts';

const USAGE = say('commands.keys.USAGE');

const keys: CliCommand = {
  usage: 'export-public -o <x.pub> | trust <x.pub> --fingerprint <指纹> | revoke --fingerprint <指纹> | list | log',
  options: {
    output: { type: 'string', short: 'o', value: '<x.pub>', help: say('commands.keys.output_help') },
    fingerprint: {
      type: 'string',
      value: '<指纹>',
      help: say('commands.keys.fingerprint_help'),
    },
  },
  async run(args, ctx) {
    const [sub, ...rest] = args.positionals;
    const fingerprint = args.options.fingerprint;
    try {
      const station = await openStation(stationHomeOf(ctx));
      if (sub === 'export-public' && rest.length === 0 && typeof args.options.output === 'string') {
        const file = station.publicKeyFile();
        await ctx.writeOutputFile(args.options.output, publicKeyFileText(file));
        ctx.out(
          ctx.t(say('commands.keys.run', { stationName: file.stationName, output: args.options.output, fingerprint: file.fingerprint })),
        );
        await ctx.writeJson(file);
        return EXIT.ok;
      }
      if (sub === 'trust' && rest.length === 1 && typeof fingerprint === 'string') {
        const path = rest[0]!;
        let text: string;
        try {
          text = await readFile(resolve(ctx.cwd, path), 'utf8');
        } catch (error) {
          ctx.err(`✗ ${ctx.t(describeIoError(error, path))}`);
          return EXIT.usage;
        }
        const entry = await station.trust(text, basename(path), fingerprint);
        ctx.out(ctx.t(say('commands.keys.run-2', { stationName: entry.key.stationName, fingerprint: entry.key.fingerprint })));
        await ctx.writeJson(entry);
        return EXIT.ok;
      }
      if (sub === 'revoke' && rest.length === 0 && typeof fingerprint === 'string') {
        const entry = await station.revoke(fingerprint);
        ctx.out(ctx.t(say('commands.keys.run-3', { stationName: entry.key.stationName, fingerprint: entry.key.fingerprint })));
        await ctx.writeJson(entry);
        return EXIT.ok;
      }
      if (sub === 'list' && rest.length === 0) {
        const list = (await station.trustedKeys()).list();
        if (list.length === 0) ctx.out(ctx.t(say('commands.keys.run-4')));
        for (const k of list) {
          const state =
            k.revokedAt !== undefined ? ctx.t(say('commands.keys.state', { revokedAt: k.revokedAt })) : ctx.t(say('commands.keys.state-2'));
          ctx.out(`${k.fingerprint}  ${k.stationName}  ${ctx.t(say('commands.keys.run-5'))} ${k.addedAt}  ${state}`);
        }
        await ctx.writeJson(list);
        return EXIT.ok;
      }
      if (sub === 'log' && rest.length === 0) {
        const log = await station.trustLog();
        for (const e of log) {
          const what = e.action === 'trust' ? ctx.t(say('commands.keys.what')) : ctx.t(say('commands.keys.what-2'));
          ctx.out(`${e.at}  ${what}  ${e.key.fingerprint}  ${e.key.stationName}  ${ctx.t(say('commands.keys.run-6'))} ${e.by.stationName}`);
        }
        await ctx.writeJson(log);
        return EXIT.ok;
      }
      throw new UsageError(USAGE);
    } catch (error) {
      return reportStationError(error, ctx);
    }
  },
};

export default keys;
