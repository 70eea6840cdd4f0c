// 界址点 typed or pasted from a spreadsheet: the same 地块 as the TXT fixtures give (areas, holes, cs2cs points
// within 1 cm), with or without a header, tabs or commas, a 地块编号 column or not; and the TXT reader's own
// checks and messages on broken tables (naming the row), no 地块 returned.
import { describe, expect, it } from 'vitest';
import { readBoundaryTable } from '../../../../engine/import/boundary/readBoundaryTable.ts';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';
import { writeBoundaryTxt } from '../../../../engine/import/boundary/writeBoundaryTxt.ts';
import { BOUNDARY_FIXTURES, boundaryFixtureBytes } from '../../../fixtures/import/boundary/boundaryFixtures.ts';

const twoParcels = BOUNDARY_FIXTURES.find((f) => f.file === 'gbk-crlf-two-parcels.txt')!;
const zone37 = BOUNDARY_FIXTURES.find((f) => f.file === 'utf8-bom-lf-zone37.txt')!;
const deviationM = (lon: number, lat: number, lon2: number, lat2: number): number =>
  Math.hypot((lon2 - lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat2 - lat) * 110_574);
/** The fixture's points as spreadsheet rows: 地块编号, 点号, 圈号, X, Y (as written in the file, 3 decimals). */
const rowsOf = (fx: typeof twoParcels, withParcel: boolean): string[][] =>
  fx.parcels.flatMap((p) =>
    p.points.map((q) => [...(withParcel ? [p.id] : []), q.pointId, String(q.ring), q.x.toFixed(3), q.y.toFixed(3)]),
  );

describe('readBoundaryTable', () => {
  it('reads a pasted sheet with a Chinese header and a 地块编号 column like the TXT of the same points', () => {
    const text = ['地块编号\t界址点号\t圈号\tX坐标\tY坐标', ...rowsOf(twoParcels, true).map((r) => r.join('\t'))].join('\r\n');
    const r = readBoundaryTable(text);
    expect(r.findings).toEqual([]);
    expect(r.crs).toMatchObject(twoParcels.crs!);
    const txt = readBoundaryTxt(boundaryFixtureBytes(twoParcels.file), twoParcels.file);
    expect(r.parcels.map((p) => p.id)).toEqual(['1', '2']);
    r.parcels.forEach((p, i) => {
      expect(p.rings.map((ring) => ring.ringNo)).toEqual(txt.parcels[i]!.rings.map((ring) => ring.ringNo));
      expect(p.planeAreaM2).toBeCloseTo(twoParcels.parcels[i]!.planeAreaM2, 3);
      expect(p.grs80AreaM2).toBeCloseTo(txt.parcels[i]!.grs80AreaM2, 6);
      expect(p.geometry).toEqual(txt.parcels[i]!.geometry);
    });
    // Every point against PROJ's cs2cs.
    const all = r.parcels.flatMap((p) => p.geometry.coordinates.flat());
    for (const ref of twoParcels.parcels.flatMap((p) => p.points)) {
      const nearest = Math.min(...all.map(([lon, lat]) => deviationM(ref.lon, ref.lat, lon!, lat!)));
      expect(nearest).toBeLessThan(0.01);
    }
  });

  it('reads typed comma-separated rows without a header, taking the zone the user chose for Y without prefix', () => {
    const text = rowsOf(zone37, false)
      .map((r) => r.join(','))
      .join('\n');
    const r = readBoundaryTable(text, { zone: 37 });
    expect(r.findings).toEqual([]);
    expect(r.crs).toMatchObject({ zone: 37, prefixed: false, epsg: 4546 });
    expect(r.parcels).toHaveLength(1);
    expect(r.parcels[0]!.planeAreaM2).toBeCloseTo(zone37.parcels[0]!.planeAreaM2, 3);
  });

  it('closes a ring typed without repeating J1 (warning), numbers columns by the header in any order, and writes back a 部标 TXT', () => {
    const pts = zone37.parcels[0]!.points.slice(0, -1);
    const text = ['Y,X,点号,备注', ...pts.map((q) => `${q.y.toFixed(3)},${q.x.toFixed(3)},${q.pointId},`)].join('\n');
    const r = readBoundaryTable(text, { zone: 37, fileName: '手工录入' });
    expect(r.findings.map((f) => f.code)).toEqual(['TXT_RING_UNCLOSED']);
    expect(r.findings[0]!.messageZh).toMatch(/^手工录入：地块 1（编号 1）（第 \d+ 行）：圈号 1 未闭合/);
    expect(r.parcels[0]!.planeAreaM2).toBeCloseTo(zone37.parcels[0]!.planeAreaM2, 3);
    const written = writeBoundaryTxt(r.parcels, { crs: r.crs!, attributes: r.attributes, coordinateDecimals: 3, encoding: 'utf-8' });
    const back = readBoundaryTxt(written.bytes!, 'back.txt');
    expect(back.findings).toEqual([]);
    expect(back.crs).toEqual(r.crs);
    expect(back.parcels[0]!.geometry).toEqual(r.parcels[0]!.geometry);
  });

  it('corrects X and Y swapped as the TXT reader does', () => {
    const text = rowsOf(twoParcels, true)
      .map(([id, p, ring, x, y]) => [id, p, ring, y, x].join('\t'))
      .join('\n');
    const r = readBoundaryTable(text);
    expect(r.findings.map((f) => f.code)).toEqual(['TXT_XY_SWAPPED']);
    expect(r.parcels).toHaveLength(2);
  });

  // A point of the fixture, inside 济源 in zone 38: rows are offsets from it.
  const x0 = Math.round(twoParcels.parcels[0]!.points[0]!.x);
  const y0 = Math.round(twoParcels.parcels[0]!.points[0]!.y);
  const row = (id: string, dx: number, dy: number, parcel?: string) => [...(parcel ? [parcel] : []), id, 1, x0 + dx, y0 + dy].join(',');
  const broken: [string, string, string, RegExp][] = [
    ['an empty table', ' \n\t\n', 'TABLE_EMPTY', /表格中没有界址点/],
    ['a header without a Y column', '点号\t圈号\tX\nJ1\t1\t3885000', 'TABLE_HEADER', /表头缺少“Y”列/],
    ['a row with three cells', `${row('J1', 0, 0)}\nJ2,1,${x0}`, 'TABLE_ROW', /第 2 行.*此行有 3 列/],
    ['text in a number cell', `${row('J1', 0, 0)}\nJ2,1,三八八,${y0}`, 'TXT_NUMBER', /点 J2（第 2 行）：X“三八八”不是数字/],
    ['a ring of two points', [row('J1', 0, 0), row('J2', 10, 0), row('J1', 0, 0)].join('\n'), 'TXT_RING_TOO_SHORT', /只有 2 个不同的点/],
    [
      'a 地块编号 that comes back after another',
      [row('J1', 0, 0, 'A'), row('J1', 100, 100, 'B'), row('J2', 10, 0, 'A')].join('\n'),
      'TXT_DUPLICATE_PARCEL',
      /地块编号“A”重复/,
    ],
    [
      'Y without prefix and no zone chosen',
      'J1,1,3885000,500000\nJ2,1,3885010,500000\nJ3,1,3885010,500010',
      'TABLE_ZONE_MISSING',
      /请选择投影带/,
    ],
    [
      'points outside the territory',
      'J1,1,4885000,38500000\nJ2,1,4885010,38500000\nJ3,1,4885010,38500010',
      'TXT_OUTSIDE_TERRITORY',
      /不在济源市范围内/,
    ],
    [
      'a bow-tie',
      [row('J1', 0, 0), row('J2', 10, 10), row('J3', 10, 0), row('J4', 0, 10), row('J1', 0, 0)].join('\n'),
      'TXT_SELF_INTERSECTION',
      /边界自相交/,
    ],
  ];
  for (const [what, text, code, zh] of broken) {
    it(`refuses ${what} with a Chinese message and no 地块`, () => {
      const r = readBoundaryTable(text);
      expect(r.parcels).toEqual([]);
      const f = r.findings.find((x) => x.code === code);
      expect(f, JSON.stringify(r.findings)).toBeDefined();
      expect(f!.level).toBe('fatal');
      expect(f!.messageZh).toMatch(zh);
      expect(f!.messageZh).toMatch(/^界址点表[：（]/);
      expect(f!.messageEn).toMatch(/^界址点表[: (]/);
      expect(f!.messageEn).not.toMatch(/[，。；]/);
    });
  }
});
