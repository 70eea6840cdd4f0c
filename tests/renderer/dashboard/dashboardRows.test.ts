import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeIndicators, createIndicatorCache } from '../../../engine/indicators/index.ts';
import type { IndicatorValue, Targets } from '../../../engine/indicators/types.ts';
import { createResolution } from '../../../engine/resolutions/createResolution.ts';
import { runRules, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { dashboardRows, dashboardSummary } from '../../../renderer/components/dashboard/dashboardRows.ts';
import { resolutionToCommand } from '../../../renderer/services/blueprint/resolutionToCommand.ts';
import { planDocumentOf } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { WorkspaceData } from '../../../renderer/store/types.ts';
import { fixtureWorkspace } from '../fixtures.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');

const value = (over: Partial<IndicatorValue>): IndicatorValue => ({
  indicator: 'permanentFarmland',
  townCode: null,
  townName: null,
  value: 100,
  unit: 'ha',
  direction: '>=',
  areaM2: 1e6,
  status: 'noTarget',
  ...over,
});

describe('dashboardRows', () => {
  it('keeps indicators with targets (territory and towns), in the engine order, with the value as a share of the target', () => {
    const rows = dashboardRows([
      value({ target: 80, status: 'met', gap: 20 }),
      value({ townCode: '419001001', townName: '沁园街道', value: 40, target: 50, status: 'violated', gap: -10 }),
      value({ townCode: '419001002', townName: '济水街道', value: 40 }),
      value({ indicator: 'urbanSpaceShare', unit: 'percent', direction: '<=', value: 5.9, target: 6, status: 'atRisk' }),
      value({ indicator: 'wetland', value: 12 }),
    ]);
    expect(rows.map((r) => r.id)).toEqual(['permanentFarmland|all', 'permanentFarmland|419001001', 'urbanSpaceShare|all']);
    expect(rows[0]!.nameZh).toBe('永久基本农田保护面积');
    expect(rows[0]!.percentOfTarget).toBeCloseTo(125, 9);
    expect(rows[1]!.townName).toBe('沁园街道');
    expect(dashboardSummary(rows)).toEqual({ met: 1, atRisk: 1, violated: 1 });
  });

  it('adds territory values without a target on request, never town values without one', () => {
    const rows = dashboardRows(
      [value({ indicator: 'wetland' }), value({ indicator: 'wetland', townCode: '419001002', townName: '济水街道' })],
      { withoutTargets: true },
    );
    expect(rows.map((r) => r.id)).toEqual(['wetland|all']);
    expect(rows[0]!.percentOfTarget).toBeUndefined();
  });

  it('moves the permanent-farmland indicator when the farmland yields to a parcel (same cache as the dashboard)', async () => {
    const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const port = await createGeometryPort();
    const store = createEditorStore();
    store.getState().loadWorkspace({ ...fixtureWorkspace(['land', 'ecology', 'industry', 'transport']), rulePack: pack, targets });
    const plansOf = (ws: WorkspaceData) => ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
    const cache = createIndicatorCache();
    const farmland = (ws: WorkspaceData) =>
      computeIndicators(plansOf(ws), targets, port, { cache, ids: ['permanentFarmland'] }).find((v) => v.townCode === null)!;
    const ws = store.getState().workspace;
    const before = farmland(ws);
    const conflict = (await runRules({ plans: plansOf(ws), pack, targets }, port)).report.conflicts.find((c) => c.ruleId === 'R08')!;
    const result = createResolution(
      {
        conflict,
        kind: 'objectYields',
        decidedBy: '王工',
        decidedAt: '2026-11-27T09:00:00.000Z',
        logNumber: '20261127000001',
        reason: '让步',
      },
      plansOf(ws),
      port,
    );
    if (!result.ok) throw new Error('resolution refused');
    store.getState().execute(resolutionToCommand(result.resolution, ws));
    const after = farmland(store.getState().workspace);
    expect(after.areaM2).toBeLessThan(before.areaM2 - (conflict.measure.areaM2 ?? 0) * 0.9);
    const fresh = computeIndicators(plansOf(store.getState().workspace), targets, port, { ids: ['permanentFarmland'] }).find(
      (v) => v.townCode === null,
    )!;
    expect(after.value).toBe(fresh.value);
  });
});
