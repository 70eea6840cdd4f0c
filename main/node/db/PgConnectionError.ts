// The one error the database shell throws: a code the callers switch on, and the message in both languages
// naming what failed (the server, the file, the setting). Never carries a password.
import type { Bilingual } from '../../../engine/i18n/index.ts';

export type PgErrorCode =
  | 'bad-connection-string'
  | 'password-in-string'
  | 'unknown-service'
  | 'no-password'
  | 'unreachable'
  | 'not-postgres'
  | 'too-many-connections'
  | 'bad-credentials'
  | 'no-database'
  | 'no-postgis'
  | 'no-permission'
  | 'tls'
  | 'no-table'
  | 'failed';

export class PgConnectionError extends Error {
  readonly zh: string;
  readonly en: string;

  constructor(
    readonly code: PgErrorCode,
    message: Bilingual,
  ) {
    super(message.en);
    this.zh = message.zh;
    this.en = message.en;
    this.name = 'PgConnectionError';
  }
}
