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

function printStation(ctx: CliContext, s: StationRecord): void {
  const role =
    s.role === 'bureau'
      ? ctx.t({ zh: '局（分配正式维护日志编号）', en: 'bureau (assigns official log numbers)' })
      : ctx.t({ zh: '部门（给临时编号）', en: 'department (gives provisional numbers)' });
  ctx.out(`${ctx.t({ zh: '工作站', en: 'station' })}    ${s.stationName}`);
  ctx.out(`${ctx.t({ zh: '编号', en: 'id' })}      ${s.stationId}`);
  ctx.out(`${ctx.t({ zh: '代码', en: 'code' })}      ${s.stationCode}`);
  ctx.out(`${ctx.t({ zh: '角色', en: 'role' })}      ${role}`);
  if (s.fingerprint) ctx.out(`${ctx.t({ zh: '公钥指纹', en: 'key fingerprint' })}  ${s.fingerprint}`);
}

const station: CliCommand = {
  summary: {
    zh: '本工作站：init 建立（名称、角色、密钥对），show 查看，rename 改名',
    en: 'this station: init (name, role, key pair), show, rename',
  },
  usage: 'init --name <名称> [--role department|bureau] | show | rename --name <名称>',
  options: {
    name: { type: 'string', value: '<名称>', help: { zh: '工作站名称，如 生态环境局-张工', en: 'station name, e.g. 生态环境局-张工' } },
    role: {
      type: 'string',
      value: 'department|bureau',
      choices: ['department', 'bureau'],
      help: { zh: '角色（默认 department；局的工作站分配正式编号）', en: 'role (default department; the bureau assigns official numbers)' },
    },
    'passphrase-file': PASSPHRASE_OPTION,
  },
  async run(args, ctx) {
    const [sub, ...rest] = args.positionals;
    if (rest.length > 0 || !['init', 'show', 'rename'].includes(sub ?? '')) {
      throw new UsageError({
        zh: '用法：lantu station init --name <名称> | show | rename --name <名称>',
        en: 'usage: lantu station init --name <name> | show | rename --name <name>',
      });
    }
    const home = stationHomeOf(ctx);
    const name = args.options.name;
    try {
      if (sub === 'init') {
        if (typeof name !== 'string')
          throw new UsageError({ zh: 'station init 需要 --name <名称>', en: 'station init needs --name <name>' });
        const passphrase = await passphraseOf(args, ctx);
        const role = args.options.role === 'bureau' ? 'bureau' : 'department';
        const record = await initStation(home, { stationName: name, role, passphrase });
        ctx.out(ctx.t({ zh: `已建立工作站，保存在 ${join(home, STATION_FILE)}`, en: `station made, kept in ${join(home, STATION_FILE)}` }));
        printStation(ctx, record);
        await ctx.writeJson(record);
        return EXIT.ok;
      }
      if (sub === 'rename') {
        if (typeof name !== 'string')
          throw new UsageError({ zh: 'station rename 需要 --name <名称>', en: 'station rename needs --name <name>' });
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
