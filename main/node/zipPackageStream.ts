// Node. zipPackageStream(run, created, onFile) → the package's zip as a stream of chunks, from engine/package's
// packageFiles generator: each file is handed to onFile (verify compares it), checksummed, and deflated, the
// large ones in worker threads (fflate's async deflate runs the same code as deflateSync, so the bytes are
// those of buildPackage) while this thread encodes the next files; each uncompressed file is dropped once deflated.
// Entries are written in order as their deflate ends. A refused package (preflight) comes back as the reasons before
// any chunk.
import { deflate, deflateSync } from 'fflate';
import {
  crc32,
  createZipWriter,
  type DraftReason,
  type Manifest,
  type PackageFile,
  type PackageFilesEnd,
} from '../../engine/package/index.ts';

/** Below this size a worker costs more than it saves. */
const WORKER_MIN_BYTES = 1 << 20;
/**
 * Uncompressed bytes handed to the workers and not yet written. This thread goes on encoding the next files until
 * they pass it; what it bounds is memory. A 300k-parcel package's GeoPackage (209 MB) goes alone, and the files after
 * it wait for its deflate once they pass the budget: at 384 MiB the next large files were encoded beside it, and the
 * bench's 300k city peaked 126 MB higher (2,194 against 2,068 MB) for about the same time.
 */
const IN_FLIGHT_BYTES = 256 * 2 ** 20;

export interface PackageZipStream {
  chunks: AsyncIterable<Uint8Array>;
  /** After `chunks` is drained: the manifest and the zip's size. */
  done(): { manifest: Manifest; sizeBytes: number };
}

export type StartedPackageZip = { ok: true; stream: PackageZipStream } | { ok: false; reasons: DraftReason[] };

/** An owned file's buffer moves to the worker (a GeoPackage's may be longer than the file); an input's is copied. */
function deflateInWorker({ bytes, owned }: PackageFile): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    deflate(bytes, { level: 6, consume: owned }, (error, data) => (error ? reject(error) : resolve(data)));
  });
}

/** One turn of the event loop, so that the workers' answers come in between two files. */
function turn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export function zipPackageStream(
  run: Generator<PackageFile, PackageFilesEnd, undefined>,
  created: string,
  onFile: (file: PackageFile) => void = () => undefined,
  inFlightBytes = IN_FLIGHT_BYTES,
): StartedPackageZip {
  // The first file is taken now: a refused package ends the generator before any file.
  const first = run.next();
  if (first.done && !first.value.ok) return { ok: false, reasons: first.value.reasons };
  const zip = createZipWriter(created);
  let end: { manifest: Manifest; sizeBytes: number } | undefined;

  async function* chunks(): AsyncGenerator<Uint8Array> {
    const pending: { path: string; sizeBytes: number; crc: number; data: Promise<Uint8Array>; held: number; ended: boolean }[] = [];
    let held = 0;
    const writeHead = async function* () {
      const e = pending.shift()!;
      const data = await e.data;
      held -= e.held;
      yield* zip.entryDeflated(e.path, e.sizeBytes, e.crc, data);
    };
    let next = first;
    while (!next.done) {
      const { path, bytes } = next.value;
      onFile(next.value);
      const sizeBytes = bytes.length;
      const crc = crc32(bytes);
      const big = sizeBytes >= WORKER_MIN_BYTES;
      // An owned file's buffer moves to the worker (it is gone from here afterwards).
      const data = big ? deflateInWorker(next.value) : Promise.resolve(deflateSync(bytes, { level: 6 }));
      const entry = { path, sizeBytes, crc, data, held: big ? sizeBytes : 0, ended: false };
      data.then(
        () => (entry.ended = true),
        () => undefined,
      );
      pending.push(entry);
      held += entry.held;
      // Write what has ended at the head; wait for the head only past the budget.
      await turn();
      while (pending.length > 0 && (pending[0]!.ended || held > inFlightBytes)) yield* writeHead();
      next = run.next();
    }
    while (pending.length > 0) yield* writeHead();
    if (!next.value.ok) throw new Error('package refused after its first file');
    const tail = zip.finish();
    yield tail;
    end = { manifest: next.value.manifest, sizeBytes: zip.sizeBytes };
  }

  return {
    ok: true,
    stream: {
      chunks: chunks(),
      done() {
        if (!end) throw new Error('the package zip is not finished');
        return end;
      },
    },
  };
}
