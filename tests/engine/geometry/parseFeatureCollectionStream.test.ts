import { describe, expect, it } from 'vitest';
import {
  createFeatureCollectionStreamParser,
  FeatureCollectionSyntaxError,
} from '../../../engine/geometry/parseFeatureCollectionStream.ts';
import { storeGeometry } from '../../../engine/geometry/geometryStore.ts';
import { streamGeometryStore, type StreamedFeature } from '../../../engine/geometry/streamGeometryStore.ts';

const document = {
  type: 'FeatureCollection',
  plan: { id: 'p1', title: '济源市国土空间总体规划 "2021—2035"', period: { start: 2021, end: 2035 }, tags: ['a', '}'] },
  features: [
    {
      type: 'Feature',
      id: 'a',
      layer: 'GHYDYH',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [112.5, 35.1],
            [112.51, 35.1],
            [112.51, 35.11],
            [112.5, 35.1],
          ],
        ],
      },
      properties: { YDYHFLDM: '0101', YDYHFLMC: '水田 {见[附]表}', MJ: 1.5e3, note: 'quote \\" and \\\\ backslash' },
    },
    { type: 'Feature', id: 'b', layer: 'JTXL', geometry: null, properties: { 名称: '沿太行高速' } },
    {
      type: 'Feature',
      id: 'c',
      layer: 'JTXL',
      geometry: {
        type: 'LineString',
        coordinates: [
          [112.4, 35.0],
          [112.6, 35.2],
        ],
      },
      properties: {},
    },
  ],
  crs: { type: 'name', properties: { name: 'EPSG:4490' } },
};

function parseInChunks(bytes: Uint8Array, chunkSize: number) {
  const features: unknown[] = [];
  const members: Record<string, unknown> = {};
  const parser = createFeatureCollectionStreamParser({
    onFeature: (f, i, geometryBytes) => {
      expect(i).toBe(features.length);
      // A geometry object arrives as bytes, without its member in the parsed feature.
      if (geometryBytes !== null) {
        expect('geometry' in (f as object)).toBe(false);
        (f as { geometry: unknown }).geometry = JSON.parse(new TextDecoder().decode(geometryBytes));
      }
      features.push(f);
    },
    onMember: (k, v) => {
      members[k] = v;
    },
  });
  for (let at = 0; at < bytes.length; at += chunkSize) parser.push(bytes.subarray(at, at + chunkSize));
  const count = parser.end();
  return { features, members, count };
}

describe('streaming FeatureCollection parser', () => {
  const bytes = new TextEncoder().encode(JSON.stringify(document, null, 1));

  it('yields the same features and members as JSON.parse for every chunk size, even splitting characters', () => {
    for (const chunkSize of [1, 2, 3, 5, 7, 64, 100000]) {
      const { features, members, count } = parseInChunks(bytes, chunkSize);
      expect(features).toEqual(document.features);
      expect(count).toBe(3);
      expect(members).toEqual({ type: document.type, plan: document.plan, crs: document.crs });
    }
  });

  it('hands the last geometry over when a feature repeats the member, as JSON.parse does', () => {
    const text =
      '{"type":"FeatureCollection","features":[{"geometry":{"type":"Point","coordinates":[1,2]},"id":"x","geometry":{"type":"Point","coordinates":[3,4]}}]}';
    expect(parseInChunks(new TextEncoder().encode(text), 5).features).toEqual([JSON.parse(text).features[0]]);
  });

  it('takes the geometry out wherever it stands among the members', () => {
    const text =
      '{"type":"FeatureCollection","features":[' +
      '{"geometry" : {"type":"Point","coordinates":[1,2]} , "id":"first"},' +
      '{"id":"last", "geometry":{"type":"Point","coordinates":[3,4]} },' +
      '{"geometry":{"type":"Point","coordinates":[5,6]}},' +
      '{"id":"middle","geometry":{"type":"Point","coordinates":[7,8]},"properties":{"geometry":"文本"}}]}';
    expect(parseInChunks(new TextEncoder().encode(text), 3).features).toEqual(JSON.parse(text).features);
  });

  it('accepts a byte-order mark and compact JSON', () => {
    const compact = new TextEncoder().encode('\uFEFF' + JSON.stringify(document));
    expect(parseInChunks(compact, 13).features).toEqual(document.features);
  });

  it('reports truncated input, trailing garbage and non-object features with their byte offset', () => {
    const cases = [
      JSON.stringify(document).slice(0, -10),
      JSON.stringify(document) + ' x',
      '{"type":"FeatureCollection","features":[1]}',
      '{"type":"FeatureCollection","features":{}}',
      '[1,2]',
      '{"type":"FeatureCollection","features":[{"type":"Feature",}]}',
    ];
    for (const text of cases) {
      expect(() => parseInChunks(new TextEncoder().encode(text), 4), text).toThrow(FeatureCollectionSyntaxError);
    }
  });

  it('builds a geometry store and hands over each feature without its geometry', () => {
    const seen: StreamedFeature[] = [];
    const members: string[] = [];
    const stream = streamGeometryStore(
      (f) => seen.push(f),
      (k) => members.push(k),
    );
    for (let at = 0; at < bytes.length; at += 17) stream.push(bytes.subarray(at, at + 17));
    const store = stream.end();
    expect(store.count).toBe(3);
    expect(storeGeometry(store, 0)).toEqual(document.features[0]!.geometry);
    expect(storeGeometry(store, 1)).toBeNull();
    expect(storeGeometry(store, 2)).toEqual(document.features[2]!.geometry);
    expect(seen.map((f) => [f.index, f.feature.id, f.geometryReadable])).toEqual([
      [0, 'a', true],
      [1, 'b', false],
      [2, 'c', true],
    ]);
    expect('geometry' in seen[0]!.feature).toBe(false);
    expect(seen[0]!.feature.properties).toEqual(document.features[0]!.properties);
    expect(members).toEqual(['type', 'plan', 'crs']);
  });
});
