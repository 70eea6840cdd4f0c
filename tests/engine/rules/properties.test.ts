// Property tests (fast-check) of the rules engine on random layouts of rectangles snapped to a 0.0002°
// grid (so touching edges and containment happen often): overlap symmetry, invariance under feature order,
// no self-pairs, stable keys, region hashes that follow geometry edits, incremental re-check = full run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry, LayerCode, PlanDocument } from '../../../engine/model/types.ts';
import { recheckFeatures, runRules, type Conflict, type Rule, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { GRID_PROPS, gridFeatureArb, gridFeaturesOf, gridRect, type GridCell } from './gridLayouts.ts';

const featureArb = gridFeatureArb();
const layoutArb = fc.array(featureArb, { minLength: 2, maxLength: 9 });
const featuresOf = (layout: readonly GridCell[]): RuleTestFeature[] => gridFeaturesOf(layout);

const rule = (id: string, subject: LayerCode, object: LayerCode | null, relation: Rule['relation']): Rule => ({
  id,
  version: 1,
  title: id,
  severity: 'blocker',
  subject: [{ layer: subject }],
  ...(object ? { object: [{ layer: object }] } : {}),
  relation,
  legalBasis: '测试',
  message: '{subject.name} {object.name} {areaM2}',
});

const PACK: RulePack = {
  id: 'props',
  version: '1',
  title: '性质测试',
  rules: [
    rule('A01', 'STBHHX', 'YJJBNT', { type: 'overlaps', minAreaM2: 1 }),
    rule('A02', 'YJJBNT', 'STBHHX', { type: 'overlaps', minAreaM2: 1 }),
    rule('A03', 'GHYDYH', 'CZKFBJ', { type: 'outside', minAreaM2: 1 }),
    rule('A04', 'GHYDYH', null, { type: 'coverage', within: [{ layer: 'CZKFBJ' }], minAreaM2: 1 }),
    rule('A05', 'GYXM', 'YJJBNT', { type: 'withinDistance', zoneAround: 'subject', distanceM: 30, minAreaM2: 1 }),
    rule('A06', 'GYXM', 'GYXM', { type: 'overlaps', minAreaM2: 1 }),
  ],
};

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const run = async (plans: PlanDocument[]) => (await runRules({ plans, pack: PACK }, port)).report;
const strip = (c: Conflict) => ({ key: c.key, hash: c.regionHash, severity: c.severity, measure: c.measure, shares: c.shares });

describe('rules engine properties', () => {
  it('finds the same overlaps with subject and object swapped', async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, async (layout) => {
        const r = await run(testPlansOf(featuresOf(layout)));
        const a = r.conflicts.filter((c) => c.ruleId === 'A01').map((c) => ({ k: c.key.slice(4), a: c.measure.areaM2 }));
        const b = r.conflicts.filter((c) => c.ruleId === 'A02').map((c) => ({ k: c.key.slice(4), a: c.measure.areaM2 }));
        expect(b).toEqual(a);
      }),
      { numRuns: 30 },
    );
  });

  it('reports the same conflicts whatever the order of the features', async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, fc.integer({ min: 1, max: 1000 }), async (layout, seed) => {
        const fs = featuresOf(layout);
        const shuffled = [...fs].sort(
          (p, q) => ((p.id.charCodeAt(2) * seed) % 17) - ((q.id.charCodeAt(2) * seed) % 17) || (p.id < q.id ? 1 : -1),
        );
        const a = await run(testPlansOf(fs));
        const b = await run(testPlansOf(shuffled));
        expect(b.conflicts.map(strip)).toEqual(a.conflicts.map(strip));
      }),
      { numRuns: 25 },
    );
  });

  it('never pairs a feature with itself and keeps keys and hashes across runs', async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, async (layout) => {
        const plans = testPlansOf(featuresOf(layout));
        const a = await run(plans);
        const b = await run(plans);
        for (const c of a.conflicts) if (c.subject && c.object) expect(c.subject.featureId).not.toBe(c.object.featureId);
        expect(new Set(a.conflicts.map((c) => c.key)).size).toBe(a.conflicts.length);
        expect(b.conflicts.map(strip)).toEqual(a.conflicts.map(strip));
      }),
      { numRuns: 25 },
    );
  });

  it('changes the region hash but keeps the key when an overlapping pair moves', async () => {
    await fc.assert(
      fc.asyncProperty(layoutArb, async (layout) => {
        const fs = featuresOf(layout);
        const before = await run(testPlansOf(fs));
        const c = before.conflicts.find((x) => x.ruleId === 'A01');
        if (!c) return;
        const moved = fs.map((f) => {
          // Both move: the region itself moves (moving one may leave a region bounded by the other unchanged).
          if (f.id !== c.subject!.featureId && f.id !== c.object!.featureId) return f;
          const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0]!.map(([x, y]) => [x! + 0.00001, y!]);
          return { ...f, geometry: { type: 'Polygon', coordinates: [ring] } as Geometry };
        });
        const after = await run(testPlansOf(moved));
        const same = after.conflicts.find((x) => x.key === c.key);
        expect(same).toBeDefined();
        expect(same!.regionHash).not.toBe(c.regionHash);
      }),
      { numRuns: 25 },
    );
  });

  it('gives the same result re-checking the edited features as a full run', async () => {
    const editArb = fc.array(fc.record({ index: fc.nat(), kind: fc.constantFrom('move', 'delete', 'add'), to: featureArb }), {
      minLength: 1,
      maxLength: 3,
    });
    await fc.assert(
      fc.asyncProperty(layoutArb, editArb, async (layout, edits) => {
        const fs = featuresOf(layout);
        const first = await runRules({ plans: testPlansOf(fs), pack: PACK }, port);
        let next = [...fs];
        const changed = new Set<string>();
        edits.forEach((e, n) => {
          const target = next[e.index % next.length]!;
          if (e.kind === 'add') {
            const id = `n${n}`;
            next.push({
              id,
              layer: e.to.layer,
              properties: { BSM: `41900100009${String(n).padStart(7, '0')}`, ...GRID_PROPS[e.to.layer] },
              geometry: gridRect(e.to.x, e.to.y, e.to.w, e.to.h),
            });
            changed.add(id);
          } else if (target.id !== 'town') {
            changed.add(target.id);
            next =
              e.kind === 'delete'
                ? next.filter((f) => f.id !== target.id)
                : next.map((f) => (f.id === target.id ? { ...f, geometry: gridRect(e.to.x, e.to.y, e.to.w, e.to.h) } : f));
          }
        });
        const input = { plans: testPlansOf(next), pack: PACK };
        const incremental = await recheckFeatures(first, [...changed], input, port);
        const full = await runRules(input, port);
        expect(incremental.report.conflicts.map(strip)).toEqual(full.report.conflicts.map(strip));
        expect(incremental.report.summary).toEqual(full.report.summary);
      }),
      { numRuns: 40 },
    );
  });
});
