// `lantu publish <blueprint.zip> --db <conn> [--schema s]`: verifies the package exactly as `lantu verify` does, then
// writes it into PostGIS in one transaction (main/node/db/publishBlueprint.ts): readers see the old publication or the
// new, never half. Exit 0 published (or already the latest), 1 the package does not verify, 2 usage, I/O or database,
// 130 interrupted by Ctrl+C (the running statement cancelled, the transaction rolled back, the old version kept).
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
import { say } from '../../i18n/index.ts';

const publish: CliCommand = {
  usage: '<blueprint.zip> --db <conn> [--schema <name>]',
  options: {
    db: DB_OPTION,
    schema: {
      type: 'string',
      value: '<name>',
      help: say('commands.publish.schema_help'),
    },
  },
  async run(args, ctx) {
    const file = args.positionals[0];
    const db = args.options.db;
    if (args.positionals.length !== 1 || file === undefined || typeof db !== 'string') throw new UsageError(say('commands.publish.run'));
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
    // Ctrl+C cancels the running statement and rolls back, then says the published version is unchanged; a second
    // Ctrl+C (the listener is gone) ends the process as usual.
    const interrupt = new AbortController();
    const onSigint = () => interrupt.abort();
    process.once('SIGINT', onSigint);
    const interrupted = async () => {
      ctx.err(ctx.t(say('commands.publish.interrupted', { label, schema })));
      await ctx.writeJson({ command: 'publish', ok: false, file, reason: 'interrupted' });
      return EXIT.interrupted;
    };
    try {
      const verified = await verify.run({ positionals: [file], options: {} }, { ...ctx, writeJson: async () => undefined });
      if (verified !== EXIT.ok) {
        ctx.err(ctx.t(say('commands.publish.run-2', { file })));
        await ctx.writeJson({ command: 'publish', ok: false, file, reason: 'verify' });
        return verified;
      }
      if (interrupt.signal.aborted) return await interrupted();
      const packageSha256 = sha256HexNode(zip);
      const result = await publishBlueprint(
        client,
        {
          files: zipEntries(zip, file, PACKAGE_ZIP_LIMITS),
          schema,
          packageSha256,
          toolVersion: toolVersion(),
        },
        { signal: interrupt.signal },
      );
      if (result.unchanged) {
        ctx.out(
          ctx.t(say('commands.publish.run-3', { label, schema, version: result.version, packageSha256: packageSha256.slice(0, 12) })),
        );
      } else {
        for (const t of result.tables) ctx.out(`  ${schema}.${t.name}: ${t.rows}`);
        ctx.out(ctx.t(say('commands.publish.run-4', { label, schema, version: result.version, length: result.tables.length })));
      }
      await ctx.writeJson({ command: 'publish', ok: true, file, schema, packageSha256, ...result });
      return EXIT.ok;
    } catch (error) {
      if (interrupt.signal.aborted) return await interrupted();
      ctx.err(`✗ ${ctx.t(describePgError(error, label))}`);
      await ctx.writeJson({ command: 'publish', ok: false, file, reason: 'database' });
      return EXIT.usage;
    } finally {
      process.off('SIGINT', onSigint);
      await client.end().catch(() => undefined);
    }
  },
};

export default publish;
