// The CLI's way into PostgreSQL for --db: resolves the connection string (no password in it; PGPASSWORD, .pgpass,
// or a prompt on a terminal), connects, and prints any failure in the chosen language (exit 2 for the caller).
import type pg from 'pg';
import { openPgClient } from '../node/db/openPgClient.ts';
import { PgConnectionError } from '../node/db/PgConnectionError.ts';
import { resolvePgConnection } from '../node/db/resolvePgConnection.ts';
import type { CliContext } from './context.ts';
import { terminalPrompt } from './promptPassword.ts';
import type { OptionSpec } from './parseArgs.ts';

export const DB_OPTION: OptionSpec = {
  type: 'string',
  value: '<conn>',
  help: {
    zh: 'PostgreSQL 连接字符串（URI 或 key=value，不含口令；口令用 PGPASSWORD、.pgpass 或提示输入；可用 service=名称）',
    en: 'PostgreSQL connection string (URI or key=value, no password: use PGPASSWORD, .pgpass or the prompt; service=name works)',
  },
};

/** A connected client and the server's label, or null after printing why not. */
export async function openDatabase(text: string, ctx: CliContext): Promise<{ client: pg.Client; label: string } | null> {
  try {
    const prompt = terminalPrompt();
    const resolved = await resolvePgConnection(text, {
      env: ctx.env,
      ...(prompt ? { prompt } : {}),
      warn: (m) => ctx.err(`lantu: ${ctx.t(m)}`),
    });
    return { client: await openPgClient(resolved, { requirePostgis: true }), label: resolved.label };
  } catch (error) {
    if (!(error instanceof PgConnectionError)) throw error;
    ctx.err(`✗ ${ctx.t(error)}`);
    return null;
  }
}
