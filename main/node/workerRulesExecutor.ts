// Node. The embedded engine partitioned by rules over worker_threads, behind the executor seam: the input is
// serialised once into a SharedArrayBuffer every worker reads, each worker prepares its own rules state, and the
// rules are handed out one at a time, heaviest kinds first, to whichever worker is idle. Workers return plain
// records; the caller runs the shared step (runExecutor), so the report does not depend on the partition.
// Why rules and not tiles: coverage gaps and `outside` dissolve unions across the whole territory and a pair
// may span tiles; a rule is evaluated whole in one worker, so nothing is split, merged or counted twice.
import { availableParallelism, freemem } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { RulesCancelledError } from '../../engine/rules/index.ts';
import type { ExecuteOptions, RuleExecutor, RuleRecords, RulesInput } from '../../engine/rules/index.ts';
import type { WorkerReply, WorkerRequest } from './rulesWorkerProtocol.ts';

/** Relation kinds by typical cost at city scale (dissolves and zones first), so the longest rules start first. */
const WEIGHT: Readonly<Record<string, number>> = { coverage: 5, outside: 4, withinDistance: 3, crosses: 2, overlaps: 2, useMismatch: 2 };

/** Memory one worker needs beyond the parent: its copy of the plans and their prepared state (measured: see README). */
export function workerMemoryBytes(inputBytes: number): number {
  return 256 * 1024 * 1024 + 6 * inputBytes;
}

/** Default worker count: the cores, but no more workers than 80 % of the free memory holds; at least one. */
export function defaultThreads(inputBytes: number, cores = availableParallelism(), freeBytes = freemem()): number {
  const byMemory = Math.floor((0.8 * freeBytes) / workerMemoryBytes(inputBytes));
  return Math.max(1, Math.min(cores, byMemory));
}

export interface WorkerExecutorOptions {
  threads: number;
  /** The worker entry (defaults to the shim beside this file; the CLI bundle rewrites it to its own entry). */
  workerUrl?: URL;
}

export interface WorkerRulesExecutor extends RuleExecutor {
  /** After a run: the slowest worker's preparation (parse and rules state) and the serialised input's size. */
  readonly stats: { prepareMs: number; inputBytes: number; threads: number };
}

export function workerRulesExecutor(options: WorkerExecutorOptions): WorkerRulesExecutor {
  const stats = { prepareMs: 0, inputBytes: 0, threads: 0 };
  return {
    stats,
    evaluate(input: RulesInput, execute: ExecuteOptions = {}): AsyncIterable<RuleRecords> {
      return runWorkers(input, execute, options, stats);
    },
  };
}

async function* runWorkers(
  input: RulesInput,
  execute: ExecuteOptions,
  options: WorkerExecutorOptions,
  stats: WorkerRulesExecutor['stats'],
): AsyncIterable<RuleRecords> {
  const wanted = execute.ruleIds ? new Set(execute.ruleIds) : null;
  const queue = input.pack.rules
    .filter((r) => wanted === null || wanted.has(r.id))
    .map((r, i) => ({ id: r.id, weight: WEIGHT[r.relation.type] ?? 1, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((r) => r.id);
  const serialized = serialize({ plans: input.plans, pack: input.pack, targets: input.targets, qualityFindings: input.qualityFindings });
  const shared = new SharedArrayBuffer(serialized.byteLength);
  new Uint8Array(shared).set(serialized);
  stats.inputBytes = serialized.byteLength;
  const threads = Math.max(1, Math.min(options.threads, queue.length || 1));
  stats.threads = threads;
  const url = options.workerUrl ?? new URL('./rulesWorker.mjs', import.meta.url);

  const done: RuleRecords[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let pending = queue.length;
  const workers: Worker[] = [];
  const startedAt = performance.now();
  const send = (w: Worker, m: WorkerRequest) => w.postMessage(m);
  const next = (w: Worker) => {
    const id = queue.shift();
    if (id !== undefined) send(w, { kind: 'rule', ruleId: id });
  };
  for (let t = 0; t < threads; t++) {
    const w = new Worker(url, { workerData: { input: shared } });
    workers.push(w);
    w.on('message', (m: WorkerReply) => {
      if (m.kind === 'ready') {
        stats.prepareMs = Math.max(stats.prepareMs, performance.now() - startedAt);
        next(w);
      } else if (m.kind === 'records') {
        done.push({ ruleId: m.ruleId, records: m.records });
        pending--;
        next(w);
      } else failure ??= new Error(`rules worker failed: ${m.message}`);
      notify();
    });
    w.on('error', (error) => {
      failure ??= error;
      notify();
    });
    w.on('exit', (code) => {
      if (pending > 0) failure ??= new Error(`rules worker exited (code ${code}) with ${pending} rule(s) left`);
      notify();
    });
  }
  try {
    while (pending > 0 || done.length > 0) {
      if (failure) throw failure;
      if (execute.signal?.aborted) throw new RulesCancelledError();
      const batch = done.shift();
      if (batch) {
        yield batch;
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure) throw failure;
  } finally {
    for (const w of workers) {
      w.removeAllListeners('exit');
      if (pending === 0) send(w, { kind: 'stop' });
      else void w.terminate();
    }
  }
}
