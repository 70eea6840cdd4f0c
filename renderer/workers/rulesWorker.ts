// Web Worker entry (browser shell): runs the rules engine off the UI thread and exposes it with comlink.
// `run` reports progress through a proxied callback; `cancel` takes effect at the engine's next checkpoint
// because the engine yields to the worker's event loop (a MessageChannel tick, at most every ~30 ms) so
// the cancel message gets through. `recheck` continues from the last run's state (incremental); `resume`
// starts that state from stored results (after a reload) and re-checks only the features edited since.
import * as Comlink from 'comlink';
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { recheckFeatures, resumeCheck, runRules, type ConflictReport, type PreviousCheck, type RulesInput, type RulesRun } from '../../engine/rules/index.ts';
import { createGeometryPort } from '../services/createGeometryPort.ts';
import { ChunkDecoder, type ChunkedRulesInput } from '../services/checks/chunkedRulesInput.ts';

export type ProgressCallback = (done: number, total: number, phase: string) => void;

export interface RulesWorkerApi {
  run(input: RulesInput, onProgress?: ProgressCallback): Promise<ConflictReport>;
  recheck(changedFeatureIds: string[], input: RulesInput, onProgress?: ProgressCallback): Promise<ConflictReport>;
  /**
   * `run` and `recheck` with the plans as compact chunks, unchanged ones as references to the previous
   * call's: posting them does not block the editor's UI thread.
   */
  runChunked(input: ChunkedRulesInput, onProgress?: ProgressCallback): Promise<ConflictReport>;
  recheckChunked(changedFeatureIds: string[], input: ChunkedRulesInput, onProgress?: ProgressCallback): Promise<ConflictReport>;
  /** A re-check from stored results when this worker has no run yet (after a reload); later re-checks continue from it. */
  resumeChunked(previous: PreviousCheck, changedFeatureIds: string[], input: ChunkedRulesInput, onProgress?: ProgressCallback): Promise<ConflictReport>;
  cancel(): void;
}

let portPromise: Promise<GeometryPort> | null = null;
/** Holds the chunks of the last chunked input, which the next one may refer to. */
const chunks = new ChunkDecoder();
let last: RulesRun | null = null;
let current: { aborted: boolean } | null = null;

const channel = new MessageChannel();
const waiting: (() => void)[] = [];
channel.port1.onmessage = () => waiting.shift()?.();
let lastYield = performance.now();

/** Gives the event loop a turn (no timer clamping) when the engine has held it for ~30 ms. */
function yieldControl(): Promise<void> {
  if (performance.now() - lastYield < 30) return Promise.resolve();
  return new Promise<void>((resolve) => {
    waiting.push(() => {
      lastYield = performance.now();
      resolve();
    });
    channel.port2.postMessage(0);
  });
}

async function execute(work: (port: GeometryPort, options: Parameters<typeof runRules>[2]) => Promise<RulesRun>, onProgress?: ProgressCallback): Promise<ConflictReport> {
  if (current) current.aborted = true;
  const signal = { aborted: false };
  current = signal;
  portPromise ??= createGeometryPort();
  const port = await portPromise;
  try {
    // The previous run's state is taken over by a re-check: if this one fails, the next starts afresh.
    last = null;
    const run = await work(port, { signal, yieldControl, ...(onProgress ? { onProgress: (d, t, p) => void onProgress(d, t, p) } : {}) });
    last = run;
    return run.report;
  } finally {
    if (current === signal) current = null;
  }
}

const api: RulesWorkerApi = {
  run: (input, onProgress) => execute((port, options) => runRules(input, port, options), onProgress),
  recheck: (ids, input, onProgress) => {
    const previous = last;
    return execute((port, options) => (previous ? recheckFeatures(previous, ids, input, port, options) : runRules(input, port, options)), onProgress);
  },
  runChunked: (input, onProgress) => api.run(chunks.decode(input), onProgress),
  recheckChunked: (ids, input, onProgress) => api.recheck(ids, chunks.decode(input), onProgress),
  resumeChunked: (previous, ids, input, onProgress) => {
    const decoded = chunks.decode(input);
    return execute((port, options) => resumeCheck(previous, ids, decoded, port, options), onProgress);
  },
  cancel: () => {
    if (current) current.aborted = true;
  },
};

Comlink.expose(api);
