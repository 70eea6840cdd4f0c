// Node. The embedded engine partitioned by rules over worker_threads, behind the executor seam: partitionRules
// splits the pack so each worker gets the rules that read the same layers, and only those layers' features (plus
// the towns); each layer of each plan is serialised once into a SharedArrayBuffer the workers that need it read,
// with the features' input positions, so a worker rebuilds its plans in input order. Workers return plain records;
// the caller runs the shared step (runExecutor), so the report does not depend on the partition.
// Why rules and not tiles: coverage gaps and `outside` dissolve unions across the whole territory and a pair may
// span tiles; a rule is evaluated whole in one worker, so nothing is split, merged or counted twice.
// With `inProcess`, this thread evaluates the first part itself instead of waiting, so n parts need n − 1 workers.
// Workers started early (startRulesWorkers) read the plan files themselves and hold every feature; when this thread's
// part is nearly everything too, the rules go out one at a time, costliest first, to whichever thread frees up.
import { availableParallelism, freemem } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { partitionRules, planLayersOf, RulesCancelledError, unitKey } from '../../engine/rules/index.ts';
import type { ExecuteOptions, Rule, RuleExecutor, RulePart, RuleRecords, RulesInput } from '../../engine/rules/index.ts';
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { PlanFileChangedError } from './PlanFileChangedError.ts';
import {
  createRulesStateForWorker,
  type PlanFileRef,
  type WorkerData,
  type WorkerReply,
  type WorkerRequest,
  type WorkerUnit,
} from './rulesWorkerProtocol.ts';

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

/** Below this, a worker's start (GEOS, its copy of the plans) costs more than the rules it would take. */
const SMALL_PLANS_BYTES = 1_000_000;
/** From this, the cores pay even when every thread repeats the whole reading and preparation (measured). */
export const SHARED_PREPARATION_BYTES = 32_000_000;

/**
 * `lantu check`'s default thread count, given the cores and memory allow `candidate`: this thread alone for small plans,
 * and when every thread would prepare every feature (`fullShare`: the default pack reads the parcels in most rules and
 * every layer in R24/R26/R30) until the plans are large enough that the repeated work pays (README, "workers read the
 * plan files themselves": two threads ×0.88 at 10k parcels, ×0.92 at 30k, ×1.38 at 100k and ×1.39 at 300k).
 */
export function threadsByDefault(planBytes: number, candidate: number, fullShare: boolean): number {
  if (planBytes < SMALL_PLANS_BYTES || (fullShare && planBytes < SHARED_PREPARATION_BYTES)) return 1;
  return candidate;
}

/** The largest worker's share of the input's features when its pack is split `workers` ways (for defaultThreads). */
export function largestShare(input: Pick<RulesInput, 'plans' | 'pack' | 'qualityFindings'>): (workers: number) => number {
  const layers = planLayersOf(input.plans, input.qualityFindings);
  const total = input.plans.reduce((n, p) => n + p.features.length, 0);
  return (workers) => (total === 0 ? 0 : Math.max(0, ...partitionRules(input.pack.rules, layers, workers).map((p) => p.features)) / total);
}

export interface WorkerExecutorOptions {
  /** Parts of the pack evaluated at once: one in this thread when `inProcess` is given, the rest in workers. */
  threads: number;
  /** The worker entry (defaults to the shim beside this file; the CLI bundle rewrites it to its own entry). */
  workerUrl?: URL;
  /** Evaluate the first part in this thread on this port, so `threads` parts need one worker fewer. */
  inProcess?: GeometryPort;
  /** Workers started earlier (startRulesWorkers), so their start overlapped the reading of the plans. */
  started?: StartedRulesWorkers;
}

export interface WorkerRulesExecutor extends RuleExecutor {
  /** After a run: the slowest part's preparation, the bytes serialised (each unit once), the parts, each one's features. */
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

/**
 * Rules workers started now, before their plans exist: each begins loading the engine and compiling GEOS at once, and
 * once `read` names the plan files, reads them and prepares every feature while this thread validates them, so a run
 * that takes it sends no plans, only the counts to check them by (README, "workers read the plan files themselves").
 * `stop()` ends those a run did not take (or all of them, when the check ends early).
 */
export interface StartedRulesWorkers {
  /** Sends the plan files (in input order) to every idle worker. */
  read(files: readonly PlanFileRef[]): void;
  /** An idle worker, and whether it was sent the plan files. */
  take(): { worker: Worker; readsFiles: boolean } | undefined;
  stop(): void;
}

export function startRulesWorkers(count: number, workerUrl?: URL): StartedRulesWorkers {
  const url = workerUrl ?? new URL('./rulesWorker.mjs', import.meta.url);
  let readsFiles = false;
  const idle = Array.from({ length: Math.max(0, count) }, () => {
    const w = new Worker(url);
    // A worker that fails before it is taken is reported by the run that takes it (its 'error' listener); until
    // then this keeps the failure from ending the process.
    w.on('error', () => undefined);
    return w;
  });
  return {
    read(files) {
      for (const w of idle) w.postMessage({ kind: 'read', files: [...files] } satisfies WorkerRequest);
      readsFiles = idle.length > 0;
    },
    take() {
      const worker = idle.shift();
      return worker ? { worker, readsFiles } : undefined;
    },
    stop() {
      for (const w of idle.splice(0)) void w.terminate();
    },
  };
}

/** A part's plans: only the features of the units it reads, in input order (what a worker rebuilds from its units). */
function plansOfPart(input: RulesInput, part: RulePart): RulesInput['plans'] {
  const keys = new Set(part.units.map(unitKey));
  return input.plans.map((doc, p) => ({ ...doc, features: doc.features.filter((f) => keys.has(`${p}/${f.layer}`)) }));
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

/** Rules handed out one by one as threads free up; each worker keeps this many sent ahead (this thread is busy meanwhile). */
const SENT_AHEAD = 2;
/** The share of the features the pack reads from which this thread prepares them all to take any rule. */
const NEARLY_ALL = 0.9;

async function* runWorkers(
  input: RulesInput,
  execute: ExecuteOptions,
  options: WorkerExecutorOptions,
  stats: WorkerRulesExecutor['stats'],
): AsyncIterable<RuleRecords> {
  const wanted = execute.ruleIds ? new Set(execute.ruleIds) : null;
  const rules = input.pack.rules.filter((r) => wanted === null || wanted.has(r.id));
  const layers = planLayersOf(input.plans, input.qualityFindings);
  const parts = partitionRules(rules, layers, Math.max(1, options.threads));
  const local = options.inProcess && parts.length > 0 ? parts[0]! : null;
  const remote = (local ? parts.slice(1) : parts).map((part) => ({
    part,
    ...(options.started?.take() ?? { worker: null, readsFiles: false }),
  }));
  options.started?.stop();
  // When every worker holds every feature (it read the files) and this thread's part is nearly all the pack reads (the
  // default pack: every part prepares the parcels), any thread can take any rule: each takes the next, costliest
  // first, as it frees up, so a misjudged cost does not leave one thread idle while another works through a long rule.
  const whole = partitionRules(rules, layers, 1)[0];
  const shared =
    local !== null &&
    whole !== undefined &&
    remote.length > 0 &&
    remote.every((r) => r.readsFiles) &&
    local.features >= NEARLY_ALL * whole.features;
  const queue = shared ? sharedQueue(whole.ruleIds, rules, input.targets !== undefined) : [];
  // Only the parts whose worker did not read the plan files need their layers serialised.
  const { units, bytes } = serialiseUnits(
    input,
    remote.filter((r) => !r.readsFiles).map((r) => r.part),
  );
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
  // What a worker that read the files checks them by: every layer's count in every plan.
  const counts = layers.flatMap((plan, p) => [...plan.counts].map(([layer, count]) => ({ plan: p, layer, count })));
  for (const { part, worker, readsFiles } of remote) {
    const ids = new Set(shared ? whole.ruleIds : part.ruleIds);
    const data: WorkerData = {
      plans: metas,
      pack: { ...input.pack, rules: input.pack.rules.filter((r) => ids.has(r.id)) },
      ...(input.targets ? { targets: input.targets } : {}),
      ...(input.qualityFindings ? { qualityFindings: input.qualityFindings } : {}),
      ...(input.indicatorValues ? { indicatorValues: input.indicatorValues } : {}),
      units: readsFiles ? [] : part.units.map((u) => units.get(unitKey(u))).filter((u): u is WorkerUnit => u !== undefined),
      ...(readsFiles ? { counts } : {}),
    };
    const w = worker ?? new Worker(url);
    workers.push(w);
    const sendNext = () => {
      for (const id of queue.shift() ?? []) send(w, { kind: 'rule', ruleId: id });
    };
    w.on('message', (m: WorkerReply) => {
      if (m.kind === 'ready') {
        stats.prepareMs = Math.max(stats.prepareMs, performance.now() - startedAt);
      } else if (m.kind === 'records') {
        done.push({ ruleId: m.ruleId, records: m.records });
        pending--;
        sendNext();
      } else if (m.kind === 'changed') failure ??= new PlanFileChangedError(m.file);
      else failure ??= new Error(`rules worker failed: ${m.message}`);
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
    // The worker evaluates the rules sent in that order, one at a time, and posts each one's records.
    send(w, { kind: 'start', data });
    if (shared) for (let i = 0; i < SENT_AHEAD; i++) sendNext();
    else for (const id of part.ruleIds) send(w, { kind: 'rule', ruleId: id });
  }
  // This thread's part (or its turns at the shared queue), while the workers run theirs; its batches join theirs.
  const localRun =
    local && options.inProcess
      ? evaluateHere(
          input,
          shared ? whole : local,
          shared ? () => queue.shift() : listOf(local.ruleIds),
          options.inProcess,
          execute,
          stats,
          startedAt,
        )
      : null;
  localRun?.on((batch) => {
    done.push(batch);
    pending--;
    notify();
  });
  localRun?.finished.catch((error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    notify();
  });
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
    localRun?.stop();
    await localRun?.finished.catch(() => undefined);
    for (const w of workers) {
      w.removeAllListeners('exit');
      if (pending === 0) send(w, { kind: 'stop' });
      else void w.terminate();
    }
  }
}

/** The ids of a fixed list, one per call. */
function listOf(ids: readonly string[]): () => readonly string[] | undefined {
  let i = 0;
  return () => (i < ids.length ? [ids[i++]!] : undefined);
}

/**
 * The shared queue: the rules costliest first (`order`), one item each, except that the indicator rules are one item,
 * since they share one computation of the indicators that a second thread would repeat; with targets that item goes
 * first, being the longest single job at city scale (about 25 of the 50 s of rules at 300k parcels, README), and
 * without them last.
 */
function sharedQueue(order: readonly string[], rules: readonly Rule[], hasTargets: boolean): string[][] {
  const indicator = new Set(rules.filter((r) => r.relation.type === 'indicator').map((r) => r.id));
  const group = order.filter((id) => indicator.has(id));
  const rest = order.filter((id) => !indicator.has(id)).map((id) => [id]);
  if (group.length === 0) return rest;
  // Without targets the indicator rules have nothing to compute: last.
  return hasTargets ? [group, ...rest] : [...rest, group];
}

/**
 * This thread's part: its plans' features prepared on `port` and the rules `next` gives evaluated one by one, each
 * yielding to the event loop first so the workers' records are received (and their next rules sent) meanwhile and a
 * cancel is seen.
 */
function evaluateHere(
  input: RulesInput,
  part: RulePart,
  next: () => readonly string[] | undefined,
  port: GeometryPort,
  execute: ExecuteOptions,
  stats: WorkerRulesExecutor['stats'],
  startedAt: number,
): { on(listener: (batch: RuleRecords) => void): void; finished: Promise<void>; stop(): void } {
  let listener: (batch: RuleRecords) => void = () => undefined;
  let stopped = false;
  const turn = () => new Promise<void>((resolve) => setImmediate(resolve));
  const finished = (async () => {
    await turn();
    const ids = new Set(part.ruleIds);
    const here = createRulesStateForWorker(
      { ...input, plans: plansOfPart(input, part), pack: { ...input.pack, rules: input.pack.rules.filter((r) => ids.has(r.id)) } },
      port,
    );
    stats.prepareMs = Math.max(stats.prepareMs, performance.now() - startedAt);
    try {
      for (let item = next(); item !== undefined; item = next()) {
        for (const ruleId of item) {
          await turn();
          if (execute.yieldControl) await execute.yieldControl();
          if (stopped || execute.signal?.aborted) return;
          listener({ ruleId, records: await here.records(ruleId) });
        }
      }
    } finally {
      here.dispose();
    }
  })();
  return {
    on: (l) => (listener = l),
    finished,
    stop: () => (stopped = true),
  };
}
