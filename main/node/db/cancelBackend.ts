// Node. Stops the statement a connection is running, as psql's Ctrl+C does: a CancelRequest (the backend's pid and
// secret key) on a fresh socket to the same server. It needs no login and no free connection, so it works while
// every connection of a run is busy; a connection with nothing running ignores it. Never throws.
import { connect } from 'node:net';
import type pg from 'pg';

/** The fields pg.Client keeps of its session (BackendKeyData, connection target). */
interface ClientSession {
  processID?: number | null;
  secretKey?: number | null;
  host?: string;
  port?: number;
}

/** The protocol's CancelRequest code (1234 << 16 | 5678). */
const CANCEL_REQUEST_CODE = 80877102;

/** Sends a CancelRequest for the connection's backend; resolves when the server closed the socket (or it failed). */
export function cancelBackend(client: pg.ClientBase): Promise<void> {
  const session = client as unknown as ClientSession;
  const pid = session.processID;
  const secret = session.secretKey;
  if (typeof pid !== 'number' || typeof secret !== 'number') return Promise.resolve();
  const host = session.host ?? 'localhost';
  const port = session.port ?? 5432;
  return new Promise((resolve) => {
    // A host starting with '/' is the folder of the server's Unix socket (libpq's convention, and pg's).
    const socket = host.startsWith('/') ? connect(`${host}/.s.PGSQL.${port}`) : connect(port, host);
    const done = () => {
      socket.destroy();
      resolve();
    };
    socket.setTimeout(5000, done);
    socket.once('error', done);
    socket.once('close', done);
    socket.once('connect', () => {
      const message = Buffer.alloc(16);
      message.writeInt32BE(16, 0);
      message.writeInt32BE(CANCEL_REQUEST_CODE, 4);
      message.writeInt32BE(pid, 8);
      message.writeInt32BE(secret | 0, 12);
      socket.end(message);
    });
  });
}
