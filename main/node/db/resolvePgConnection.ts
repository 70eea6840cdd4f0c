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

export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
export type SslMode = (typeof SSL_MODES)[number];

export interface PgConnectionPorts {
  env: Readonly<Record<string, string | undefined>>;
  /** Asks for the password (no echo); absent when there is no terminal. */
  prompt?: (question: string) => Promise<string>;
  /** Warnings met while resolving (an ignored .pgpass), in both languages. */
  warn?: (message: { zh: string; en: string }) => void;
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

function readPem(path: string, what: { zh: string; en: string }): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new PgConnectionError(
      'tls',
      `无法读取${what.zh} ${path}：${(error as Error).message}`,
      `cannot read the ${what.en} ${path}: ${(error as Error).message}`,
    );
  }
}

function tlsOptions(mode: SslMode, p: PgParams, host: string): ConnectionOptions | false {
  // No TLS over a Unix socket (libpq neither): the socket never leaves the machine.
  if (mode === 'disable' || mode === 'allow' || host.startsWith('/')) return false;
  const options: ConnectionOptions = {};
  if (p.sslcert) options.cert = readPem(p.sslcert, { zh: '客户端证书', en: 'client certificate' });
  if (p.sslkey) options.key = readPem(p.sslkey, { zh: '客户端私钥', en: 'client key' });
  if (mode === 'prefer' || (mode === 'require' && !p.sslrootcert)) return { ...options, rejectUnauthorized: false };
  // require with a root certificate verifies the chain, as libpq does; verify-full also the host name.
  if (!p.sslrootcert) {
    throw new PgConnectionError(
      'tls',
      `sslmode=${mode} 需要根证书：用 sslrootcert=<ca.crt> 或 PGSSLROOTCERT 指定`,
      `sslmode=${mode} needs a root certificate: give sslrootcert=<ca.crt> or PGSSLROOTCERT`,
    );
  }
  if (p.sslrootcert !== 'system') options.ca = readPem(p.sslrootcert, { zh: '根证书', en: 'root certificate' });
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
    throw new PgConnectionError(
      'password-in-string',
      '连接字符串中不能包含口令（会出现在进程列表和命令历史中）：请用 PGPASSWORD 环境变量、权限为 0600 的 .pgpass 文件，或在终端提示时输入',
      'the connection string must not contain a password (it shows in process lists and shell history): use PGPASSWORD, a .pgpass file of mode 0600, or type it at the prompt',
    );
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
      `sslmode“${mode}”无效，应为 ${SSL_MODES.join(' / ')}`,
      `sslmode “${mode}” is invalid: use ${SSL_MODES.join(' / ')}`,
    );
  }
  if (!/^\d{1,5}$/.test(port)) throw new PgConnectionError('bad-connection-string', `端口“${port}”无效`, `port “${port}” is invalid`);
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
    if (ports.prompt) return ports.prompt(`${label} 的口令 / password for ${label}: `);
    throw new PgConnectionError(
      'no-password',
      `服务器 ${label} 要求口令，但没有找到：请设置 PGPASSWORD、在 ${passFile}（权限 0600）中写入，或在终端中运行以便输入`,
      `the server ${label} asks for a password and none was found: set PGPASSWORD, add it to ${passFile} (mode 0600), or run in a terminal to type it`,
    );
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
