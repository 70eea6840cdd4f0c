// Node. The messages between workerRulesExecutor.ts and its worker threads, and the worker's side of the work:
// its plans rebuilt from the units it was given (each a layer of a plan, serialised once and shared), one rules
// state over them, evaluating the rules it is sent with the embedded engine (as records).
import { deserialize } from 'node:v8';
import { createRulesState, recordsOfRule, releaseHandles, ruleContext } from '../../engine/rules/index.ts';
import type { RelationRecord, RulesInput } from '../../engine/rules/index.ts';
import type { PlanDocument, PlanFeature } from '../../engine/model/index.ts';
import { createGeometryPort } from './createGeometryPort.ts';

export type WorkerRequest = { kind: 'rule'; ruleId: string } | { kind: 'stop' };
export type WorkerReply =
  | { kind: 'ready'; prepareMs: number }
  | { kind: 'records'; ruleId: string; records: RelationRecord[] }
  | { kind: 'error'; message: string };

/** One layer of one plan: its features (v8-serialised) and their positions in the plan (Int32). */
export interface WorkerUnit {
  plan: number;
  features: SharedArrayBuffer;
  at: SharedArrayBuffer;
}

/** What a worker starts with: the plans without features, its part of the pack, and the units it reads. */
export interface WorkerData extends Omit<RulesInput, 'plans'> {
  plans: Omit<PlanDocument, 'features'>[];
  units: WorkerUnit[];
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

export async function createRulesStateForWorker(input: RulesInput): Promise<RulesWorkerState> {
  const port = await createGeometryPort();
  const state = createRulesState(port, input.plans);
  const ctx = ruleContext(input, state, () => Promise.resolve());
  const rules = new Map(input.pack.rules.map((r) => [r.id, r]));
  return {
    async records(ruleId) {
      const rule = rules.get(ruleId);
      if (!rule) throw new Error(`rule ${ruleId} is not in the pack`);
      return recordsOfRule(state, rule, ctx);
    },
    dispose() {
      releaseHandles(state);
      port.dispose();
    },
  };
}
