// COPY … FROM STDIN through `pg` (which has no COPY API of its own): a Submittable that streams text-format rows
// when the server asks for them, honouring the socket's back-pressure. copyText escapes one value for that format.
// A COPY the server stops (bad data, a cancel) settles on the ErrorResponse: pg drops its active query there and
// never passes it the ReadyForQuery that follows, so waiting for that hung the run (a Ctrl+C during the load).
import type pg from 'pg';

interface CopyConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
  sendCopyFail(message: string): void;
  stream: NodeJS.WritableStream & { writableNeedDrain?: boolean; once(event: 'drain', listener: () => void): unknown };
}

/** One value in COPY's text format: \N for null, backslash escapes for the separators. */
export function copyText(value: string | null): string {
  if (value === null) return '\\N';
  return value.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
}

class CopyIn implements pg.Submittable {
  private error: Error | null = null;
  private settled = false;
  rowCount = 0;
  constructor(
    private readonly text: string,
    private readonly lines: Iterable<string>,
    private readonly settle: (error: Error | null, rows: number) => void,
  ) {}
  submit(connection: unknown): void {
    (connection as CopyConnection).query(this.text);
  }
  handleCopyInResponse(connection: CopyConnection): void {
    void this.send(connection);
  }
  private async send(connection: CopyConnection): Promise<void> {
    try {
      let chunk = '';
      for (const line of this.lines) {
        if (this.error) return; // the server has left copy mode and drops whatever is still sent
        chunk += line;
        if (chunk.length > 1 << 18) {
          connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
          chunk = '';
          if (connection.stream.writableNeedDrain) await new Promise<void>((resolve) => connection.stream.once('drain', resolve));
        }
      }
      if (this.error) return;
      if (chunk) connection.sendCopyFromChunk(Buffer.from(chunk, 'utf8'));
      connection.endCopyFrom();
    } catch (error) {
      connection.sendCopyFail(String((error as Error).message));
    }
  }
  handleCommandComplete(message: { text?: string }): void {
    this.rowCount = Number(/COPY (\d+)/.exec(message.text ?? '')?.[1] ?? 0);
  }
  handleError(error: Error): void {
    this.error = error;
    this.finish();
  }
  handleReadyForQuery(): void {
    this.finish();
  }
  private finish(): void {
    if (this.settled) return;
    this.settled = true;
    this.settle(this.error, this.rowCount);
  }
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handlePortalSuspended(): void {}
  handleCopyData(): void {}
}

/** Runs `COPY <target> FROM STDIN` with the given lines (each ending in \n); resolves the row count. */
export function copyRows(client: pg.Client, copySql: string, lines: Iterable<string>): Promise<number> {
  return new Promise((resolve, reject) => {
    void client.query(new CopyIn(copySql, lines, (error, rows) => (error ? reject(error) : resolve(rows))));
  });
}
