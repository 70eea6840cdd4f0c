import { describe, expect, it } from 'vitest';
import type { FeatureId, PlanFeature, PlanId, Properties } from '../../../../engine/model/types.ts';
import type { WorkspaceData } from '../../../../renderer/store/types.ts';
import { findFeatures } from '../../../../renderer/services/find/findFeatures.ts';
import { selectionExtent } from '../../../../renderer/services/find/selectionExtent.ts';

const f = (
  id: string,
  properties: Properties,
  coordinates: [number, number][] = [
    [112, 35],
    [112.01, 35.02],
  ],
): PlanFeature => ({
  type: 'Feature',
  id: id as FeatureId,
  layer: 'GYXM',
  properties,
  geometry: { type: 'LineString', coordinates },
});

function workspace(plans: Record<string, PlanFeature[]>): WorkspaceData {
  const map = new Map(
    Object.entries(plans).map(([id, features]) => [
      id as PlanId,
      { meta: { id } as never, features: new Map(features.map((x) => [x.id, x])) },
    ]),
  );
  return { plans: map, planOrder: Object.keys(plans) as PlanId[], rulePack: null, targets: null };
}

describe('findFeatures', () => {
  const ws = workspace({
    a: [f('a1', { BSM: '419001000020000078', XMMC: '克井镇铝材加工' }), f('a2', { BSM: '419001000020000007', XMMC: '玉川产业园' })],
    b: [f('b1', { BSM: '41900100002000007', XZQMC: '克井镇' }), f('b2', { BSM: 'X', GHFQMC: '城镇集中建设区' })],
  });

  it('ranks an exact BSM first, then BSM prefixes, exact names, name prefixes, then contains', () => {
    expect(findFeatures(ws, '419001000020000078').hits.map((h) => [h.featureId, h.field, h.rank])).toEqual([['a1', 'BSM', 0]]);
    expect(findFeatures(ws, '41900100002000007').hits.map((h) => h.featureId)).toEqual(['b1', 'a1']);
    expect(findFeatures(ws, '克井镇').hits.map((h) => [h.featureId, h.field, h.name])).toEqual([
      ['b1', 'XZQMC', '克井镇'],
      ['a1', 'XMMC', '克井镇铝材加工'],
    ]);
    expect(findFeatures(ws, '集中建设').hits.map((h) => h.featureId)).toEqual(['b2']);
  });

  it('finds nothing for empty text or no match, and caps the list while counting every match', () => {
    expect(findFeatures(ws, '  ')).toEqual({ hits: [], total: 0 });
    expect(findFeatures(ws, '不存在').total).toBe(0);
    const many = findFeatures(ws, '4190', 2);
    expect(many.hits).toHaveLength(2);
    expect(many.total).toBe(3);
  });

  it('gives the box around selected features, widened for a point, and null for none', () => {
    expect(
      selectionExtent(ws, [
        { planId: 'a' as PlanId, featureId: 'a1' as FeatureId },
        { planId: 'b' as PlanId, featureId: 'b1' as FeatureId },
      ]),
    ).toEqual([112, 35, 112.01, 35.02]);
    const point = workspace({ p: [{ ...f('p1', {}), geometry: { type: 'Point', coordinates: [112, 35] } }] });
    const box = selectionExtent(point, [{ planId: 'p' as PlanId, featureId: 'p1' as FeatureId }])!;
    expect(box[2] - box[0]).toBeCloseTo(0.002, 12);
    expect(selectionExtent(ws, [{ planId: 'zz' as PlanId, featureId: 'nope' as FeatureId }])).toBeNull();
  });
});

describe('findFeatures names', () => {
  it("shows a feature's own name before its town's when the BSM matched", () => {
    const ws = workspace({ a: [f('a1', { BSM: 'B1', XZQMC: '克井镇', XMMC: '龙腾化工' }), f('a2', { BSM: 'B2', XZQMC: '克井镇' })] });
    expect(findFeatures(ws, 'B').hits.map((h) => h.name)).toEqual(['龙腾化工', '克井镇']);
  });
});
