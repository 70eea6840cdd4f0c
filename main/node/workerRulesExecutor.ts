// Node. The embedded engine partitioned by rules over worker_threads, behind the executor seam: partitionRules
// splits the pack so each worker gets the rules that read the same layers, and only those layers' features (plus
// the towns); each layer of each plan is serialised once into a SharedArrayBuffer the workers that need it read,
// with the features' input positions, so a worker rebuilds its plans in input order. Workers return plain records;
// the caller runs the shared step (runExecutor), so the report does not depend on the partition.
// Why rules and not tiles: coverage gaps and `outside` dissolve unions across the whole territory and a pair may
// span tiles; a rule is evaluated whole in one worker, so nothing is split, merged or counted twice.
import { availableParallelism, freemem } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { partitionRules, planLayersOf, RulesCancelledError, unitKey } from '../../engine/rules/index.ts';
import type { ExecuteOptions, RuleExecutor, RulePart, RuleRecords, RulesInput } from '../../engine/rules/index.ts';
import type { WorkerData, WorkerReply, WorkerRequest, WorkerUnit } from './rulesWorkerProtocol.ts';

/** Memory one worker needs beyond the parent: its share of the plans' bytes and their prepared state (README). */
export function workerMemoryBytes(shareBytes: number): number {
  return 256 * 1024 * 1024 + 6 * shareBytes;
}

/**
 * Default worker count: the cores, but no more workers than 80 % of the free memory holds, each reckoned at its
 * share of the plans (`shareOf(n)`: the largest share when the pack is split n ways; the whole plans when omitted);
 * at least one.
 */
export function defaultThreads(
  inputBytes: number,
  cores = availableParallelism(),
  freeBytes = freemem(),
  shareOf: (workers: number) => number = () => 1,
): number {
  const bound = Math.floor((0.8 * freeBytes) / workerMemoryBytes(0));
  for (let n = Math.min(Math.max(1, cores), bound); n > 1; n--) {
    const share = Math.min(1, Math.max(0, shareOf(n)));
    if (n * workerMemoryBytes(share * inputBytes) <= 0.8 * freeBytes) return n;
  }
  return 1;
}

/** The largest worker's share of the input's features when its pack is split `workers` ways (for defaultThreads). */
export function largestShare(input: Pick<RulesInput, 'plans' | 'pack' | 'qualityFindings'>): (workers: number) => number {
  const layers = planLayersOf(input.plans, input.qualityFindings);
  const total = input.plans.reduce((n, p) => n + p.features.length, 0);
  return (workers) => (total === 0 ? 0 : Math.max(0, ...partitionRules(input.pack.rules, layers, workers).map((p) => p.features)) / total);
}

export interface WorkerExecutorOptions {
  threads: number;
  /** The worker entry (defaults to the shim beside this file; the CLI bundle rewrites it to its own entry). */
  workerUrl?: URL;
}

export interface WorkerRulesExecutor extends RuleExecutor {
  /** After a run: the slowest worker's preparation, the bytes serialised (each unit once), the workers, each one's features. */
  readonly stats: { prepareMs: number; inputBytes: number; threads: number; featuresPerWorker: number[] };
}

export function workerRulesExecutor(options: WorkerExecutorOptions): WorkerRulesExecutor {
  const stats = { prepareMs: 0, inputBytes: 0, threads: 0, featuresPerWorker: [] as number[] };
  return {
    stats,
    evaluate(input: RulesInput, execute: ExecuteOptions = {}): AsyncIterable<RuleRecords> {
      return runWorkers(input, execute, options, stats);
    },
  };
}

/** Each unit a part needs, serialised once: its features in input order and their positions in the plan. */
function serialiseUnits(input: RulesInput, parts: readonly RulePart[]): { units: Map<string, WorkerUnit>; bytes: number } {
  const needed = new Set(parts.flatMap((p) => p.units.map(unitKey)));
  const grouped = new Map<string, { features: unknown[]; at: number[] }>();
  input.plans.forEach((doc, p) => {
    doc.features.forEach((f, i) => {
      const key = `${p}/${f.layer}`;
      if (!needed.has(key)) return;
      let g = grouped.get(key);
      if (!g) grouped.set(key, (g = { features: [], at: [] }));
      g.features.push(f);
      g.at.push(i);
    });
  });
  const units = new Map<string, WorkerUnit>();
  let bytes = 0;
  for (const [key, g] of grouped) {
    const bytesOf = serialize(g.features);
    const features = new SharedArrayBuffer(bytesOf.byteLength);
    new Uint8Array(features).set(bytesOf);
    const at = new SharedArrayBuffer(4 * g.at.length);
    new Int32Array(at).set(g.at);
    units.set(key, { plan: Number(key.slice(0, key.indexOf('/'))), features, at });
    bytes += bytesOf.byteLength + at.byteLength;
  }
  return { units, bytes };
}

async function* runWorkers(
  input: RulesInput,
  execute: ExecuteOptions,
  options: WorkerExecutorOptions,
  stats: WorkerRulesExecutor['stats'],
): AsyncIterable<RuleRecords> {
  const wanted = execute.ruleIds ? new Set(execute.ruleIds) : null;
  const rules = input.pack.rules.filter((r) => wanted === null || wanted.has(r.id));
  const parts = partitionRules(rules, planLayersOf(input.plans, input.qualityFindings), Math.max(1, options.threads));
  const { units, bytes } = serialiseUnits(input, parts);
  stats.inputBytes = bytes;
  stats.threads = parts.length;
  stats.featuresPerWorker = parts.map((p) => p.features);
  const url = options.workerUrl ?? new URL('./rulesWorker.mjs', import.meta.url);
  const metas = input.plans.map(({ features: _features, ...meta }) => meta);

  const done: RuleRecords[] = [];
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  let pending = rules.length;
  const workers: Worker[] = [];
  const startedAt = performance.now();
  const send = (w: Worker, m: WorkerRequest) => w.postMessage(m);
  for (const part of parts) {
    const queue = [...part.ruleIds];
    const ids = new Set(part.ruleIds);
    const data: WorkerData = {
      plans: metas,
      pack: { ...input.pack, rules: input.pack.rules.filter((r) => ids.has(r.id)) },
      ...(input.targets ? { targets: input.targets } : {}),
      ...(input.qualityFindings ? { qualityFindings: input.qualityFindings } : {}),
      units: part.units.map((u) => units.get(unitKey(u))).filter((u): u is WorkerUnit => u !== undefined),
    };
    const w = new Worker(url, { workerData: data });
    workers.push(w);
    const next = () => {
      const id = queue.shift();
      if (id !== undefined) send(w, { kind: 'rule', ruleId: id });
    };
    w.on('message', (m: WorkerReply) => {
      if (m.kind === 'ready') {
        stats.prepareMs = Math.max(stats.prepareMs, performance.now() - startedAt);
        next();
      } else if (m.kind === 'records') {
        done.push({ ruleId: m.ruleId, records: m.records });
        pending--;
        next();
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
