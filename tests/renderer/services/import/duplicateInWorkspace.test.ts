// duplicateInWorkspace: the editor's import refuses a plan already in the workspace under another id, and lets
// a new version of the same plan through unless it changes nothing or reuses a version label the plan has.
import { describe, expect, it } from 'vitest';
import type { PlanDocument, PlanId } from '../../../../engine/model/types.ts';
import { duplicateInWorkspace, nextVersionLabel, versionLabelsOf } from '../../../../renderer/services/import/duplicateInWorkspace.ts';
import type { Command } from '../../../../renderer/store/types.ts';
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

  it('lets a new version of the same plan (its own id, a new label, a changed feature) and a different plan through', () => {
    const ws = fixtureWorkspace(['land', 'ecology']);
    expect(duplicateInWorkspace(ws, changedLand('v2'), 'land.geojson')).toBeNull();
    expect(duplicateInWorkspace(ws, fixturePlan('industry'), 'industry.geojson')).toBeNull();
  });

  it('refuses a new version that changes nothing against the workspace, whatever its label, naming the file, plan and version', () => {
    const ws = fixtureWorkspace(['land', 'ecology']);
    const land = fixturePlan('land');
    for (const version of [land.plan.version, 'v2']) {
      expect(duplicateInWorkspace(ws, { ...land, plan: { ...land.plan, version } }, 'land.geojson')).toEqual({
        zh: `land.geojson 与工作区中的「${land.plan.title}」${land.plan.version} 完全相同，无需导入`,
        en: `land.geojson is identical to "${land.plan.title}" ${land.plan.version} in the workspace; nothing to import`,
      });
    }
  });

  it('lets the same features through as a new version when the plan metadata differs', () => {
    const ws = fixtureWorkspace(['land']);
    const land = fixturePlan('land');
    expect(
      duplicateInWorkspace(ws, { ...land, plan: { ...land.plan, version: 'v2', period: { start: 2021, end: 2040 } } }, 'land.geojson'),
    ).toBeNull();
  });

  it('refuses a new version under a label the plan already has (current or imported earlier), naming it and proposing the next', () => {
    const ws = fixtureWorkspace(['land']);
    const land = fixturePlan('land');
    expect(duplicateInWorkspace(ws, changedLand(land.plan.version), 'land.geojson')).toEqual({
      zh: `规划「${land.plan.title}」已有版本 ${land.plan.version}，新版本不能沿用该版本号（可用 v2）`,
      en: `plan "${land.plan.title}" already has version ${land.plan.version}; a new version needs a label of its own (e.g. v2)`,
    });
    // v2 was imported earlier and replaced since: still taken.
    const earlier = { ...land, plan: { ...land.plan, version: 'v2' } };
    const past: Command[] = [
      {
        kind: 'batch',
        label: 'import',
        commands: [
          { kind: 'removePlan', plan: land, index: 0 },
          { kind: 'importPlan', plan: earlier, index: 0 },
        ],
      },
    ];
    expect(versionLabelsOf(ws, past, land.plan.id)).toEqual([land.plan.version, 'v2'].sort());
    expect(duplicateInWorkspace(ws, changedLand('v2'), 'land.geojson', past)?.zh).toBe(
      `规划「${land.plan.title}」已有版本 v2，新版本不能沿用该版本号（可用 v3）`,
    );
    expect(duplicateInWorkspace(ws, changedLand('v3'), 'land.geojson', past)).toBeNull();
  });

  it('proposes the label after the highest vN', () => {
    expect(nextVersionLabel([])).toBe('v1');
    expect(nextVersionLabel(['v1'])).toBe('v2');
    expect(nextVersionLabel(['v10', 'v9', '2024版'])).toBe('v11');
  });
});

/** The land fixture as a new version `version` in which the first feature has a note it did not have. */
function changedLand(version: string): PlanDocument {
  const land = fixturePlan('land');
  const [first, ...rest] = land.features;
  return {
    ...land,
    plan: { ...land.plan, version },
    features: [{ ...first!, properties: { ...first!.properties, BZ: '新的一版' } }, ...rest],
  };
}
