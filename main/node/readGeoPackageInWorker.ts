// Node. readGeoPackageInWorker(file, bytes, options) → the engine's SourceOutcome of a GeoPackage, read in a
// worker thread under a deadline and a heap limit: sql.js has no progress handler or interrupt, so a view with an
// endless recursive CTE is stopped by terminating the thread, and the answer names the table being queried.
import { Worker } from 'node:worker_threads';
import { readStoppedIssue } from '../../engine/import/index.ts';
import { importIssue } from '../../engine/import/index.ts';
import type { ReadSourceOptions, SourceOutcome } from '../../engine/import/index.ts';
import { say } from '../i18n/index.ts';

export interface GeoPackageReadLimits {
  deadlineMs: number;
  /** The worker's old-generation heap: past it the worker dies alone instead of the process (exit 134). */
  heapMb: number;
}

/** A 300k-parcel GeoPackage reads in seconds; two minutes leaves room on a loaded machine. */
export const DEFAULT_GPKG_READ_LIMITS: GeoPackageReadLimits = { deadlineMs: 120_000, heapMb: 3072 };

const STARTUP_MS = 60_000;

export function readGeoPackageInWorker(
  file: string,
  bytes: Uint8Array,
  options: Pick<ReadSourceOptions, 'sourceLayer' | 'targetLayer' | 'maxRows'>,
  limits: GeoPackageReadLimits = DEFAULT_GPKG_READ_LIMITS,
): Promise<SourceOutcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./geoPackageReadWorker.mjs', import.meta.url), {
      workerData: { file, bytes, options },
      resourceLimits: { maxOldGenerationSizeMb: limits.heapMb },
      stdout: true,
      stderr: true,
    });
    let table: string | undefined;
    let settled = false;
    const finish = (outcome: SourceOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    };
    const stop = () => finish({ ok: false, issues: [readStoppedIssue(file, table, { why: 'deadline', deadlineMs: limits.deadlineMs })] });
    // The deadline counts from the start of reading; loading the thread (tsx, engine, sql.js) gets its own minute.
    let timer = setTimeout(stop, limits.deadlineMs + STARTUP_MS);
    worker.on('message', (m: { kind: 'start' } | { kind: 'table'; table: string } | { kind: 'done'; outcome: SourceOutcome }) => {
      if (m.kind === 'start') {
        clearTimeout(timer);
        timer = setTimeout(stop, limits.deadlineMs);
      } else if (m.kind === 'table') table = m.table;
      else finish(m.outcome);
    });
    const broken = (why: string) => {
      const message = say('node.readGeoPackageInWorker.broken', { file, why });
      finish({ ok: false, issues: [importIssue('gpkg-invalid', 'fatal', message.zh, message.en, { file })] });
    };
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        finish({ ok: false, issues: [readStoppedIssue(file, table, { why: 'memory', heapMb: limits.heapMb })] });
      else broken(error.message);
    });
    worker.on('exit', (code) => broken(`exit ${code}`));
  });
}
