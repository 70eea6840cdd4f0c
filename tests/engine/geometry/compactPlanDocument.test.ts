// compactPlanDocument: the plan's geometries round-trip through the GeometryStore unchanged (same JSON text, same
// v8.serialize result), geometries the store cannot give back exactly stay as parsed, the input is untouched, and
// the compacted document no longer reaches any parsed coordinate array.
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { compactPlanDocument, featurePositionCount, isStoredFeature } from '../../../engine/geometry/index.ts';
import type { FeatureId, Geometry, PlanDocument, PlanId } from '../../../engine/model/index.ts';
import { reachableObjects } from './reachableObjects.ts';

const ring = (x: number, y: number): [number, number][] => [
  [x, y],
  [x + 0.001, y],
  [x + 0.001, y + 0.001],
  [x, y + 0.001],
  [x, y],
];

const GEOMETRIES: Geometry[] = [
  { type: 'Polygon', coordinates: [ring(112.5, 35.1), ring(112.5002, 35.1002).reverse()] },
  { type: 'MultiPolygon', coordinates: [[ring(112.6, 35.1)], [ring(112.7, 35.2)]] },
  { type: 'LineString', coordinates: ring(112.5, 35.0).slice(0, 3) },
  { type: 'MultiLineString', coordinates: [ring(112.5, 35.0).slice(0, 2), ring(112.6, 35.0).slice(1, 4)] },
  { type: 'Point', coordinates: [112.55, -0] },
  {
    type: 'MultiPoint',
    coordinates: [
      [112.55, 35.12345678901234],
      [1e-300, 180],
    ],
  },
];

function planOf(geometries: readonly Geometry[]): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind: 'land',
      id: 'p' as PlanId,
      title: '测试',
      department: '测试',
      version: 'v1',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features: geometries.map((geometry, i) => ({
      type: 'Feature',
      id: `f${i}` as FeatureId,
      layer: 'GHYDYH',
      geometry,
      properties: { BSM: `b${i}`, YDYHFLDM: '0701' },
    })),
  };
}

describe('compactPlanDocument', () => {
  it('gives back every geometry type with the same JSON text and the same serialised form', () => {
    const doc = planOf(GEOMETRIES);
    const before = JSON.stringify(doc);
    const compact = compactPlanDocument(doc);
    expect(compact.features.every(isStoredFeature)).toBe(true);
    expect(JSON.stringify(compact)).toBe(before);
    expect(JSON.stringify(deserialize(serialize(compact)))).toBe(before);
    expect(JSON.stringify(compact.features.map((f) => ({ ...f })))).toBe(JSON.stringify(doc.features));
    expect(compact.features.map((f) => f.geometry)).toEqual(GEOMETRIES);
    // The input is not touched.
    expect(JSON.stringify(doc)).toBe(before);
    expect(doc.features.some(isStoredFeature)).toBe(false);
  });

  it("counts a stored feature's positions as its parsed geometry holds them, closing vertices included", () => {
    const doc = planOf(GEOMETRIES);
    const counts = [10, 10, 3, 5, 1, 2];
    expect(doc.features.map(featurePositionCount)).toEqual(counts);
    expect(compactPlanDocument(doc).features.map(featurePositionCount)).toEqual(counts);
  });

  it('keeps as parsed a geometry with a Z, a bbox or its members in another order', () => {
    const odd = [
      { type: 'Point', coordinates: [112.5, 35.1, 120] },
      { type: 'Polygon', coordinates: [ring(112.5, 35.1)], bbox: [112.5, 35.1, 112.501, 35.101] },
      { coordinates: ring(112.5, 35.0).slice(0, 2), type: 'LineString' },
    ] as unknown as Geometry[];
    const doc = planOf([...odd, GEOMETRIES[0]!]);
    const compact = compactPlanDocument(doc);
    expect(compact.features.map(isStoredFeature)).toEqual([false, false, false, true]);
    for (let i = 0; i < 3; i++) expect(compact.features[i]).toBe(doc.features[i]);
    expect(JSON.stringify(compact)).toBe(JSON.stringify(doc));
  });

  it('leaves no parsed coordinate array reachable from the compacted plan', () => {
    const doc = planOf(GEOMETRIES);
    const parsed = new Set<object>();
    for (const f of doc.features) for (const o of reachableObjects(f.geometry)) parsed.add(o);
    const compact = compactPlanDocument(doc);
    const retained = [...reachableObjects(compact)].filter((o) => parsed.has(o));
    expect(retained).toEqual([]);
    // The check itself sees the parsed arrays when they are there.
    expect([...reachableObjects(doc)].filter((o) => parsed.has(o)).length).toBe(parsed.size);
  });
});
