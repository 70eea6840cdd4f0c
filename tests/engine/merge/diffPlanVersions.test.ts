import { describe, expect, it } from 'vitest';
import { diffPlanVersions } from '../../../engine/merge/diffPlanVersions.ts';
import { prepareImport, type ImportOptions } from '../../../engine/import/prepareImport.ts';
import type { PlanFeature } from '../../../engine/model/types.ts';
import { basePlan, edit, parcel } from './planVersions.ts';

describe('diffPlanVersions', () => {
  const v1 = basePlan();
  const v2 = edit(v1, (fs) => {
    fs[0]!.properties.YDYHFLDM = '0102';
    fs[1]!.geometry = parcel(2, '0103', 112.52, 0.02).geometry;
    fs.splice(2, 1);
    fs.push(parcel(4, '0301', 112.6));
  });
  const diff = diffPlanVersions(v1, v2);

  it('lists added and removed features by id', () => {
    expect(diff.added.map((f) => f.bsm)).toEqual(['419001000000000004']);
    expect(diff.removed.map((f) => f.bsm)).toEqual(['419001000000000003']);
    expect(diff.unchanged).toBe(0);
  });

  it('shows attribute changes field by field and geometry changes with the area change', () => {
    const byBsm = Object.fromEntries(diff.changed.map((c) => [c.bsm, c]));
    expect(byBsm['419001000000000001']).toMatchObject({
      fields: [{ key: 'YDYHFLDM', before: '0101', after: '0102' }],
      geometryChanged: false,
      areaChangeM2: 0,
    });
    const grown = byBsm['419001000000000002']!;
    expect(grown.fields).toEqual([]);
    expect(grown.geometryChanged).toBe(true);
    // A 0.02° square has four times the area of a 0.01° one (to within the curvature of the ellipsoid).
    expect(grown.areaAfterM2 / grown.areaBeforeM2).toBeCloseTo(4, 2);
    expect(grown.areaChangeM2).toBeCloseTo(grown.areaAfterM2 - grown.areaBeforeM2, 1);
  });

  it('totals the area per land-use class before and after', () => {
    const t = Object.fromEntries(diff.totalsByClass.map((c) => [c.classKey, c]));
    expect(t['0101']!.areaAfterM2).toBe(0);
    expect(t['0102']!.areaBeforeM2).toBe(0);
    expect(t['0102']!.areaAfterM2).toBe(t['0101']!.areaBeforeM2);
    expect(t['100102']!.changeM2).toBe(-t['100102']!.areaBeforeM2);
    expect(t['0301']!.areaAfterM2).toBeGreaterThan(1_000_000);
  });

  it('finds nothing between a version and itself', () => {
    expect(diffPlanVersions(v1, v1)).toMatchObject({ added: [], removed: [], changed: [], unchanged: 3 });
  });
});

describe('identity across re-import', () => {
  const options: ImportOptions = {
    kind: 'land',
    layer: 'GHYDYH',
    plan: { id: 'jiyuan-land-2035', title: '规划', department: '自然资源和规划局', version: 'v1', period: { start: 2021, end: 2035 } },
  };
  const file = (features: unknown[]) => ({
    format: 'geojson' as const,
    file: 'plan.geojson',
    bytes: new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })),
  });
  const f = (bsm: string, code: string, x: number) => ({
    type: 'Feature',
    properties: { 标识码: bsm, 用地用海分类代码: code },
    geometry: parcel(1, code, x).geometry,
  });

  it('gives a re-imported feature the same id, and a new feature a new one', () => {
    const v1 = prepareImport(file([f('419001000000000001', '0101', 112.5), f('419001000000000002', '0103', 112.52)]), options).document!;
    const v2 = prepareImport(
      file([f('419001000000000002', '0102', 112.52), f('419001000000000001', '0101', 112.5), f('419001000000000007', '0301', 112.6)]),
      { ...options, plan: { ...options.plan, version: 'v2' } },
    ).document!;
    expect(v2.features.find((x) => x.properties.BSM === '419001000000000001')!.id).toBe(v1.features[0]!.id);
    const diff = diffPlanVersions(v1, v2);
    expect(diff.changed.map((c) => [c.bsm, c.fields])).toEqual([
      ['419001000000000002', [{ key: 'YDYHFLDM', before: '0103', after: '0102' }]],
    ]);
    expect(diff.added.map((a) => a.bsm)).toEqual(['419001000000000007']);
    expect(new Set(v2.features.map((x) => x.id)).size).toBe(3);
  });
});

describe('diffPlanVersions measures', () => {
  it('measures lines by length and points by count, not by an area of 0', () => {
    const road = (x1: number): PlanFeature => ({
      ...parcel(9, '1202', 112.5),
      layer: 'JTXL' as const,
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.5, 35],
          [x1, 35],
        ],
      },
    });
    const station: PlanFeature = {
      ...parcel(8, '1208', 112.5),
      layer: 'JTSS' as const,
      geometry: { type: 'Point' as const, coordinates: [112.5, 35] },
    };
    const before = edit(basePlan(), (fs) => fs.splice(0, 3, road(112.51)));
    const after = edit(basePlan(), (fs) => fs.splice(0, 3, road(112.52), station));
    const diff = diffPlanVersions(before, after);
    expect(diff.added.map((f) => f.measure)).toEqual([{ kind: 'points', value: 1 }]);
    const changed = diff.changed[0]!;
    expect(changed.measure.kind).toBe('length');
    // 0.01° of longitude at 35° N is about 913 m.
    expect(changed.measure.before).toBeGreaterThan(900);
    expect(changed.measure.before).toBeLessThan(925);
    expect(changed.measure.after / changed.measure.before).toBeCloseTo(2, 3);
    expect(changed.areaChangeM2).toBe(0);
  });
});
