// Writing 部标 界址点 TXT: a file read and written back is the same file (apart from whitespace) and reads back to
// the same boundary; lon/lat boundaries (DXF, drawing) are numbered J1… clockwise from the north-west corner.
import { describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';
import type { BoundaryReadResult } from '../../../../engine/import/boundary/types.ts';
import { writeBoundaryTxt, type WriteBoundaryOptions } from '../../../../engine/import/boundary/writeBoundaryTxt.ts';
import { BOUNDARY_FIXTURES, boundaryFixtureBytes } from '../../../fixtures/import/boundary/boundaryFixtures.ts';

function optionsOf(r: BoundaryReadResult): WriteBoundaryOptions {
  return {
    crs: r.crs!,
    encoding: r.encoding,
    bom: r.bom,
    lineEnding: r.lineEnding,
    attributes: r.attributes,
    coordinateDecimals: r.coordinateDecimals,
    ...(r.extension ? { extension: r.extension } : {}),
  };
}

const squeeze = (bytes: Uint8Array): string =>
  Buffer.from(bytes)
    .toString('latin1')
    .replace(/[ \t\r\n]+/g, '\n')
    .trim();

describe('writeBoundaryTxt', () => {
  for (const fx of BOUNDARY_FIXTURES.filter((f) => f.parcels.length > 0)) {
    it(`reads back ${fx.file} to the same boundary`, () => {
      const first = readBoundaryTxt(boundaryFixtureBytes(fx.file), fx.file);
      const written = writeBoundaryTxt(first.parcels, optionsOf(first));
      expect(written.findings).toEqual([]);
      const again = readBoundaryTxt(written.bytes!, fx.file);
      // Corrections (swapped axes, closed rings) are written out, so the second read has nothing to report.
      expect(again.findings.filter((f) => f.code !== 'TXT_AREA_MISMATCH' && f.code !== 'TXT_ZONE_HEADER_MISMATCH')).toEqual([]);
      expect(again.parcels).toEqual(first.parcels);
      expect(again.crs).toEqual(first.crs);
    });
  }

  for (const file of ['gbk-crlf-two-parcels.txt', 'utf8-bom-lf-zone37.txt', 'six-degree-zone19.txt', 'wrong-zone-number.txt']) {
    it(`writes ${file} back byte for byte apart from whitespace`, () => {
      const original = boundaryFixtureBytes(file);
      const r = readBoundaryTxt(original, file);
      const written = writeBoundaryTxt(r.parcels, optionsOf(r)).bytes!;
      expect(squeeze(written)).toBe(squeeze(original));
      expect(Buffer.from(written).equals(Buffer.from(original))).toBe(true);
    });
  }

  it('writes the same text in GBK as in UTF-8, GBK decodable by the platform decoder', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('utf8-bom-lf-zone37.txt'), 'w.txt');
    const utf8 = writeBoundaryTxt(r.parcels, { ...optionsOf(r), encoding: 'utf-8', bom: false }).bytes!;
    const gbk = writeBoundaryTxt(r.parcels, { ...optionsOf(r), encoding: 'gbk', bom: false }).bytes!;
    expect(gbk.length).toBeLessThan(utf8.length);
    expect(new TextDecoder('gbk', { fatal: true }).decode(gbk)).toBe(new TextDecoder('utf-8').decode(utf8));
  });

  it('refuses a name GBK cannot hold, naming the character and the line, and writes nothing', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('gbk-crlf-two-parcels.txt'), 'a.txt');
    const parcels = r.parcels.map((p, i) => (i === 1 ? { ...p, name: '𠀀地块' } : p));
    const out = writeBoundaryTxt(parcels, { ...optionsOf(r), fileName: 'out.txt' });
    expect(out.bytes).toBeNull();
    expect(out.findings.map((f) => f.messageZh)).toEqual(['out.txt（第 24 行）：字符“𠀀”无法用 GBK 编码：请改用 UTF-8 输出']);
    expect(writeBoundaryTxt(parcels, { ...optionsOf(r), encoding: 'utf-8' }).bytes).not.toBeNull();
  });

  it('numbers a lon/lat boundary J1… clockwise from the north-west corner, holes counter-clockwise after it', () => {
    // Outer ring given counter-clockwise from the south-east corner, as a DXF might hold it.
    const outer: [number, number][] = [
      [112.606, 35.097],
      [112.606, 35.101],
      [112.601, 35.1012],
      [112.6, 35.0968],
      [112.606, 35.097],
    ];
    const hole: [number, number][] = [
      [112.602, 35.098],
      [112.603, 35.098],
      [112.603, 35.099],
      [112.602, 35.099],
      [112.602, 35.098],
    ];
    const out = writeBoundaryTxt([{ id: 'D1', name: '绘制', geometry: { type: 'Polygon', coordinates: [outer, hole] } }], {
      crs: { zone: 38, zoneWidthDeg: 3, prefixed: true },
      encoding: 'utf-8',
    });
    const text = new TextDecoder().decode(out.bytes!);
    expect(text).toContain('带号=38\r\n');
    const r = readBoundaryTxt(out.bytes!, 'd.txt');
    expect(r.findings).toEqual([]);
    const [shell, inner] = r.parcels[0]!.rings;
    expect(shell!.points.map((p) => p.pointId)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    expect(inner!.points.map((p) => p.pointId)).toEqual(['J5', 'J6', 'J7', 'J8', 'J5']);
    // J1 is the north-west vertex (112.601, 35.1012); clockwise on the map, J2 is (112.606, 35.101). The lon/lat
    // geometry runs counter-clockwise, so J2 is its next-to-last vertex. Within 5 mm (X/Y are written to mm).
    const g = r.parcels[0]!.geometry.coordinates[0]!;
    for (const [got, want] of [
      [g[0]!, outer[2]!],
      [g[g.length - 2]!, outer[1]!],
    ] as const) {
      expect(got[0]).toBeCloseTo(want[0], 7);
      expect(got[1]).toBeCloseTo(want[1], 7);
    }
    // The hole starts at its north-west corner and runs counter-clockwise: south next.
    expect(inner!.points[0]!.xM).toBeGreaterThan(inner!.points[1]!.xM);
    // (Along a meridian, give or take the grid convergence of about 0.8° this far from the central meridian.)
    const [h0, h1] = [inner!.points[0]!, inner!.points[1]!];
    expect(Math.abs(h1.yM - h0.yM)).toBeLessThan((h0.xM - h1.xM) / 20);
    // No stated area given: the plane area, in 公顷 with 4 decimals.
    expect(text).toMatch(new RegExp(`^10,${(r.parcels[0]!.planeAreaM2 / 10000).toFixed(4)},D1,绘制,面,,,,@\\r$`, 'm'));
  });

  it('writes each part of a MultiPolygon as its own 地块', () => {
    const sq = (lon: number): [number, number][] => [
      [lon, 35.1],
      [lon + 0.001, 35.1],
      [lon + 0.001, 35.101],
      [lon, 35.101],
      [lon, 35.1],
    ];
    const out = writeBoundaryTxt([{ id: 'M', geometry: { type: 'MultiPolygon', coordinates: [[sq(112.6)], [sq(112.61)]] } }], {
      crs: { zone: 38, zoneWidthDeg: 3, prefixed: false },
    });
    const r = readBoundaryTxt(out.bytes!, 'm.txt');
    expect(r.findings).toEqual([]);
    expect(r.encoding).toBe('gbk');
    expect(r.crs).toMatchObject({ zone: 38, prefixed: false });
    expect(r.parcels.map((p) => p.id)).toEqual(['M-1', 'M-2']);
  });
});
