// Renderer. Whether an import would put one plan in the workspace twice (engine/model/duplicatePlans, the
// definition `check` and `export` refuse): the document against every plan but the one it is a new version of.
// Returns the message naming the file and the plan already there, or null.
import { duplicatePlanMessage, duplicatePlans, type PlanIdentity } from '../../../engine/model/duplicatePlans.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import type { WorkspaceData } from '../../store/types.ts';

export function duplicateInWorkspace(workspace: WorkspaceData, document: PlanDocument, file: string): { zh: string; en: string } | null {
  const others = workspace.planOrder.filter((id) => id !== document.plan.id).map((id) => workspace.plans.get(id)).filter((p) => p !== undefined);
  const plans: PlanIdentity[] = [
    ...others.map((p) => ({ id: p.meta.id, kind: p.meta.kind, features: [...p.features.values()] })),
    { id: document.plan.id, kind: document.plan.kind, features: document.features },
  ];
  const last = plans.length - 1;
  const hit = duplicatePlans(plans).find((d) => d.second === last);
  if (!hit) return null;
  return duplicatePlanMessage(hit, (i) => {
    if (i === last) return file;
    const meta = others[i]!.meta;
    return { zh: `规划「${meta.title}」（${meta.id}）`, en: `plan "${meta.title}" (${meta.id})` };
  });
}
