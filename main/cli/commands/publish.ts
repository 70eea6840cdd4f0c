// `lantu publish <blueprint.zip> --db <conn> [--schema s]`: verifies the package exactly as `lantu verify` does, then
// writes it into PostGIS in one transaction (main/node/db/publishBlueprint.ts): readers see the old publication or the
// new, never half. Exit 0 published (or already the latest), 1 the package does not verify, 2 usage, I/O or database.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { zipEntries } from '../../../engine/package/index.ts';
import { PACKAGE_ZIP_LIMITS } from '../../../engine/zip/index.ts';
import { describePgError } from '../../node/db/describePgError.ts';
import { publishBlueprint } from '../../node/db/publishBlueprint.ts';
import { sha256HexNode } from '../../node/sha256HexNode.ts';
import type { CliCommand } from '../command.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { DB_OPTION, openDatabase } from '../openDatabase.ts';
import { UsageError } from '../parseArgs.ts';
import { toolVersion } from './export.ts';
import verify from './verify.ts';

const publish: CliCommand = {
  summary: {
    zh: '把校验通过的成果包发布到 PostGIS（图层、一张图、冲突、处置、指标；一次事务）',
    en: 'publish a verified package into PostGIS (layers, coverage, conflicts, resolutions, indicators; one transaction)',
  },
  usage: '<blueprint.zip> --db <conn> [--schema <name>]',
  options: {
    db: DB_OPTION,
    schema: {
      type: 'string',
      value: '<name>',
      help: { zh: '写入的模式（schema），默认 lantu', en: 'target schema, default lantu' },
    },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const db = args.options.db;
    if (args.positionals.length !== 1 || file === undefined || typeof db !== 'string')
      throw new UsageError({
        zh: '用法：lantu publish <成果包.zip> --db <连接字符串>',
        en: 'usage: lantu publish <blueprint.zip> --db <conn>',
      });
    const schema = typeof args.options.schema === 'string' ? args.options.schema : 'lantu';
    let zip: Uint8Array;
    try {
      zip = await readFile(resolve(ctx.cwd, file));
    } catch (error) {
      ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
      return EXIT.usage;
    }
    // Connected first: a refused connection string or an unreachable server is said before a long verification.
    const opened = await openDatabase(db, ctx);
    if (!opened) return EXIT.usage;
    const { client, label } = opened;
    try {
      const verified = await verify.run({ positionals: [file], options: {} }, { ...ctx, writeJson: async () => undefined });
      if (verified !== EXIT.ok) {
        ctx.err(ctx.t({ zh: `✗ ${file} 未通过校验，未发布`, en: `✗ ${file} does not verify: nothing published` }));
        await ctx.writeJson({ command: 'publish', ok: false, file, reason: 'verify' });
        return verified;
      }
      const packageSha256 = sha256HexNode(zip);
      const result = await publishBlueprint(client, {
        files: zipEntries(zip, file, PACKAGE_ZIP_LIMITS),
        schema,
        packageSha256,
        toolVersion: toolVersion(),
      });
      if (result.unchanged) {
        ctx.out(
          ctx.t({
            zh: `✓ ${label} 模式 ${schema} 已是此成果包（第 ${result.version} 版，SHA-256 ${packageSha256.slice(0, 12)}…），未重复发布`,
            en: `✓ ${label} schema ${schema} already holds this package (version ${result.version}, SHA-256 ${packageSha256.slice(0, 12)}…): nothing to do`,
          }),
        );
      } else {
        for (const t of result.tables) ctx.out(`  ${schema}.${t.name}: ${t.rows}`);
        ctx.out(
          ctx.t({
            zh: `✓ 已发布到 ${label} 模式 ${schema}：第 ${result.version} 版，${result.tables.length} 张表`,
            en: `✓ published to ${label} schema ${schema}: version ${result.version}, ${result.tables.length} tables`,
          }),
        );
      }
      await ctx.writeJson({ command: 'publish', ok: true, file, schema, packageSha256, ...result });
      return EXIT.ok;
    } catch (error) {
      ctx.err(`✗ ${ctx.t(describePgError(error, label))}`);
      await ctx.writeJson({ command: 'publish', ok: false, file, reason: 'database' });
      return EXIT.usage;
    } finally {
      await client.end().catch(() => undefined);
    }
  },
};

export default publish;
