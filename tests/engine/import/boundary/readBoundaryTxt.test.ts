// The 部标 界址点 TXT reader on files written the way surveying software writes them (GBK + CRLF, UTF-8 + BOM,
// several 地块, holes, X/Y swapped, a wrong 带号, a 6-degree zone, an unsupported datum): each file's report,
// and every point against PROJ's cs2cs within 1 cm (scripts/reference/boundary_txt_fixtures.py).
import { describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';
import type { Position } from '../../../../engine/model/types.ts';
import { BOUNDARY_FIXTURES, boundaryFixtureBytes, type ReferencePoint } from '../../../fixtures/import/boundary/boundaryFixtures.ts';

function deviationM(lon: number, lat: number, lon2: number, lat2: number): number {
  return Math.hypot((lon2 - lon) * 111_320 * Math.cos((lat * Math.PI) / 180), (lat2 - lat) * 110_574);
}

function maxDeviationM(ring: readonly Position[], refs: readonly ReferencePoint[]): number {
  // The geometry follows GeoJSON's winding, so a ring may run the other way round from the file.
  const direct = Math.max(...refs.map((r, i) => deviationM(r.lon, r.lat, ring[i]![0], ring[i]![1])));
  const reversed = Math.max(...refs.map((r, i) => deviationM(r.lon, r.lat, ring[ring.length - 1 - i]![0], ring[ring.length - 1 - i]![1])));
  return Math.min(direct, reversed);
}

const gbk = new TextDecoder('gbk');

describe('readBoundaryTxt', () => {
  for (const fx of BOUNDARY_FIXTURES) {
    it(`reads ${fx.file} with the expected report`, () => {
      const r = readBoundaryTxt(boundaryFixtureBytes(fx.file), fx.file);
      expect(r.findings.map((f) => f.code).sort()).toEqual([...fx.codes].sort());
      for (const f of r.findings) {
        expect(f.messageZh).toContain(fx.file);
        expect(f.messageZh).toMatch(/[\u4e00-\u9fff]/);
        expect(f.messageEn).toContain(fx.file);
      }
      expect(r.parcels.map((p) => p.id)).toEqual(fx.parcels.map((p) => p.id));
      if (fx.parcels.length === 0) return;
      expect(r.encoding).toBe(fx.encoding);
      expect(r.bom).toBe(fx.bom);
      expect(r.lineEnding).toBe(fx.lineEnding);
      expect(r.crs).toMatchObject(fx.crs!);
    });
  }

  for (const fx of BOUNDARY_FIXTURES.filter((f) => f.parcels.length > 0)) {
    it(`agrees with cs2cs within 1 cm and with the plane area in ${fx.file}`, () => {
      const r = readBoundaryTxt(boundaryFixtureBytes(fx.file), fx.file);
      fx.parcels.forEach((ref, k) => {
        const parcel = r.parcels[k]!;
        const rings = [...new Set(ref.points.map((p) => p.ring))];
        expect(parcel.rings.map((g) => g.ringNo)).toEqual(rings);
        expect(parcel.geometry.coordinates).toHaveLength(rings.length);
        rings.forEach((ringNo, i) => {
          const refs = ref.points.filter((p) => p.ring === ringNo);
          // 点号 and X/Y as in the file (swapped back where the file had them the other way round).
          expect(parcel.rings[i]!.points).toEqual(refs.map((p) => ({ pointId: p.pointId, xM: p.x, yM: p.y })));
          expect(maxDeviationM(parcel.geometry.coordinates[i]!, refs)).toBeLessThan(0.01);
        });
        expect(parcel.planeAreaM2).toBeCloseTo(ref.planeAreaM2, 4);
        // GRS80 area differs from the plane by the zone's scale (a few 1e-4 at 100–200 km from the meridian).
        expect(Math.abs(parcel.grs80AreaM2 / parcel.planeAreaM2 - 1)).toBeGreaterThan(1e-6);
        expect(Math.abs(parcel.grs80AreaM2 / parcel.planeAreaM2 - 1)).toBeLessThan(2e-3);
      });
    });
  }

  it('winds the outer ring counter-clockwise and holes clockwise in the lon/lat geometry', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'), 'a.txt');
    const signed = (ring: Position[]): number => ring.slice(1).reduce((s, p, i) => s + (ring[i]![0] * p[1] - p[0] * ring[i]![1]), 0);
    const [outer, hole] = r.parcels[0]!.geometry.coordinates;
    expect(signed(outer!)).toBeGreaterThan(0);
    expect(signed(hole!)).toBeLessThan(0);
  });

  it('subtracts the hole from the plane area and keeps the stated figures', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'), 'a.txt');
    const p = r.parcels[0]!;
    expect(p).toMatchObject({
      id: '1',
      name: '济源示范项目一期',
      shapeKind: '面',
      sheetNo: 'I49G012034',
      use: '工业用地',
      landClassCode: '1001',
      statedPointCount: 10,
    });
    expect(p.statedAreaHa).toBe(Number(p.statedAreaText));
    expect(Math.abs(p.planeAreaM2 / 10000 - p.statedAreaHa!)).toBeLessThanOrEqual(0.00005);
  });

  it('keeps the longer header of a province, [扩展信息] and the attributes in file order', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('utf8-bom-lf-zone37.txt'), 'w.txt');
    expect(r.extension).toEqual(['项目名称=济源西部片区', '报批批次=2026年第3批']);
    expect(r.parcels[0]!.extraFields).toEqual(['拟征收', '河南省']);
    expect(r.attributes.map((a) => a.key)).toEqual([
      '格式版本号',
      '数据产生单位',
      '数据产生日期',
      '坐标系',
      '几度分带',
      '投影类型',
      '计量单位',
      '带号',
      '精度',
      '转换参数',
    ]);
    expect(r.attributes.find((a) => a.key === '转换参数')!.value).toBe(',,,,,,');
  });

  const edited = (edit: (text: string) => string): Uint8Array => {
    const text = gbk.decode(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'));
    return new TextEncoder().encode(edit(text));
  };

  it('allows for the stated area being rounded to its decimals, and no more', () => {
    const stated = (area: string): string[] =>
      readBoundaryTxt(
        edited((t) => t.replace(/^5,6\.0716,/m, `5,${area},`)),
        'r.txt',
      )
        .findings.filter((f) => f.parcelIndex === 2)
        .map((f) => f.code);
    // Plane area of 地块 2 is 6.07163… ha.
    expect(stated('6.0716')).toEqual([]);
    expect(stated('6.07')).toEqual([]);
    expect(stated('6.1')).toEqual([]);
    expect(stated('6')).toEqual([]);
    expect(stated('6.0718')).toEqual(['TXT_AREA_MISMATCH']);
    expect(stated('6.08')).toEqual(['TXT_AREA_MISMATCH']);
  });

  it('reports the area mismatch with the stated, plane and GRS80 figures, in Chinese and English', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('unclosed-area-mismatch.txt'), 'u.txt');
    const f = r.findings.find((x) => x.code === 'TXT_AREA_MISMATCH')!;
    expect(f.level).toBe('quality');
    expect(f.messageZh).toMatch(
      /^u\.txt：地块 1（编号 1）（第 13 行）：地块面积写为 9\.9999 公顷，按坐标在第 38 带平面上计算为 6\.0715\d\d 公顷（椭球面积 6\.069\d+ 公顷）$/,
    );
    expect(f.messageEn).toMatch(
      /^u\.txt: 地块 1 \(编号 1\) \(line 13\): 地块面积 states 9\.9999 ha; the coordinates give 6\.0715\d\d ha on the plane of zone 38 \(6\.069\d+ ha on the GRS80 ellipsoid\)$/,
    );
    expect(r.parcels[0]!.rings[0]!.points.at(-1)).toEqual(r.parcels[0]!.rings[0]!.points[0]);
  });

  it('accepts 界址点数 counted with or without the closing repeats', () => {
    const r = readBoundaryTxt(
      edited((t) => t.replace(/^5,6\.0716,/m, '4,6.0716,').replace(/^10,/m, '8,')),
      'c.txt',
    );
    expect(r.findings).toEqual([]);
    expect(r.parcels.map((p) => p.statedPointCount)).toEqual([8, 4]);
  });

  it('reads point lines ending in a comma, and refuses a fifth field with text', () => {
    const comma = readBoundaryTxt(
      edited((t) => t.replace(/^(J\d+,.*)\r$/gm, '$1,\r')),
      'c.txt',
    );
    expect(comma.findings).toEqual([]);
    expect(comma.parcels).toEqual(
      readBoundaryTxt(
        edited((t) => t),
        'c.txt',
      ).parcels,
    );
    const extra = readBoundaryTxt(
      edited((t) => t.replace(/^(J2,.*)\r$/m, '$1,x\r')),
      'e.txt',
    );
    expect(extra.parcels).toEqual([]);
    expect(extra.findings.map((f) => [f.code, f.pointId, f.line])).toEqual([['TXT_POINT_LINE', 'J2', 15]]);
  });

  it('reads CR-only, LF and CRLF line ends alike', () => {
    const crlf = readBoundaryTxt(
      edited((t) => t),
      'a.txt',
    );
    const lf = readBoundaryTxt(
      edited((t) => t.replace(/\r\n/g, '\n')),
      'a.txt',
    );
    expect(lf.lineEnding).toBe('\n');
    expect(lf.parcels).toEqual(crlf.parcels);
  });

  it('uses the 带号 when Y has no zone prefix, and refuses a mixed prefix', () => {
    const noPrefix = readBoundaryTxt(
      edited((t) => t.replace(/,38(\d{6}\.\d{3})/g, ',$1')),
      'n.txt',
    );
    expect(noPrefix.findings).toEqual([]);
    expect(noPrefix.crs).toMatchObject({ zone: 38, prefixed: false, epsg: 4547 });
    const withPrefix = readBoundaryTxt(
      edited((t) => t),
      'p.txt',
    );
    expect(noPrefix.parcels.map((p) => p.geometry)).toEqual(withPrefix.parcels.map((p) => p.geometry));
    const mixed = readBoundaryTxt(
      edited((t) => t.replace(/,38(372712\.958)/, ',$1')),
      'm.txt',
    );
    expect(mixed.parcels).toEqual([]);
    expect(mixed.findings.map((f) => [f.code, f.pointId, f.line])).toEqual([['TXT_ZONE_MIXED', 'J2', 15]]);
  });

  it('swaps X and Y back in a file without the zone prefix too', () => {
    const plain = readBoundaryTxt(
      edited((t) => t.replace(/,38(\d{6}\.\d{3})/g, ',$1')),
      'n.txt',
    );
    const swapped = readBoundaryTxt(
      edited((t) => t.replace(/^(J\d+,\d),(\d+\.\d+),38(\d{6}\.\d{3})\r$/gm, '$1,$3,$2\r')),
      's.txt',
    );
    expect(swapped.findings.map((f) => f.code)).toEqual(['TXT_XY_SWAPPED']);
    expect(swapped.parcels.map((p) => p.geometry)).toEqual(plain.parcels.map((p) => p.geometry));
  });

  it('reads in the 带号 zone when a wrong prefix would put the points outside the territory', () => {
    const r = readBoundaryTxt(
      edited((t) => t.replace(/,38(\d{6}\.\d{3})/g, ',37$1')),
      'p.txt',
    );
    expect(r.findings.map((f) => f.code)).toEqual(['TXT_ZONE_HEADER_MISMATCH']);
    expect(r.findings[0]!.messageZh).toBe('p.txt：[属性描述] 带号=38，但 Y 坐标带号为 37；按第 38 带读取（坐标落在济源市内）');
    expect(r.parcels.map((p) => p.geometry)).toEqual(
      readBoundaryTxt(
        edited((t) => t),
        'a.txt',
      ).parcels.map((p) => p.geometry),
    );
  });

  it('checks the points against the territory it is given', () => {
    const elsewhere = { nameZh: '郑州市', bbox: [112.7, 34.2, 114.2, 34.9] as [number, number, number, number] };
    const r = readBoundaryTxt(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'), 'a.txt', { territory: elsewhere });
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.pointId, f.line])).toEqual([['TXT_OUTSIDE_TERRITORY', 'J1', 14]]);
    expect(r.findings[0]!.messageZh).toContain('不在郑州市范围内');
  });

  it('names the file, the 地块 and the 点号 with its line in a point finding', () => {
    const r = readBoundaryTxt(
      edited((t) => t.replace('J7,2,3886403.699', 'J7,2,388640x.699')),
      'd.txt',
    );
    expect(r.parcels).toEqual([]);
    expect(r.findings[0]!.messageZh).toBe('d.txt：地块 1（编号 1） 点 J7（第 21 行）：X“388640x.699”不是数字');
    expect(r.findings[0]!.messageEn).toBe('d.txt: 地块 1 (编号 1), point J7 (line 21): X "388640x.699" is not a number');
  });

  it('reads 100,000 points in one ring, and refuses them when the ring crosses itself', () => {
    const big = (cross: boolean): Uint8Array => {
      const n = 100_000;
      const lines = ['[属性描述]', '坐标系=2000国家大地坐标系', '几度分带=3', '带号=38', '[地块坐标]', `${n + 1},,1,大,面,,,,@`];
      const pts: string[] = [];
      for (let i = 0; i < n; i++) {
        const a = (-2 * Math.PI * i) / n;
        pts.push(`J${i + 1},1,${(3886000 + 2000 * Math.cos(a)).toFixed(3)},${(38373000 + 2000 * Math.sin(a)).toFixed(3)}`);
      }
      if (cross) [pts[10], pts[50_000]] = [pts[50_000]!.replace('J50001', 'J11'), pts[10]!.replace('J11', 'J50001')];
      lines.push(...pts, pts[0]!);
      return new TextEncoder().encode(lines.join('\r\n'));
    };
    let t0 = performance.now();
    const ok = readBoundaryTxt(big(false), 'big.txt');
    console.log(`readBoundaryTxt: 100,000 points in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(ok.findings).toEqual([]);
    expect(ok.parcels[0]!.planeAreaM2).toBeCloseTo(Math.PI * 4e6, -1);
    t0 = performance.now();
    const bad = readBoundaryTxt(big(true), 'big.txt');
    console.log(`readBoundaryTxt: 100,000 points crossing themselves refused in ${(performance.now() - t0).toFixed(0)} ms`);
    expect(bad.parcels).toEqual([]);
    expect(bad.findings.map((f) => f.code)).toEqual(['TXT_SELF_INTERSECTION']);
  }, 60_000);
});
