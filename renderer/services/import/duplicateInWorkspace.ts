// Renderer. Whether an import would put one plan in the workspace twice (engine/model/duplicatePlans, the
// definition `check` and `export` refuse): the document against every plan but the one it is a new version of;
// and, for a new version, whether it changes nothing or reuses a version label the plan already has.
// Returns the message naming the file and the plan already there, or null.
import { diffPlanVersions } from '../../../engine/merge/index.ts';
import { duplicatePlanMessage, duplicatePlans, type PlanIdentity } from '../../../engine/model/index.ts';
import type { PlanDocument, PlanId, PlanMeta } from '../../../engine/model/index.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import type { Command, WorkspaceData } from '../../store/types.ts';
import { messages } from '../../i18n/message.ts';

export function duplicateInWorkspace(
  workspace: WorkspaceData,
  document: PlanDocument,
  file: string,
  past: readonly Command[] = [],
): { zh: string; en: string } | null {
  const others = workspace.planOrder
    .filter((id) => id !== document.plan.id)
    .map((id) => workspace.plans.get(id))
    .filter((p) => p !== undefined);
  const plans: PlanIdentity[] = [
    ...others.map((p) => ({ id: p.meta.id, kind: p.meta.kind, features: [...p.features.values()] })),
    { id: document.plan.id, kind: document.plan.kind, features: document.features },
  ];
  const last = plans.length - 1;
  const hit = duplicatePlans(plans).find((d) => d.second === last);
  if (hit) {
    return duplicatePlanMessage(hit, (i) => {
      if (i === last) return file;
      const meta = others[i]!.meta;
      return messages('importDuplicatePlanName', { title: meta.title, id: meta.id });
    });
  }
  const current = workspace.plans.get(document.plan.id);
  if (!current) return null;
  const { title, version } = current.meta;
  // Nothing added, removed or changed and the same metadata (the version label aside): an empty new version.
  const diff = diffPlanVersions(planDocumentOf(current), document);
  if (
    diff.added.length === 0 &&
    diff.removed.length === 0 &&
    diff.changed.length === 0 &&
    sameMetaBesidesVersion(current.meta, document.plan)
  ) {
    return messages('importIdenticalVersion', { file, title, version });
  }
  const labels = versionLabelsOf(workspace, past, document.plan.id);
  if (labels.includes(document.plan.version)) {
    const next = nextVersionLabel(labels);
    return messages('importVersionLabelTaken', { title, version: document.plan.version, next });
  }
  return null;
}

/** The version labels a plan has had: its current one and every one imported for it in the undo history, sorted. */
export function versionLabelsOf(workspace: WorkspaceData, past: readonly Command[], planId: PlanId): string[] {
  const labels = new Set<string>();
  const current = workspace.plans.get(planId);
  if (current) labels.add(current.meta.version);
  const visit = (c: Command) => {
    if ((c.kind === 'importPlan' || c.kind === 'removePlan') && c.plan.plan.id === planId) labels.add(c.plan.plan.version);
    if (c.kind === 'batch') c.commands.forEach(visit);
  };
  past.forEach(visit);
  return [...labels].sort();
}

/** The label after the highest "vN" among labels (v1 when there is none). */
export function nextVersionLabel(labels: readonly string[]): string {
  let highest = 0;
  for (const l of labels) {
    const m = /^v(\d+)$/i.exec(l.trim());
    if (m) highest = Math.max(highest, Number(m[1]));
  }
  return `v${highest + 1}`;
}

function sameMetaBesidesVersion(a: PlanMeta, b: PlanMeta): boolean {
  return canonical({ ...a, version: '' }) === canonical({ ...b, version: '' });
}

/** JSON with object keys sorted, so two metas built in a different key order compare equal. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
    .join(',')}}`;
}
