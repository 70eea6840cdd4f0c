// Node. The messages between workerRulesExecutor.ts and its worker threads, and the worker's side of the work:
// one rules state over the whole input, evaluating the rules it is sent with the embedded engine (as records).
import { createRulesState, recordsOfRule, releaseHandles, ruleContext } from '../../engine/rules/index.ts';
import type { RelationRecord, RulesInput } from '../../engine/rules/index.ts';
import { createGeometryPort } from './createGeometryPort.ts';

export type WorkerRequest = { kind: 'rule'; ruleId: string } | { kind: 'stop' };
export type WorkerReply =
  | { kind: 'ready'; prepareMs: number }
  | { kind: 'records'; ruleId: string; records: RelationRecord[] }
  | { kind: 'error'; message: string };

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
