// Pure. historyFromDiff(base, plan, meta) → feature edits that turn `base` into `plan`, in the workspace's command
// shapes (setAttributes, setGeometry, addFeature, deleteFeature, each with its `meta`): the history a submission
// carries when the liaison's work arrives as a plan file rather than an editor workspace. Deletions come first
// (last index first, so earlier indices hold), then changes, then additions at their index in `plan`.
import type { PlanDocument } from '../model/types.ts';
import type { SubmittedCommand } from './submissionTypes.ts';

export interface CommandMeta {
  /** Prefix of the command ids; the n-th command gets `${idPrefix}-${n}` (deterministic). */
  idPrefix: string;
  author: string;
  station: string;
  at: string;
}

export function historyFromDiff(base: PlanDocument, plan: PlanDocument, meta: CommandMeta): SubmittedCommand[] {
  const planId = plan.plan.id;
  const before = new Map(base.features.map((f, i) => [f.id as string, { f, i }]));
  const after = new Set(plan.features.map((f) => f.id as string));
  const out: Omit<SubmittedCommand, 'meta'>[] = [];
  const deleted = base.features
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => !after.has(f.id))
    .reverse();
  for (const { f, i } of deleted) out.push({ kind: 'deleteFeature', planId, feature: f, index: i });
  for (const f of plan.features) {
    const old = before.get(f.id)?.f;
    if (!old) continue;
    if (JSON.stringify(old.properties) !== JSON.stringify(f.properties))
      out.push({ kind: 'setAttributes', planId, featureId: f.id, before: old.properties, after: f.properties });
    if (JSON.stringify(old.geometry) !== JSON.stringify(f.geometry))
      out.push({ kind: 'setGeometry', planId, featureId: f.id, before: old.geometry, after: f.geometry });
  }
  plan.features.forEach((f, i) => {
    if (!before.has(f.id)) out.push({ kind: 'addFeature', planId, feature: f, index: i });
  });
  return out.map(
    (c, n) =>
      ({
        ...c,
        meta: { id: `${meta.idPrefix}-${n + 1}`, author: meta.author, station: meta.station, at: meta.at },
      }) as unknown as SubmittedCommand,
  );
}
