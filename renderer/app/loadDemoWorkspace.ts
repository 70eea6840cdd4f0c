// Loads the first-start demo workspace bundled at build time (seeds/jiyuan: four plans, the default
// rule pack, targets). Files that are absent at build time are left out; an empty result shows the
// empty-workspace hint.
import { demoPlans, demoRulePack, demoTargets } from 'virtual:lantu-demo';
import type { PlanDocument, PlanId } from '../../engine/model/index.ts';
import type { RulePack } from '../../engine/rules/index.ts';
import type { Targets } from '../../engine/indicators/index.ts';
import { planEntryOf } from '../store/applyCommand.ts';
import type { PlanEntry, WorkspaceData } from '../store/types.ts';

export async function loadDemoWorkspace(): Promise<WorkspaceData> {
  const plans = new Map<PlanId, PlanEntry>();
  for (const load of [demoPlans.land, demoPlans.ecology, demoPlans.industry, demoPlans.transport]) {
    if (!load) continue;
    const doc = (await load()) as PlanDocument;
    plans.set(doc.plan.id, planEntryOf(doc));
  }
  const rulePack = demoRulePack ? ((await demoRulePack()) as RulePack) : null;
  const targets = demoTargets ? ((await demoTargets()) as Targets) : null;
  return { plans, planOrder: [...plans.keys()], rulePack, targets };
}
