// The one error the database shell throws: a code the callers switch on, and the message in both languages
// naming what failed (the server, the file, the setting). Never carries a password.
export type PgErrorCode =
  | 'bad-connection-string'
  | 'password-in-string'
  | 'unknown-service'
  | 'no-password'
  | 'unreachable'
  | 'bad-credentials'
  | 'no-database'
  | 'no-postgis'
  | 'no-permission'
  | 'tls'
  | 'no-table'
  | 'failed';

export class PgConnectionError extends Error {
  constructor(
    readonly code: PgErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
    this.name = 'PgConnectionError';
  }
}
