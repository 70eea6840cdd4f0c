// The CLI's way into PostgreSQL for --db: resolves the connection string (no password in it; PGPASSWORD, .pgpass,
// or a prompt on a terminal), connects, and prints any failure in the chosen language (exit 2 for the caller).
import type pg from 'pg';
import type { CliContext } from './context.ts';
import { openDatabases } from './openDatabases.ts';
import type { OptionSpec } from './parseArgs.ts';
import { say } from '../i18n/index.ts';

export const DB_OPTION: OptionSpec = {
  type: 'string',
  value: '<conn>',
  help: say('cli.openDatabase.DB_OPTION_help'),
};

/** A connected client and the server's label, or null after printing why not. */
export async function openDatabase(text: string, ctx: CliContext): Promise<{ client: pg.Client; label: string } | null> {
  const opened = await openDatabases(text, 1, ctx);
  return opened ? { client: opened.clients[0]!, label: opened.label } : null;
}
