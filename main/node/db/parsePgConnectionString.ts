// Parses a libpq connection string, URI (postgresql://user@host:port/db?sslmode=…) or key=value
// ("host=… dbname=…", values quoted with '…' and \ escapes), into libpq keywords. Unknown keywords are refused.
// A password in it is kept here and refused by resolvePgConnection (it shows in process lists and shell history).
import { PgConnectionError } from './PgConnectionError.ts';
import type { Bilingual } from '../../../engine/i18n/index.ts';
import { say } from '../../i18n/index.ts';

export const PG_KEYWORDS = [
  'host',
  'hostaddr',
  'port',
  'dbname',
  'user',
  'password',
  'passfile',
  'service',
  'sslmode',
  'sslrootcert',
  'sslcert',
  'sslkey',
  'connect_timeout',
  'application_name',
  'options',
] as const;
export type PgKeyword = (typeof PG_KEYWORDS)[number];
export type PgParams = Partial<Record<PgKeyword, string>>;

function bad(reason: Bilingual): never {
  throw new PgConnectionError('bad-connection-string', say('db.parsePgConnectionString.bad', { reason }));
}

function keyword(name: string): PgKeyword {
  if ((PG_KEYWORDS as readonly string[]).includes(name)) return name as PgKeyword;
  return bad(say('db.parsePgConnectionString.keyword', { name }));
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return bad(say('db.parsePgConnectionString.decode', { text }));
  }
}

function parseUri(text: string): PgParams {
  const params: PgParams = {};
  const rest = text.replace(/^postgres(ql)?:\/\//, '');
  const queryAt = rest.indexOf('?');
  const main = queryAt < 0 ? rest : rest.slice(0, queryAt);
  const query = queryAt < 0 ? '' : rest.slice(queryAt + 1);
  const slash = main.indexOf('/');
  const authority = slash < 0 ? main : main.slice(0, slash);
  const path = slash < 0 ? '' : main.slice(slash + 1);
  const at = authority.lastIndexOf('@');
  if (at >= 0) {
    const userInfo = authority.slice(0, at);
    const colon = userInfo.indexOf(':');
    if (colon >= 0) {
      params.user = decode(userInfo.slice(0, colon));
      params.password = decode(userInfo.slice(colon + 1));
    } else if (userInfo) params.user = decode(userInfo);
  }
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  if (hostPort.includes(',')) bad(say('db.parsePgConnectionString.parseUri'));
  const bracket = /^\[([^\]]+)\](?::(\d*))?$/.exec(hostPort);
  const plain = /^([^:]*)(?::(\d*))?$/.exec(hostPort);
  const m = bracket ?? plain;
  if (!m) return bad(say('db.parsePgConnectionString.parseUri-2', { hostPort }));
  if (m[1]) params.host = decode(m[1]);
  if (m[2]) params.port = m[2];
  if (path) params.dbname = decode(path);
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq < 0) bad(say('db.parsePgConnectionString.parseUri-3', { pair }));
    params[keyword(decode(pair.slice(0, eq)))] = decode(pair.slice(eq + 1));
  }
  return params;
}

function parseKeyValue(text: string): PgParams {
  const params: PgParams = {};
  let i = 0;
  const skipSpace = () => {
    while (i < text.length && /\s/.test(text[i]!)) i++;
  };
  while (true) {
    skipSpace();
    if (i >= text.length) break;
    const start = i;
    while (i < text.length && text[i] !== '=' && !/\s/.test(text[i]!)) i++;
    const name = text.slice(start, i);
    skipSpace();
    if (text[i] !== '=') bad(say('db.parsePgConnectionString.parseKeyValue', { name }));
    i++;
    skipSpace();
    let value = '';
    if (text[i] === "'") {
      i++;
      while (true) {
        if (i >= text.length) bad(say('db.parsePgConnectionString.parseKeyValue-2', { name }));
        const c = text[i]!;
        if (c === "'") {
          i++;
          break;
        }
        if (c === '\\' && i + 1 < text.length) i++;
        value += text[i]!;
        i++;
      }
    } else {
      while (i < text.length && !/\s/.test(text[i]!)) {
        if (text[i] === '\\' && i + 1 < text.length) i++;
        value += text[i]!;
        i++;
      }
    }
    params[keyword(name)] = value;
  }
  return params;
}

export function parsePgConnectionString(text: string): PgParams {
  const trimmed = text.trim();
  if (/^postgres(ql)?:\/\//.test(trimmed)) return parseUri(trimmed);
  if (/^[a-z]+:\/\//i.test(trimmed)) bad(say('db.parsePgConnectionString.parsePgConnectionString'));
  if (trimmed && !trimmed.includes('=')) return { dbname: trimmed };
  return parseKeyValue(trimmed);
}
