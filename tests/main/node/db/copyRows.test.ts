// COPY … FROM STDIN (copyRows) on a real throw-away cluster: rows arrive escaped and counted, and a COPY the server
// stops — a bad value half-way, or a cancel while the rows stream — rejects with the server's error and leaves the
// connection usable, instead of waiting for an answer pg never passes on.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cancelBackend } from '../../../../main/node/db/cancelBackend.ts';
import { copyRows, copyText } from '../../../../main/node/db/copyRows.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../support/pgCluster.ts';

let cluster: PgCluster;
let client: pg.Client;

beforeAll(async () => {
  cluster = await startPgCluster();
  client = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: CLERK.user, password: CLERK.password, database: POSTGIS_DB });
  await client.connect();
  await client.query('CREATE TABLE rows_in (n int, label text)');
  // A table that takes its rows slowly (1 ms each), so a COPY into it is still running when the cancel comes.
  await client.query(`CREATE TABLE slow_rows (n int, label text);
    CREATE FUNCTION slow_row() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.001); RETURN NEW; END $$;
    CREATE TRIGGER slow BEFORE INSERT ON slow_rows FOR EACH ROW EXECUTE FUNCTION slow_row();`);
}, 120_000);
afterAll(async () => {
  await client?.end();
  await cluster?.stop();
});

/** `count` rows `n<TAB>label`; the row at `badAt` carries a value that is not an integer. */
function* lines(count: number, badAt = -1): Generator<string> {
  for (let i = 0; i < count; i++) yield `${i === badAt ? 'not-a-number' : String(i)}\t${copyText(`行 ${i}\twith\\tab`)}\n`;
}

const rowCount = async () => (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM rows_in')).rows[0]!.n;

describe('copyRows', () => {
  it('loads every row with tabs, backslashes and Chinese kept, and resolves the count', async () => {
    await client.query('TRUNCATE rows_in');
    expect(await copyRows(client, 'COPY rows_in (n, label) FROM STDIN', lines(5000))).toBe(5000);
    const last = await client.query<{ label: string }>('SELECT label FROM rows_in WHERE n = 4999');
    expect(last.rows[0]!.label).toBe('行 4999\twith\\tab');
    expect(copyText(null)).toBe('\\N');
  });

  it('rejects with the server error when a row half-way is bad, loads nothing and keeps the connection', async () => {
    await client.query('TRUNCATE rows_in');
    // Far past the first chunk, so the server stops the COPY while rows are still streaming.
    const copy = copyRows(client, 'COPY rows_in (n, label) FROM STDIN', lines(200_000, 100_000));
    await expect(copy).rejects.toMatchObject({ code: '22P02' });
    expect(await rowCount()).toBe(0);
  });

  it('rejects with the cancel (57014) when the statement is cancelled during the stream, and keeps the connection', async () => {
    const copy = copyRows(client, 'COPY slow_rows (n, label) FROM STDIN', lines(100_000));
    const settled = copy.then(
      () => 'loaded',
      (error: { code?: string }) => error.code,
    );
    // The stream waits for the socket to drain (the server reads slowly), which lets the cancel out.
    const cancelled = new Promise<void>((resolve) => setTimeout(() => void cancelBackend(client).then(resolve), 200));
    expect(await settled).toBe('57014');
    // PostgreSQL signals the backend twice per CancelRequest (its pid, then its process group). On a busy machine the
    // second signal can land after the COPY has already failed and cancel the next statement, so the next statement
    // waits until the server has closed the cancel socket, by which time both signals are out.
    await cancelled;
    expect((await client.query<{ n: number }>('SELECT count(*)::int AS n FROM slow_rows')).rows[0]!.n).toBe(0);
  });
});
