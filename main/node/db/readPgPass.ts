// Finds a password in a .pgpass file the way libpq does: PGPASSFILE (or passfile=) else ~/.pgpass, lines
// host:port:database:user:password with * wildcards and \: \\ escapes, first match wins. A file readable by group
// or others is IGNORED with a warning (as libpq does): a password there is exposed to other accounts.
import { readFile, stat } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { say } from '../../i18n/index.ts';

export interface PgPassLookup {
  host: string;
  port: string;
  database: string;
  user: string;
}

export interface PgPassResult {
  password?: string;
  /** Why the file was not used, when it exists but was ignored. */
  warning?: { zh: string; en: string };
}

function splitFields(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '\\' && i + 1 < line.length) {
      current += line[++i]!;
    } else if (c === ':' && fields.length < 4) {
      fields.push(current);
      current = '';
    } else current += c;
  }
  fields.push(current);
  return fields;
}

/** The password of the first matching line of `text`, or undefined. */
export function matchPgPass(text: string, want: PgPassLookup): string | undefined {
  // A Unix-socket host (a path) matches "localhost", as in libpq.
  const host = want.host.startsWith('/') || want.host === '' ? 'localhost' : want.host;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const f = splitFields(raw);
    if (f.length !== 5) continue;
    const ok = (field: string, value: string) => field === '*' || field === value;
    if (ok(f[0]!, host) && ok(f[1]!, want.port) && ok(f[2]!, want.database) && ok(f[3]!, want.user)) return f[4]!;
  }
  return undefined;
}

export function pgPassPath(env: Readonly<Record<string, string | undefined>>, passfile?: string): string {
  return passfile ?? env.PGPASSFILE ?? join(env.HOME ?? homedir(), '.pgpass');
}

export async function readPgPass(path: string, want: PgPassLookup): Promise<PgPassResult> {
  let mode: number;
  try {
    const s = await stat(path);
    if (!s.isFile()) return {};
    mode = s.mode;
  } catch {
    return {};
  }
  if (process.platform !== 'win32' && (mode & 0o077) !== 0) {
    return {
      warning: say('db.readPgPass.readPgPass_warning', { path, value: (mode & 0o777).toString(8) }),
    };
  }
  const password = matchPgPass(await readFile(path, 'utf8'), want);
  return password === undefined ? {} : { password };
}
