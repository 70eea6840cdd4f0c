// Broken 界址点 TXT files (tests/fixtures/import/boundary/bad, written by scripts/reference/boundary_txt_fixtures.py):
// each gives a fatal finding with a Chinese and an English message naming the file, and no parcels at all.
import { describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';
import { BAD_BOUNDARY_CODES, boundaryFixtureBytes } from '../../../fixtures/import/boundary/boundaryFixtures.ts';

describe('readBoundaryTxt on broken files', () => {
  it('has at least 15 broken files', () => {
    expect(Object.keys(BAD_BOUNDARY_CODES).length).toBeGreaterThanOrEqual(15);
  });

  for (const [file, code] of Object.entries(BAD_BOUNDARY_CODES)) {
    it(`refuses ${file} with ${code} and reads no 地块`, () => {
      const r = readBoundaryTxt(boundaryFixtureBytes(`bad/${file}`), file);
      expect(r.parcels).toEqual([]);
      const fatal = r.findings.filter((f) => f.level === 'fatal');
      expect(fatal.map((f) => f.code)).toContain(code);
      for (const f of fatal) {
        expect(f.messageZh.startsWith(file)).toBe(true);
        expect(f.messageZh).toMatch(/[\u4e00-\u9fff]{2}/);
        expect(f.messageEn.startsWith(file)).toBe(true);
      }
    });
  }

  it('names the 点号 and line of a truncated last point', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('bad/truncated.txt'), 'truncated.txt');
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'TXT_POINT_LINE', pointId: 'J1', line: 18, parcelIndex: 1, parcelId: '2' });
  });

  it('reports a missing [地块坐标] line once', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('bad/missing-section.txt'), 'm.txt');
    expect(r.findings.map((f) => f.messageZh)).toEqual(['m.txt：缺少 [地块坐标] 节']);
  });

  it('tells a file in another encoding from a file without sections', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('bad/wrong-encoding-big5.txt'), 'b5.txt');
    expect(r.findings.map((f) => f.messageEn)).toEqual([
      'b5.txt: cannot be read as UTF-8 or GBK (decoded as GBK it has no [属性描述] or [地块坐标]); save it as a GBK or UTF-8 部标 界址点 TXT',
    ]);
  });

  it('refuses a DWG given as a TXT and asks for a DXF', () => {
    const dwg = new Uint8Array(64);
    dwg.set(new TextEncoder().encode('AC1032'), 0);
    dwg[8] = 0xff;
    const r = readBoundaryTxt(dwg, '红线.txt');
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => f.messageZh)).toEqual([
      '红线.txt：是 DWG 文件（AC1032），不是界址点坐标 TXT：请在 CAD 中“另存为” DXF（ASCII）后按 DXF 导入',
    ]);
    expect(r.findings[0]!.level).toBe('fatal');
  });

  it('says which 坐标系 is not supported', () => {
    const r = readBoundaryTxt(boundaryFixtureBytes('bad/beijing54.txt'), 'bj.txt');
    expect(r.findings.map((f) => f.messageZh)).toEqual([
      'bj.txt：坐标系“1954北京坐标系”不受支持：请先转换到 2000国家大地坐标系（CGCS2000）',
    ]);
  });

  it('refuses 100,000 points whose ring folds back along a straight edge (two points swapped), without hanging', () => {
    const n = 100_000;
    const lines = ['[属性描述]', '坐标系=2000国家大地坐标系', '几度分带=3', '带号=37', '[地块坐标]', `${n + 1},,1,大地块,面,,,,@`];
    const pts: string[] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      pts.push(`J${i + 1},1,${(3886460.3 + 500 * Math.sin(a)).toFixed(3)},${(37618533.5 + 500 * Math.cos(a)).toFixed(3)}`);
    }
    // Two neighbouring points swapped where the circle runs straight north–south at the millimetre: the ring folds
    // back on itself along one line, which the check in lon/lat (where the points are no longer collinear) missed.
    [pts[50_000], pts[50_001]] = [pts[50_001]!, pts[50_000]!];
    lines.push(...pts, pts[0]!);
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const t0 = performance.now();
    const r = readBoundaryTxt(bytes, 'big.txt');
    console.log(
      `readBoundaryTxt: refused ${n} points (${(bytes.length / 1e6).toFixed(1)} MB) in ${(performance.now() - t0).toFixed(0)} ms`,
    );
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => f.code)).toEqual(['TXT_SELF_INTERSECTION']);
    expect(r.findings[0]!.messageZh).toMatch(/^big\.txt：地块 1（编号 1）（第 6 行）：边界自相交/);
  });

  it('keeps the report short on a file of 100,000 bad lines', () => {
    const lines = ['[属性描述]', '坐标系=2000国家大地坐标系', '带号=38', '[地块坐标]', '100000,,1,a,面,,,,@'];
    for (let i = 0; i < 100_000; i++) lines.push(`J${i},1,x,y`);
    const r = readBoundaryTxt(new TextEncoder().encode(lines.join('\n')), 'many.txt');
    expect(r.parcels).toEqual([]);
    expect(r.findings.length).toBeLessThanOrEqual(50);
    expect(r.findings[0]!.code).toBe('TXT_NUMBER');
  });
});
