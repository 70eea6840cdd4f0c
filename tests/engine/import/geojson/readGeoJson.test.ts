import { describe, expect, it } from 'vitest';
import { readGeoJson } from '../../../../engine/import/geojson/readGeoJson.ts';

const bytes = (v: unknown) => new TextEncoder().encode(JSON.stringify(v));
const square = {
  type: 'Polygon',
  coordinates: [
    [
      [0, 0, 5],
      [1, 0, 5],
      [1, 1, 5],
      [0, 0, 5],
    ],
  ],
};

describe('readGeoJson', () => {
  it('honours a legacy crs member', () => {
    const r = readGeoJson(
      bytes({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4526' } }, features: [] }),
      'a.geojson',
    );
    expect(r.declaredCrs).toEqual({ epsg: 4526, raw: 'EPSG:4526', from: 'geojson-crs' });
  });
  it('treats a Lantu plan member as EPSG:4490 and keeps the layer members', () => {
    const r = readGeoJson(
      bytes({
        type: 'FeatureCollection',
        plan: { kind: 'land' },
        features: [{ type: 'Feature', layer: 'XZQ', properties: {}, geometry: square }],
      }),
      'a.json',
    );
    expect(r.declaredCrs).toMatchObject({ epsg: 4490, from: 'plan-member' });
    expect(r.featureLayers).toEqual(['XZQ']);
  });
  it('drops Z and reads a bare geometry and a single Feature', () => {
    expect(readGeoJson(bytes(square), 'a.geojson').features[0]!.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
    });
    expect(readGeoJson(bytes({ type: 'Feature', id: 7, properties: { a: 1 }, geometry: null }), 'a.geojson').features[0]).toEqual({
      index: 0,
      geometry: null,
      properties: { a: 1 },
      sourceId: '7',
    });
  });
  it('refuses text that is not UTF-8 and malformed coordinates', () => {
    expect(() => readGeoJson(new Uint8Array([0x7b, 0xc0, 0xe6, 0x7d]), 'gbk.geojson')).toThrow('gbk.geojson is not UTF-8');
    expect(() =>
      readGeoJson(bytes({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: ['x', 1] } }), 'a.geojson'),
    ).toThrow('malformed Point coordinates');
  });
});
