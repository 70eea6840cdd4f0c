// duplicateInWorkspace: the editor's import refuses a plan already in the workspace under another id, and lets
// a new version of the same plan through.
import { describe, expect, it } from 'vitest';
import type { PlanId } from '../../../../engine/model/types.ts';
import { duplicateInWorkspace } from '../../../../renderer/services/import/duplicateInWorkspace.ts';
import { fixturePlan, fixtureWorkspace } from '../../fixtures.ts';

describe('duplicateInWorkspace', () => {
  it('refuses the land plan again under another plan id, naming the file and the plan already there', () => {
    const ws = fixtureWorkspace();
    const land = fixturePlan('land');
    const again = { ...land, plan: { ...land.plan, id: 'land-另一个部门' as PlanId } };
    const message = duplicateInWorkspace(ws, again, 'land.geojson');
    expect(message?.zh).toBe(
      `land.geojson 与 规划「${land.plan.title}」（${land.plan.id}） 是同一份规划（${land.features.length} 个要素的图层与标识码 BSM 全部相同），同一规划只能给出一次；新的一版请作为该规划的新版本导入`,
    );
    expect(message?.en).toBe(
      `land.geojson and plan "${land.plan.title}" (${land.plan.id}) are the same plan (all ${land.features.length} features have the same layer and BSM); give each plan once, and import a new edition as a new version of that plan`,
    );
  });

  it('lets a new version of the same plan (its own id) and a different plan through', () => {
    const ws = fixtureWorkspace(['land', 'ecology']);
    expect(duplicateInWorkspace(ws, fixturePlan('land'), 'land.geojson')).toBeNull();
    expect(duplicateInWorkspace(ws, fixturePlan('industry'), 'industry.geojson')).toBeNull();
  });
});
