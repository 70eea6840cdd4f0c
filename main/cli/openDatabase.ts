// The CLI's way into PostgreSQL for --db: resolves the connection string (no password in it; PGPASSWORD, .pgpass,
// or a prompt on a terminal), connects, and prints any failure in the chosen language (exit 2 for the caller).
import type pg from 'pg';
import type { CliContext } from './context.ts';
import { openDatabases } from './openDatabases.ts';
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
  const opened = await openDatabases(text, 1, ctx);
  return opened ? { client: opened.clients[0]!, label: opened.label } : null;
}
