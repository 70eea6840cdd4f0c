// Node. The messages between workerRulesExecutor.ts and its worker threads, and the worker's side of the work:
// its plans rebuilt from the units it was given (each a layer of a plan, serialised once and shared) or kept from the
// plan files it read itself (every feature: a full run's state), one rules state over them, evaluating the rules it is sent with the
// embedded engine (as records).
import { deserialize } from 'node:v8';
import { createRulesState, recordsOfRule, releaseHandles, ruleContext } from '../../engine/rules/index.ts';
import type { RelationRecord, RulesInput, RulesState } from '../../engine/rules/index.ts';
import type { PlanDocument, PlanFeature } from '../../engine/model/index.ts';
import { GeometryMemoryError, type GeometryPort } from '../../engine/geometry/index.ts';

/**
 * `read` (optional, first: the plan files to validate here, while the parent validates them too), `start` once, then
 * its rules, evaluated in the order sent.
 */
export type WorkerRequest =
  { kind: 'read'; files: PlanFileRef[] } | { kind: 'start'; data: WorkerData } | { kind: 'rule'; ruleId: string } | { kind: 'stop' };

/** A plan file: where it is, and the name its messages use. */
export interface PlanFileRef {
  path: string;
  name: string;
}
export type WorkerReply =
  | { kind: 'ready'; prepareMs: number }
  | { kind: 'records'; ruleId: string; records: RelationRecord[] }
  | { kind: 'error'; message: string }
  /** A plan file read differently from the parent (or not at all): it changed between the two reads. */
  | { kind: 'changed'; file: string };

/** One layer of one plan: its features (v8-serialised) and their positions in the plan (Int32). */
export interface WorkerUnit {
  plan: number;
  features: SharedArrayBuffer;
  at: SharedArrayBuffer;
}

/** Features in a layer of a plan, as the parent counted them. */
export interface ReadLayer {
  plan: number;
  layer: string;
  count: number;
}

/**
 * What a worker starts with: the plans without features, its part of the pack, and either the layers it reads,
 * serialised by the parent (`units`), or, for a worker that read the plan files itself, the parent's count of every
 * layer of every plan (`counts`).
 */
export interface WorkerData extends Omit<RulesInput, 'plans'> {
  plans: Omit<PlanDocument, 'features'>[];
  units: WorkerUnit[];
  counts?: ReadLayer[];
}

/**
 * The first plan (by input position) that a worker read from the files differently from the parent: another id, or a
 * layer with another count (the files are read twice, and one changed in between would otherwise give a report of two
 * different plans); null when they are the parent's.
 */
export function changedReadPlan(read: readonly PlanDocument[], data: WorkerData): number | null {
  const expected = new Map((data.counts ?? []).map((l) => [`${l.plan}/${l.layer}`, l.count]));
  for (let p = 0; p < data.plans.length; p++) {
    const doc = read[p];
    if (!doc || doc.plan.id !== data.plans[p]!.plan.id) return p;
    const counted = new Map<string, number>();
    for (const f of doc.features) counted.set(`${p}/${f.layer}`, (counted.get(`${p}/${f.layer}`) ?? 0) + 1);
    for (const [key, count] of expected) if (key.startsWith(`${p}/`) && counted.get(key) !== count) return p;
    for (const [key, count] of counted) if (expected.get(key) !== count) return p;
  }
  return read.length === data.plans.length ? null : data.plans.length;
}

/** The worker's plans: each plan's units merged back into input order. */
export function plansOfWorkerData(data: WorkerData): PlanDocument[] {
  const byPlan = data.plans.map(() => [] as { at: Int32Array; features: PlanFeature[] }[]);
  for (const u of data.units)
    byPlan[u.plan]!.push({ at: new Int32Array(u.at), features: deserialize(new Uint8Array(u.features)) as PlanFeature[] });
  return data.plans.map((meta, p) => {
    const lists = byPlan[p]!;
    const features: PlanFeature[] = [];
    const next = lists.map(() => 0);
    // A k-way merge by input position (a handful of layers per plan).
    for (;;) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        const i = next[k]!;
        if (i < lists[k]!.at.length && (best === -1 || lists[k]!.at[i]! < lists[best]!.at[next[best]!]!)) best = k;
      }
      if (best === -1) break;
      features.push(lists[best]!.features[next[best]!++]!);
    }
    return { ...meta, features } as PlanDocument;
  });
}

export interface RulesWorkerState {
  records(ruleId: string): Promise<RelationRecord[]>;
  dispose(): void;
}

/**
 * One rules state over a part's plans (in a worker, or in the parent for its own part), or the `state` already
 * prepared over them; the port stays the caller's.
 */
export function createRulesStateForWorker(
  input: RulesInput,
  port: GeometryPort,
  state: RulesState = createRulesState(port, input.plans),
): RulesWorkerState {
  const ctx = ruleContext(input, state, () => Promise.resolve(), true);
  const rules = new Map(input.pack.rules.map((r) => [r.id, r]));
  return {
    async records(ruleId) {
      const rule = rules.get(ruleId);
      if (!rule) throw new Error(`rule ${ruleId} is not in the pack`);
      return recordsOfRule(state, rule, ctx);
    },
    dispose() {
      releaseHandles(state);
    },
  };
}

/** What a worker tells its parent of a failure: a bug with its stack; GEOS out of memory, a limit, by its message alone. */
export function workerFailureMessage(error: unknown): string {
  if (error instanceof GeometryMemoryError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
