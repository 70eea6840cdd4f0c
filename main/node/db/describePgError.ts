// Maps what `pg`, Node's sockets and TLS throw to a PgConnectionError with a plain zh/en message naming the
// server (user@host:port/db): unreachable, bad credentials, missing database, missing permission, TLS trouble.
// SQLSTATE codes per the PostgreSQL manual, appendix A.
import { PgConnectionError } from './PgConnectionError.ts';

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
    return new PgConnectionError(
      'unreachable',
      `无法连接数据库服务器 ${label}（${code || message}）：请确认服务器正在运行、主机和端口正确、防火墙放行`,
      `cannot reach the database server ${label} (${code || message}): check that it runs, the host and port, and the firewall`,
    );
  }
  if (code === '28P01')
    return new PgConnectionError('bad-credentials', `用户 ${user} 的口令不正确（${label}）`, `wrong password for user ${user} (${label})`);
  if (code === '28000') {
    return new PgConnectionError(
      'bad-credentials',
      `服务器 ${label} 拒绝了用户 ${user}：pg_hba.conf 中没有允许此连接的条目，或不接受此认证方式`,
      `the server ${label} refused user ${user}: no pg_hba.conf entry allows this connection or authentication method`,
    );
  }
  if (code === '3D000') return new PgConnectionError('no-database', `数据库不存在（${label}）`, `the database does not exist (${label})`);
  if (code === '42501') {
    return new PgConnectionError(
      'no-permission',
      `用户 ${user} 权限不足（${label}）：${message}；请数据库管理员授予所需权限`,
      `user ${user} lacks a permission (${label}): ${message}; ask the database administrator to grant it`,
    );
  }
  if (code === '55P03') {
    return new PgConnectionError(
      'failed',
      `其他连接一直在读取要替换的表，等待超时，未发布（${label}）；旧版本保持不变，请稍后重试`,
      `other connections kept reading the tables to replace; gave up waiting, nothing published (${label}); the old version stays, try again later`,
    );
  }
  if (code === '42P01')
    return new PgConnectionError('no-table', `表不存在（${label}）：${message}`, `no such table (${label}): ${message}`);
  if (/does not support SSL/i.test(message)) {
    return new PgConnectionError(
      'tls',
      `服务器 ${label} 未开启 TLS（ssl=off），而 sslmode 要求加密连接`,
      `the server ${label} has TLS off, and the sslmode requires an encrypted connection`,
    );
  }
  if (CERT_UNTRUSTED.has(code)) {
    return new PgConnectionError(
      'tls',
      `服务器 ${label} 的证书不受信任（${code}）：它不是由 sslrootcert 给出的根证书签发的`,
      `the certificate of ${label} is not trusted (${code}): it is not signed by the root certificate given in sslrootcert`,
    );
  }
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    return new PgConnectionError(
      'tls',
      `服务器 ${label} 的证书不是签发给这个主机名的（sslmode=verify-full）`,
      `the certificate of ${label} was not issued for this host name (sslmode=verify-full)`,
    );
  }
  if (code === 'CERT_HAS_EXPIRED')
    return new PgConnectionError('tls', `服务器 ${label} 的证书已过期`, `the certificate of ${label} has expired`);
  return new PgConnectionError('failed', `数据库操作失败（${label}）：${message}`, `database operation failed (${label}): ${message}`);
}
