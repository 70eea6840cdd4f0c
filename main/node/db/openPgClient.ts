// Opens a connected `pg` client for a resolved connection: sslmode prefer tries TLS, then plain when the server
// has TLS off (as libpq). With requirePostgis, a database without the PostGIS extension is refused by name.
// Every failure is a PgConnectionError (describePgError); the caller ends the client. A server whose first reply is no
// PostgreSQL message (an HTTP server's "HTTP/1.1 400") is named as not PostgreSQL under every sslmode.
import type pg from 'pg';
import { describePgError } from './describePgError.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import type { ResolvedPgConnection } from './resolvePgConnection.ts';
import { say } from '../../i18n/index.ts';

/**
 * The first byte a PostgreSQL server sends on a new connection: S or N (its answer to the SSLRequest), R (an
 * authentication request), E (an error, e.g. no connection slot left), v (NegotiateProtocolVersion).
 */
const POSTGRES_FIRST_BYTES = new Set(['S', 'N', 'R', 'E', 'v'].map((c) => c.charCodeAt(0)));

async function connect(config: pg.ClientConfig, label: string): Promise<pg.Client> {
  // Loaded on first use: pg and the Node modules it requires cost every `lantu` start ~20 ms otherwise (--help too).
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client(config);
  // An idle client whose server goes away emits 'error'; without a listener that would crash the process.
  client.on('error', () => undefined);
  // Without TLS, pg reads an HTTP reply as a message too long to finish and only says "Connection terminated
  // unexpectedly" when the socket closes; the first byte tells such a server from PostgreSQL.
  let firstByte: number | undefined;
  client.connection.stream.once('data', (chunk: Buffer) => (firstByte = chunk[0]));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    if (firstByte !== undefined && !POSTGRES_FIRST_BYTES.has(firstByte))
      throw new PgConnectionError('not-postgres', say('db.describePgError.notPostgres', { label }));
    throw error;
  }
  return client;
}

export async function openPgClient(connection: ResolvedPgConnection, options: { requirePostgis?: boolean } = {}): Promise<pg.Client> {
  let client: pg.Client;
  try {
    try {
      client = await connect(connection.config, connection.label);
    } catch (error) {
      if (!connection.fallback || !/does not support SSL/i.test((error as Error).message)) throw error;
      client = await connect(connection.fallback, connection.label);
    }
  } catch (error) {
    throw describePgError(error, connection.label);
  }
  if (options.requirePostgis) {
    const found = await client.query("SELECT extversion FROM pg_extension WHERE extname = 'postgis'").catch((error: unknown) => {
      throw describePgError(error, connection.label);
    });
    if (found.rowCount === 0) {
      await client.end().catch(() => undefined);
      throw new PgConnectionError('no-postgis', say('db.openPgClient.openPgClient', { label: connection.label }));
    }
  }
  return client;
}
