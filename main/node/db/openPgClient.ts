// Opens a connected `pg` client for a resolved connection: sslmode prefer tries TLS, then plain when the server
// has TLS off (as libpq). With requirePostgis, a database without the PostGIS extension is refused by name.
// Every failure is a PgConnectionError (describePgError); the caller ends the client.
import type pg from 'pg';
import { describePgError } from './describePgError.ts';
import { PgConnectionError } from './PgConnectionError.ts';
import type { ResolvedPgConnection } from './resolvePgConnection.ts';
import { say } from '../../i18n/index.ts';

async function connect(config: pg.ClientConfig): Promise<pg.Client> {
  // Loaded on first use: pg and the Node modules it requires cost every `lantu` start ~20 ms otherwise (--help too).
  const { default: pgModule } = await import('pg');
  const client = new pgModule.Client(config);
  // An idle client whose server goes away emits 'error'; without a listener that would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw error;
  }
  return client;
}

export async function openPgClient(connection: ResolvedPgConnection, options: { requirePostgis?: boolean } = {}): Promise<pg.Client> {
  let client: pg.Client;
  try {
    try {
      client = await connect(connection.config);
    } catch (error) {
      if (!connection.fallback || !/does not support SSL/i.test((error as Error).message)) throw error;
      client = await connect(connection.fallback);
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
