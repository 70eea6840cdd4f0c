// Turns a --db connection string into a `pg` client configuration the way libpq would: the string's keywords,
// then the named service's (pg_service.conf), then PG* environment variables, then defaults. A password in the
// string is refused (process lists, shell history); the password is asked for only when the server wants one:
// PGPASSWORD, then .pgpass (mode 0600 only), then the prompt port (the CLI gives one on a TTY only).
import { readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { userInfo } from 'node:os';
import type { ClientConfig } from 'pg';
import type { ConnectionOptions } from 'node:tls';
import { parsePgConnectionString, type PgParams } from './parsePgConnectionString.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import { pgPassPath, readPgPass } from './readPgPass.ts';
import { readPgService } from './readPgServiceFile.ts';
import { say } from '../../i18n/index.ts';
import type { Bilingual } from '../../../engine/i18n/index.ts';
import { describeIoError } from '../describeIoError.ts';

export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface PgConnectionPorts {
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for the password (no echo), the question in both languages (the caller shows its own); absent when there is no terminal. */
  prompt?: (question: Bilingual) => Promise<string>;
  /** Warnings met while resolving (an ignored .pgpass), in both languages. */
  warn?: (message: Bilingual) => void;
}

export interface ResolvedPgConnection {
  /** user@host:port/dbname: names the server in every message; never a password. */
  label: string;
  sslMode: SslMode;
  params: PgParams;
  /** The `pg` configuration; for sslmode prefer, `fallback` is the same without TLS. */
  config: ClientConfig;
  fallback?: ClientConfig;
}

const ENV_OF: Partial<Record<keyof PgParams, string>> = {
  host: 'PGHOST',
  hostaddr: 'PGHOSTADDR',
  port: 'PGPORT',
  dbname: 'PGDATABASE',
  user: 'PGUSER',
  passfile: 'PGPASSFILE',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
};

function readPem(keyword: 'sslcert' | 'sslkey' | 'sslrootcert', path: string, what: Bilingual): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    // Node's own text (ENOENT: no such file or directory, open …) is English only: the reason comes from the catalogue.
    const reason = describeIoError(error, path);
    throw new PgConnectionError('tls', say('db.resolvePgConnection.readPem', { keyword, what, reason }));
  }
}

function tlsOptions(mode: SslMode, p: PgParams, host: string): ConnectionOptions | false {
  // No TLS over a Unix socket (libpq neither): the socket never leaves the machine.
  if (mode === 'disable' || mode === 'allow' || host.startsWith('/')) return false;
  const options: ConnectionOptions = {};
  if (p.sslcert) options.cert = readPem('sslcert', p.sslcert, say('db.resolvePgConnection.tlsOptions'));
  if (p.sslkey) options.key = readPem('sslkey', p.sslkey, say('db.resolvePgConnection.tlsOptions-2'));
  if (mode === 'prefer' || (mode === 'require' && !p.sslrootcert)) return { ...options, rejectUnauthorized: false };
  // require with a root certificate verifies the chain, as libpq does; verify-full also the host name.
  if (!p.sslrootcert) {
    throw new PgConnectionError('tls', say('db.resolvePgConnection.tlsOptions-4', { mode }));
  }
  if (p.sslrootcert !== 'system') options.ca = readPem('sslrootcert', p.sslrootcert, say('db.resolvePgConnection.tlsOptions-3'));
  options.rejectUnauthorized = true;
  // The name checked is the host's even when hostaddr gives the address (libpq does the same); TLS has no IP server names.
  if (mode === 'verify-full') {
    if (isIP(host) === 0) options.servername = host;
  } else options.checkServerIdentity = () => undefined;
  return options;
}

export async function resolvePgConnection(text: string, ports: PgConnectionPorts): Promise<ResolvedPgConnection> {
  const given = parsePgConnectionString(text);
  if (given.password !== undefined) {
    throw new PgConnectionError('password-in-string', say('db.resolvePgConnection.resolvePgConnection'));
  }
  const env = ports.env;
  const service = given.service ?? env.PGSERVICE;
  const fromService = service ? await readPgService(service, env) : {};
  const p: PgParams = { ...fromService, ...given };
  for (const [key, name] of Object.entries(ENV_OF) as [keyof PgParams, string][]) if (p[key] === undefined && env[name]) p[key] = env[name];
  const host = p.host || 'localhost';
  const port = p.port || '5432';
  const user = p.user || env.USER || userInfo().username;
  const dbname = p.dbname || user;
  const mode = (p.sslmode ?? 'prefer') as SslMode;
  if (!(SSL_MODES as readonly string[]).includes(mode)) {
    throw new PgConnectionError(
      'bad-connection-string',
      say('db.resolvePgConnection.resolvePgConnection-2', { mode, sslModes: SSL_MODES.join(' / ') }),
    );
  }
  if (!/^\d{1,5}$/.test(port))
    throw new PgConnectionError('bad-connection-string', say('db.resolvePgConnection.resolvePgConnection-3', { port }));
  const label = `${user}@${host}:${port}/${dbname}`;
  const servicePassword = fromService.password;
  const passFile = pgPassPath(env, p.passfile);
  // Asked for only when the server requests a password (pg calls it during authentication).
  const password = async (): Promise<string> => {
    if (servicePassword !== undefined) return servicePassword;
    if (env.PGPASSWORD !== undefined) return env.PGPASSWORD;
    const found = await readPgPass(passFile, { host, port, database: dbname, user });
    if (found.warning) ports.warn?.(found.warning);
    if (found.password !== undefined) return found.password;
    if (ports.prompt) return ports.prompt(say('db.resolvePgConnection.passwordPrompt', { label }));
    throw new PgConnectionError('no-password', say('db.resolvePgConnection.password', { label, passFile }));
  };
  const timeoutS = Number(p.connect_timeout ?? '10');
  const config: ClientConfig = {
    host: p.hostaddr ?? host,
    port: Number(port),
    user,
    database: dbname,
    password,
    ssl: tlsOptions(mode, p, host),
    connectionTimeoutMillis: (Number.isFinite(timeoutS) && timeoutS > 0 ? timeoutS : 10) * 1000,
    application_name: p.application_name ?? 'lantu',
  };
  if (p.options) config.options = p.options;
  const resolved: ResolvedPgConnection = { label, sslMode: mode, params: p, config };
  if (mode === 'prefer') resolved.fallback = { ...config, ssl: false };
  return resolved;
}
