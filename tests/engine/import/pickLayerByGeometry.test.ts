// The layer of a file that does not name one: the only layer of the kind whose geometry type fits.
import { describe, expect, it } from 'vitest';
import { prepareImport, type ImportOptions } from '../../../engine/import/prepareImport.ts';
import { JIYUAN_TERRITORY } from '../../../engine/import/crs/territory.ts';
import type { PlanKind } from '../../../engine/model/types.ts';

const options = (kind: PlanKind): ImportOptions => ({
  kind,
  plan: { id: `${kind}-test`, title: '测试', department: '测试部门', version: 'v1', period: { start: 2021, end: 2035 } },
  territory: JIYUAN_TERRITORY,
});
const file = (geometries: unknown[]) => ({
  format: 'geojson' as const,
  file: 'roads.geojson',
  bytes: new TextEncoder().encode(
    JSON.stringify({
      type: 'FeatureCollection',
      features: geometries.map((geometry, i) => ({ type: 'Feature', properties: { BSM: `41900100001000000${i}` }, geometry })),
    }),
  ),
});
const line = {
  type: 'LineString',
  coordinates: [
    [112.55, 35.05],
    [112.6, 35.08],
  ],
};
const point = { type: 'Point', coordinates: [112.58, 35.07] };
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [112.55, 35.05],
      [112.56, 35.05],
      [112.56, 35.06],
      [112.55, 35.05],
    ],
  ],
};
const layersOf = (kind: PlanKind, geometries: unknown[]) => {
  const report = prepareImport(file(geometries), options(kind));
  return { layers: Object.keys(report.mappings), codes: report.issues.map((i) => i.code) };
};

describe('a file without a layer name', () => {
  it('goes to JTXL when it holds lines and the plan is 交通 (the only line layer)', () => {
    const { layers, codes } = layersOf('transport', [line, { type: 'MultiLineString', coordinates: [line.coordinates] }]);
    expect(layers).toEqual(['JTXL']);
    expect(codes).not.toContain('layer-required');
  });

  it('goes to JTSS when it holds points', () => {
    expect(layersOf('transport', [point]).layers).toEqual(['JTSS']);
  });

  it('still asks when several layers take the geometry (产业: parks and projects are both polygons) or none does', () => {
    expect(layersOf('industry', [square]).codes).toContain('layer-required');
    expect(layersOf('transport', [line, point]).codes).toContain('layer-required');
  });
});
