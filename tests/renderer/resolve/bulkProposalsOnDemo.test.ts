// The bulk-proposal property on the demo (seeds/jiyuan): applying every default proposal
// changes area only inside the conflict regions, the feature count only where the preview said so, and never
// removes or holes a parcel of the full-coverage 用地用海 layer (no new R25 gap).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../../../engine/geometry/geodesicLengthM.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { Geometry, PlanDocument, PlanFeature, PlanId } from '../../../engine/model/types.ts';
import { runRules, type Conflict, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { DEFAULT_POLICY } from '../../../renderer/services/blueprint/defaultPolicy.ts';
import { planBulkProposals } from '../../../renderer/services/blueprint/planBulkProposals.ts';
import { planDocumentOf, planEntryOf } from '../../../renderer/store/applyCommand.ts';
import { createEditorStore } from '../../../renderer/store/createEditorStore.ts';
import type { PlanEntry, WorkspaceData } from '../../../renderer/store/types.ts';
import { loadDemoPlans } from '../../e2e/demoData.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
/** GEOS overlays on lon/lat and the 0.01 m² rounding of conflict areas: below this is not a change. */
const TOLERANCE_M2 = 1;
const TOLERANCE_M = 0.5;
let port: GeometryPort;

beforeAll(async () => {
  port = await createGeometryPort();
});

const docsOf = (ws: WorkspaceData): PlanDocument[] => ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
const featuresOf = (ws: WorkspaceData): Map<string, PlanFeature> =>
  new Map(docsOf(ws).flatMap((d) => d.features.map((f) => [`${d.plan.id}|${f.id}`, f] as const)));
const isArea = (g: Geometry) => g.type === 'Polygon' || g.type === 'MultiPolygon';
const isLine = (g: Geometry) => g.type === 'LineString' || g.type === 'MultiLineString';
const layerAreaM2 = (ws: WorkspaceData, layer: string) =>
  [...featuresOf(ws).values()].filter((f) => f.layer === layer).reduce((sum, f) => sum + ellipsoidalAreaM2(f.geometry), 0);

async function check(ws: WorkspaceData): Promise<Conflict[]> {
  return (await runRules({ plans: docsOf(ws), pack, targets }, port)).report.conflicts;
}

/** What of `g` lies outside `regions`: area (m²) for polygons, length (m) for lines. */
function outside(g: Geometry | null, regions: Geometry): number {
  if (!g) return 0;
  const rest = port.difference(g, regions);
  return isArea(g) ? ellipsoidalAreaM2(rest) : isLine(g) ? geodesicLengthM(rest) : 0;
}

/** a − b; a line loses what lies within 5 cm of b (noding moves a cut's vertices off the original segment). */
function minus(a: Geometry, b: Geometry): Geometry | null {
  return isLine(a) ? port.difference(a, port.bufferM(b, 0.05)!) : port.difference(a, b);
}

describe('bulk proposals on the demo', () => {
  it('applies every default proposal changing only the conflict regions and the feature count only where the preview said', async () => {
    const store = createEditorStore();
    const plans = new Map<PlanId, PlanEntry>();
    for (const doc of loadDemoPlans()) plans.set(doc.plan.id, planEntryOf(doc));
    store.getState().loadWorkspace({ plans, planOrder: [...plans.keys()], rulePack: pack, targets });
    const before = store.getState().workspace;
    const conflicts = await check(before);
    const plan = planBulkProposals({
      conflicts,
      allConflicts: conflicts,
      workspace: before,
      policy: DEFAULT_POLICY,
      decidedBy: '李工',
      decidedAt: '2026-11-27T10:00:00.000Z',
      port,
    });
    const appliedItems = plan.items.filter((i) => i.outcome.ok);
    expect(appliedItems.length).toBeGreaterThan(30);
    // R08 blockers inside the 用地用海 layer apply, by splitting, not by deleting.
    expect(appliedItems.filter((i) => i.conflict.ruleId === 'R08' && i.conflict.subject?.layer === 'GHYDYH').length).toBeGreaterThan(0);

    store.getState().execute(plan.command!);
    const after = store.getState().workspace;
    const was = featuresOf(before);
    const now = featuresOf(after);
    const removed = [...was.keys()].filter((k) => !now.has(k)).sort();
    const added = [...now.keys()].filter((k) => !was.has(k)).sort();
    // The feature count changes exactly as the preview listed, and never in the full-coverage layer.
    expect(removed).toEqual(plan.vanishing.map((f) => `${f.planId}|${f.featureId}`).sort());
    expect(added).toEqual(plan.added.map((f) => `${f.planId}|${f.featureId}`).sort());
    expect(now.size - was.size).toBe(plan.added.length - plan.vanishing.length);
    expect(plan.vanishing.filter((f) => f.layer === 'GHYDYH')).toEqual([]);
    expect(plan.needsConfirmation).toBe(
      plan.vanishing.length > 0 || appliedItems.some((i) => i.outcome.ok && i.outcome.impact.exceedsConflict),
    );

    // Every change of geometry lies inside the union of the applied conflicts' regions.
    const regions = port.unaryUnion(
      appliedItems.flatMap((i) => (i.conflict.region && isArea(i.conflict.region) ? [i.conflict.region] : [])),
      { keep: 'polygonal' },
    )!;
    const strays: string[] = [];
    for (const [key, f] of was) {
      const g = now.get(key)?.geometry ?? null;
      if (g !== null && JSON.stringify(g) === JSON.stringify(f.geometry)) continue;
      const lost = outside(g === null ? f.geometry : minus(f.geometry, g), regions);
      const gained = g === null ? 0 : outside(minus(g, f.geometry), regions);
      if (lost + gained > (isArea(f.geometry) ? TOLERANCE_M2 : TOLERANCE_M))
        strays.push(`${f.layer} ${String(f.properties['BSM'])}: ${lost + gained}`);
    }
    for (const key of added) if (outside(now.get(key)!.geometry, regions) > TOLERANCE_M2) strays.push(`added ${key}`);
    expect(strays).toEqual([]);
    // No parcel of the full-coverage layer changes by more than its conflict's area.
    for (const i of appliedItems)
      if (i.outcome.ok)
        for (const f of i.outcome.impact.features)
          if (f.layer === 'GHYDYH') expect(f.exceedsConflict, `${i.conflict.key} ${f.bsm}`).toBe(false);

    // The 用地用海 layer keeps its area (split, not holed) and no new coverage gap (R25) appears.
    expect(Math.abs(layerAreaM2(after, 'GHYDYH') - layerAreaM2(before, 'GHYDYH'))).toBeLessThan(TOLERANCE_M2);
    const keysBefore = new Set(conflicts.filter((c) => c.ruleId === 'R25').map((c) => c.key));
    const conflictsAfter = await check(after);
    const r25After = conflictsAfter.filter((c) => c.ruleId === 'R25' && !keysBefore.has(c.key));
    expect(r25After.map((c) => c.message)).toEqual([]);
    // A yield that was applied removes its conflict (a line's corridor included): none comes back on re-check.
    const yielded = new Set(
      appliedItems.filter((i) => i.outcome.ok && /Yields$/.test(i.outcome.resolution.kind)).map((i) => i.conflict.key),
    );
    expect(yielded.size).toBeGreaterThan(0);
    expect(conflictsAfter.filter((c) => yielded.has(c.key)).map((c) => `${c.key} ${c.measure.areaM2 ?? ''}`)).toEqual([]);
    // Lines whose corridor would still overlap are left for a person, saying so.
    const corridorRefusals = plan.items.filter(
      (i) => !i.outcome.ok && /corridor \(by its width KD\) still overlaps/.test(i.outcome.reasonEn),
    );
    expect(corridorRefusals.length).toBeGreaterThan(0);
  }, 120_000);
});
