// Test helpers: a small workspace built from the editor fixture plans (tests/fixtures/editor-demo).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDocument, PlanId } from '../../engine/model/types.ts';
import { planEntryOf } from '../../renderer/store/applyCommand.ts';
import type { PlanEntry, WorkspaceData } from '../../renderer/store/types.ts';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'editor-demo');

export function fixturePlan(kind: 'land' | 'ecology' | 'industry' | 'transport'): PlanDocument {
  return JSON.parse(readFileSync(join(DIR, `${kind}.json`), 'utf8')) as PlanDocument;
}

export function fixtureWorkspace(
  kinds: ('land' | 'ecology' | 'industry' | 'transport')[] = ['land', 'ecology', 'industry'],
): WorkspaceData {
  const plans = new Map<PlanId, PlanEntry>();
  for (const kind of kinds) {
    const doc = fixturePlan(kind);
    plans.set(doc.plan.id, planEntryOf(doc));
  }
  return { plans, planOrder: [...plans.keys()], rulePack: null, targets: null };
}

/** Plain-data view of a workspace for deep equality (Maps to arrays in order). */
export function snapshot(ws: WorkspaceData): unknown {
  return {
    planOrder: ws.planOrder,
    plans: ws.planOrder.map((id) => {
      const e = ws.plans.get(id)!;
      return { meta: e.meta, features: [...e.features.values()] };
    }),
    ...(ws.resolutions?.length ? { resolutions: ws.resolutions } : {}),
    ...(ws.policy ? { policy: ws.policy } : {}),
    ...(ws.projects?.length ? { projects: ws.projects } : {}),
    ...(ws.departments ? { departments: ws.departments } : {}),
    ...(ws.consultations?.length ? { consultations: ws.consultations } : {}),
    ...(ws.opinions?.length ? { opinions: ws.opinions } : {}),
    ...(ws.jointOpinions?.length ? { jointOpinions: ws.jointOpinions } : {}),
  };
}
