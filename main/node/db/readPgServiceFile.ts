// Looks a connection service up in pg_service.conf the way libpq does (`pg` does not read it): the user's file
// (PGSERVICEFILE, else ~/.pg_service.conf) first, then PGSYSCONFDIR/pg_service.conf. INI sections, key=value lines,
// # comments; an unknown keyword is refused naming the file and line.
import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { PG_KEYWORDS, type PgKeyword, type PgParams } from './parsePgConnectionString.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import { say } from '../../i18n/index.ts';

/** Debian's libpq sysconfdir, used when PGSYSCONFDIR is not set. */
const DEFAULT_SYSCONFDIR = '/etc/postgresql-common';

/** Parses one service file; returns the named section's keywords, or undefined when the file has no such section. */
export function parsePgServiceFile(text: string, service: string, file: string): PgParams | undefined {
  let current: string | undefined;
  let found: PgParams | undefined;
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      if (found && current === service) return found;
      current = section[1]!.trim();
      if (current === service) found = {};
      continue;
    }
    const eq = line.indexOf('=');
    const name = eq < 0 ? line : line.slice(0, eq).trim();
    if (eq < 0 || !(PG_KEYWORDS as readonly string[]).includes(name) || name === 'service') {
      throw new PgConnectionError('bad-connection-string', say('db.readPgServiceFile.parsePgServiceFile', { file, value: n + 1, line }));
    }
    if (current === service && found) found[name as PgKeyword] = line.slice(eq + 1).trim();
  }
  return found;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The service's keywords, or a PgConnectionError naming the files searched. */
export async function readPgService(service: string, env: Readonly<Record<string, string | undefined>>): Promise<PgParams> {
  const files = [
    env.PGSERVICEFILE ?? join(env.HOME ?? homedir(), '.pg_service.conf'),
    join(env.PGSYSCONFDIR ?? DEFAULT_SYSCONFDIR, 'pg_service.conf'),
  ];
  for (const file of files) {
    const text = await readIfExists(file);
    if (text === undefined) continue;
    const params = parsePgServiceFile(text, service, file);
    if (params) return params;
  }
  throw new PgConnectionError(
    'unknown-service',
    say('db.readPgServiceFile.readPgService', { files: { zh: files.join('、'), en: files.join(', ') }, service }),
  );
}
