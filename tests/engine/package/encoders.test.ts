// The package's small encoders: CSV quoting with a UTF-8 BOM, the GeoPackage geometry header, the SVG map
// drawn from data, and the one-item-per-line GeoJSON that parses back to the same features, also past the first
// 1 MB batch where the lines go into one buffer sized from that batch (grown when later items are larger).
import { describe, expect, it } from 'vitest';
import { assignGeometryOf, compactPlanDocument, isStoredFeature } from '../../../engine/geometry/compactPlanDocument.ts';
import { decodeWkb } from '../../../engine/geometry/wkb.ts';
import type { Geometry, PlanDocument } from '../../../engine/model/types.ts';
import { encodeCsv } from '../../../engine/package/encodeCsv.ts';
import { encodeGpkgGeometry } from '../../../engine/package/encodeGpkgGeometry.ts';
import { featureCollectionBytes, jsonArrayBytes } from '../../../engine/package/featureCollectionBytes.ts';
import { Utf8Sink } from '../../../engine/package/utf8Sink.ts';
import { writeCoordinateJson } from '../../../engine/package/coordinateJson.ts';
import { coordinateAtPrecision, geometryAtPrecision } from '../../../engine/package/precision.ts';
import { renderSvgMap } from '../../../engine/package/renderSvgMap.ts';

const square: Geometry = {
  type: 'Polygon',
  coordinates: [
    [
      [112.5, 35],
      [112.6, 35],
      [112.6, 35.1],
      [112.5, 35.1],
      [112.5, 35],
    ],
  ],
};

describe('package encoders', () => {
  it('writes CSV with a BOM, CRLF and quotes only where needed', () => {
    const bytes = encodeCsv(
      ['名称', '说明'],
      [
        ['水田', 'a,"b"'],
        [null, 3.5],
      ],
    );
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Buffer.from(bytes.subarray(3)).toString('utf8')).toBe('名称,说明\r\n水田,"a,""b"""\r\n,3.5\r\n');
  });

  it('writes text a spreadsheet would run as a formula with a leading apostrophe, and leaves numbers alone', () => {
    const bytes = encodeCsv(
      ['名称', '面积'],
      [
        ['=HYPERLINK("http://x")', -3.5],
        ['+1', '@SUM(A1)'],
        ['-2', "'=already"],
        ['a=b', null],
      ],
    );
    expect(Buffer.from(bytes.subarray(3)).toString('utf8')).toBe(
      '名称,面积\r\n"\'=HYPERLINK(""http://x"")",-3.5\r\n\'+1,\'@SUM(A1)\r\n\'-2,\'=already\r\na=b,\r\n',
    );
  });

  it('writes the GeoPackage header: magic, little-endian flags with an XY envelope, SRS id, then WKB', () => {
    const blob = encodeGpkgGeometry(square, 4490);
    const view = new DataView(blob.buffer, blob.byteOffset, blob.byteLength);
    expect([blob[0], blob[1], blob[2], blob[3]]).toEqual([0x47, 0x50, 0, 0b11]);
    expect(view.getInt32(4, true)).toBe(4490);
    expect([8, 16, 24, 32].map((o) => view.getFloat64(o, true))).toEqual([112.5, 112.6, 35, 35.1]);
    expect(decodeWkb(blob.subarray(40))).toEqual(square);
  });

  it('draws the coverage coloured by class, 待定 areas hatched and conflicts in red', () => {
    const svg = renderSvgMap({
      territory: [square],
      coverage: [{ geometry: square, classCode: '1001' }],
      undetermined: [square],
      conflicts: [{ geometry: square, title: 'R08 <占用>' }],
    });
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 800 \d+"/);
    expect(svg).toContain('fill="#bb9674"');
    expect(svg).toContain('fill="url(#dd)"');
    expect(svg).toContain('<title>R08 &lt;占用&gt;</title>');
    expect(renderSvgMap({ territory: [], coverage: [], undetermined: [], conflicts: [] })).toBe('<p>（无图形数据）</p>');
  });

  it('draws with each coordinate rounded as drawn exactly what it draws from rounded geometries', () => {
    // A map 2e-7° across, so that 1e-9° is 4 pixels and drawing the coordinates unrounded gives other figures.
    const ragged = Array.from({ length: 40 }, (_, i): Geometry => {
      const x = 112.5 + i * 4.4444e-12;
      const y = 35 + i * 3.3333e-12;
      return {
        type: 'Polygon',
        coordinates: [
          [
            [x, y],
            [x + 1.234e-10, y],
            [x + 2e-7, y + 1.5e-7],
            [x, y],
          ],
        ],
      };
    });
    const input = (geometries: Geometry[]) => ({
      territory: [geometries[0]!],
      coverage: geometries.map((geometry, i) => ({ geometry, classCode: i % 2 ? '0101' : '0701' })),
      undetermined: [],
      conflicts: [],
    });
    const drawnRounded = renderSvgMap(input(ragged.map(geometryAtPrecision)));
    expect(renderSvgMap(input(ragged))).not.toBe(drawnRounded);
    expect(renderSvgMap({ ...input(ragged), at: coordinateAtPrecision })).toBe(drawnRounded);
    expect(renderSvgMap(input(ragged.map((g) => geometryAtPrecision(geometryAtPrecision(g)))))).toBe(drawnRounded);
  });

  it('draws a stored piece from its store exactly as the same piece holding its geometry', () => {
    const geometries: Geometry[] = [
      square,
      {
        type: 'MultiPolygon',
        coordinates: [
          [
            [
              [112.55, 35.02],
              [112.58, 35.02],
              [112.58, 35.05],
              [112.55, 35.02],
            ],
          ],
          (square as Extract<Geometry, { type: 'Polygon' }>).coordinates,
        ],
      },
      {
        type: 'LineString',
        coordinates: [
          [112.41, 34.9],
          [112.7, 35.3],
          [112.7, 35.30000001],
        ],
      },
      {
        type: 'MultiLineString',
        coordinates: [
          [
            [112.45, 35],
            [112.46, 35.01],
          ],
          [
            [112.5, 35.2],
            [112.5, 35.2],
          ],
        ],
      },
      { type: 'Point', coordinates: [112.2, 34.8] },
      { type: 'MultiPoint', coordinates: [[112.9, 35.4]] },
    ];
    const plan = compactPlanDocument({
      type: 'FeatureCollection',
      features: geometries.map((geometry, i) => ({ type: 'Feature', id: `p${i}`, layer: 'GHYDYH', geometry, properties: {} })),
    } as unknown as PlanDocument);
    const stored = plan.features.map((f, i) => {
      const piece = { classCode: i % 2 ? '0101' : '0701' } as { geometry: Geometry; classCode: string };
      assignGeometryOf(piece, f);
      return piece;
    });
    expect(stored.every(isStoredFeature)).toBe(true);
    const held = stored.map((p) => ({ geometry: p.geometry, classCode: p.classCode }));
    const input = (coverage: typeof held) => ({ territory: [square], coverage, undetermined: [], conflicts: [] });
    // The stored pieces' boxes widen the map: the line reaches past the territory on every side but the west.
    const svg = renderSvgMap(input(stored));
    expect(svg).toBe(renderSvgMap(input(held)));
    expect(svg).toMatch(/viewBox="0 0 800 \d+"/);
    expect(renderSvgMap({ ...input(stored), at: coordinateAtPrecision })).toBe(renderSvgMap({ ...input(held), at: coordinateAtPrecision }));
    expect(renderSvgMap(input(stored.slice(4)))).toBe(renderSvgMap(input(held.slice(4))));
  });

  it('writes a FeatureCollection one feature per line that parses back unchanged', () => {
    const features = [1, 2, 3].map((i) => ({ type: 'Feature', id: `f${i}`, geometry: square, properties: { BSM: String(i) } }));
    const bytes = featureCollectionBytes({ name: 'X' }, features);
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.split('\n')).toHaveLength(6);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', name: 'X', features });
    expect(JSON.parse(Buffer.from(featureCollectionBytes({}, [])).toString('utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('encodes lines past the first batch into one buffer, growing it when later items are larger', () => {
    // Small ASCII items first (the estimate), then items of Chinese text and astral characters 40 times larger.
    const items = Array.from({ length: 30_000 }, (_, i) =>
      i < 20_000 ? { i, s: 'a'.repeat(40) } : { i, s: `规划用地${'😀'.repeat(200)}${'〇'.repeat(400)}` },
    );
    const bytes = jsonArrayBytes(items);
    const expected = Buffer.from(`[\n${items.map((x, i) => JSON.stringify(x) + (i < items.length - 1 ? ',' : '')).join('\n')}\n]\n`);
    expect(bytes.length).toBeGreaterThan(10 * 2 ** 20);
    expect(Buffer.from(bytes).equals(expected)).toBe(true);
    const features = Array.from({ length: 8000 }, (_, i) => ({
      type: 'Feature',
      id: `f${i}`,
      geometry: square,
      properties: { BZ: '说明'.repeat(i % 50) },
    }));
    expect(JSON.parse(Buffer.from(featureCollectionBytes({ name: 'X' }, features)).toString('utf8')).features).toEqual(features);
  });

  it('writes a rounded coordinate as bytes exactly as JavaScript prints it', () => {
    const values = [
      0, -0, 1e-12, -4e-10, 5e-10, 1e-6, 9.99999e-7, 112.5, 35, -35, 112.123456789, 112.1234567895, 35.0000000005, -0.000001234,
    ];
    values.push(1e6 - 4e-10, 999999.999999999, 1e6, 123456789.1234567, 1e21, 2.5e-7);
    let seed = 7;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 20000; i++) values.push((random() - 0.5) * 10 ** Math.floor(random() * 14 - 7));
    const sink = new Utf8Sink(0);
    for (const v of values) {
      writeCoordinateJson(sink, v);
      sink.byte(0x2c);
    }
    expect(Buffer.from(sink.written()).toString()).toBe(values.map((v) => `${JSON.stringify(coordinateAtPrecision(v))},`).join(''));
  });

  it('writes UTF-8 into a sink that grows without splitting a surrogate pair', () => {
    const sink = new Utf8Sink(0);
    const texts = ['a'.repeat(1023), '😀', '水'.repeat(700), '😀'.repeat(513), 'end'];
    for (const t of texts) sink.write(t);
    expect(Buffer.from(sink.written()).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
  });
});
