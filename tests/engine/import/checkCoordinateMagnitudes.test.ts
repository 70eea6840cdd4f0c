// A vertex no supported CRS can hold, as the import meets it: named with its feature and vertex.
import { describe, expect, it } from 'vitest';
import { prepareImport } from '../../../engine/import/prepareImport.ts';

describe('an implausible vertex', () => {
  it('is named with its feature and vertex before the CRS is guessed, not taken for swapped axes', () => {
    const ring = [
      [112.6, 35.1],
      [112.601, 35.1],
      [112.601, 1e308],
      [112.6, 35.1],
    ];
    const doc = {
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { BSM: '419001000000000001', YDYHFLDM: '0101' },
          geometry: { type: 'Polygon', coordinates: [ring] },
        },
      ],
    };
    const report = prepareImport(
      { format: 'geojson', file: 'plan.geojson', bytes: new TextEncoder().encode(JSON.stringify(doc)) },
      {
        kind: 'land',
        layer: 'GHYDYH',
        plan: { id: 'p', title: 't', department: 'd', version: 'v1', period: { start: 2021, end: 2035 } },
      },
    );
    expect(report.document).toBeUndefined();
    expect(report.issues.map((i) => i.code)).toEqual(['coordinate-implausible']);
    expect(report.issues[0]!.messageZh).toBe(
      'plan.geojson 第 1 个要素（BSM=419001000000000001）的第 3 个顶点坐标 [112.601, 1e+308] 超出任何支持的坐标系的范围（绝对值应小于 10^9）；请检查数据。',
    );
    expect(report.issues[0]!.messageEn).toContain('Vertex 3 of feature 1 (BSM=419001000000000001) in plan.geojson is [112.601, 1e+308]');
  });
});
