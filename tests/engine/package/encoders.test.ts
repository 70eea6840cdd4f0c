// The package's small encoders: CSV quoting with a UTF-8 BOM, the GeoPackage geometry header, the SVG map
// drawn from data, and the one-item-per-line GeoJSON that parses back to the same features.
import { describe, expect, it } from 'vitest';
import { decodeWkb } from '../../../engine/geometry/wkb.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { encodeCsv } from '../../../engine/package/encodeCsv.ts';
import { encodeGpkgGeometry } from '../../../engine/package/encodeGpkgGeometry.ts';
import { featureCollectionBytes } from '../../../engine/package/featureCollectionBytes.ts';
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

  it('writes a FeatureCollection one feature per line that parses back unchanged', () => {
    const features = [1, 2, 3].map((i) => ({ type: 'Feature', id: `f${i}`, geometry: square, properties: { BSM: String(i) } }));
    const bytes = featureCollectionBytes({ name: 'X' }, features);
    const text = Buffer.from(bytes).toString('utf8');
    expect(text.split('\n')).toHaveLength(6);
    expect(JSON.parse(text)).toEqual({ type: 'FeatureCollection', name: 'X', features });
    expect(JSON.parse(Buffer.from(featureCollectionBytes({}, [])).toString('utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });
});
