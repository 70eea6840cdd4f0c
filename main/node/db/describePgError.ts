// Maps what `pg`, Node's sockets and TLS throw to a PgConnectionError with a plain zh/en message naming the
// server (user@host:port/db): unreachable, not PostgreSQL, bad credentials, missing database, no connection slot,
// missing permission, TLS trouble.
// SQLSTATE codes per the PostgreSQL manual, appendix A.
import { PgConnectionError } from './PgConnectionError.ts';
import { say } from '../../i18n/index.ts';

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNRESET', 'ENOENT']);
const CERT_UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'CERT_SIGNATURE_FAILURE',
]);

export function describePgError(error: unknown, label: string): PgConnectionError {
  if (error instanceof PgConnectionError) return error;
  const e = error as { code?: string; message?: string; table?: string };
  const code = e.code ?? '';
  const message = e.message ?? String(error);
  const user = label.slice(0, label.indexOf('@'));
  if (UNREACHABLE.has(code) || /timeout|terminated unexpectedly/i.test(message) || code === '57P03') {
    return new PgConnectionError('unreachable', say('db.describePgError.describePgError', { label, value: code || message }));
  }
  // pg's answer when the reply to its SSLRequest is neither S nor N: something else listens there (an HTTP server).
  if (/error establishing an SSL connection/i.test(message)) {
    return new PgConnectionError('not-postgres', say('db.describePgError.notPostgres', { label }));
  }
  // PostgreSQL says the same for an unknown user and a wrong password (so as not to tell which names exist).
  if (code === '28P01') return new PgConnectionError('bad-credentials', say('db.describePgError.describePgError-2', { user, label }));
  if (code === '53300') return new PgConnectionError('too-many-connections', say('db.describePgError.tooManyConnections', { label }));
  if (code === '28000') {
    return new PgConnectionError('bad-credentials', say('db.describePgError.describePgError-3', { label, user }));
  }
  if (code === '3D000') return new PgConnectionError('no-database', say('db.describePgError.describePgError-4', { label }));
  if (code === '42501') {
    return new PgConnectionError('no-permission', say('db.describePgError.describePgError-5', { user, label, message }));
  }
  if (code === '55P03') {
    return new PgConnectionError('failed', say('db.describePgError.describePgError-6', { label }));
  }
  if (code === '42P01') return new PgConnectionError('no-table', say('db.describePgError.describePgError-7', { label, message }));
  if (/does not support SSL/i.test(message)) {
    return new PgConnectionError('tls', say('db.describePgError.describePgError-8', { label }));
  }
  if (CERT_UNTRUSTED.has(code)) {
    return new PgConnectionError('tls', say('db.describePgError.describePgError-9', { label, code }));
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new PgConnectionError('tls', say('db.describePgError.describePgError-10', { label }));
  }
  if (code === 'CERT_HAS_EXPIRED') return new PgConnectionError('tls', say('db.describePgError.describePgError-11', { label }));
  return new PgConnectionError('failed', say('db.describePgError.describePgError-12', { label, message }));
}
