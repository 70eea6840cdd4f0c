import { describe, expect, it } from 'vitest';
import { resolveSourceCrs } from '../../../../engine/import/crs/resolveSourceCrs.ts';
import { JIYUAN_TERRITORY } from '../../../../engine/import/crs/territory.ts';

// Jiyuan city centre (112.59°E 35.09°N) in zone 38 with prefix (EPSG:4526) and without (EPSG:4547).
const Z38 = { x: 38_371_420.34, y: 3_885_487.24 };
const CM114 = { x: 371_420.34, y: 3_885_487.24 };
const box = (p: { x: number; y: number }, d = 100): [number, number, number, number] => [p.x - d, p.y - d, p.x + d, p.y + d];

describe('resolveSourceCrs', () => {
  it('detects the zone from a false easting ≥ 10,000,000 when nothing is declared', () => {
    const r = resolveSourceCrs({ file: 'a.shp', declared: null, bbox: box(Z38), territory: JIYUAN_TERRITORY });
    expect(r.ok && r.crs.epsg).toBe(4526);
    expect(r.issues.map((i) => i.code)).toEqual(['crs-missing-inferred']);
  });

  it('infers a bare Gauss-Krüger easting from the territory', () => {
    const r = resolveSourceCrs({ file: 'a.shp', declared: null, bbox: box(CM114), territory: JIYUAN_TERRITORY });
    expect(r.ok && r.crs.epsg).toBe(4547);
  });

  it('refuses clearly when the CRS is undeclared and cannot be inferred', () => {
    const r = resolveSourceCrs({ file: 'a.shp', declared: null, bbox: box(CM114) });
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.messageZh).toContain('a.shp 未声明坐标系，且无法从坐标范围');
    expect(r.issues[0]!.messageZh).toContain('--crs');
  });

  it('names the dialog’s CRS field, not the CLI flag, when the editor asks', () => {
    const none = resolveSourceCrs({ file: 'a.shp', declared: null, bbox: box(CM114), audience: 'editor' });
    const off = resolveSourceCrs({
      file: 'a.shp',
      declared: { epsg: 4546, raw: 'EPSG:4546', from: 'prj' },
      bbox: box(CM114),
      territory: JIYUAN_TERRITORY,
      audience: 'editor',
    });
    for (const issue of [...none.issues, ...off.issues]) {
      expect(issue.messageZh).not.toContain('--');
      expect(issue.messageEn).not.toContain('--');
    }
    expect(none.issues[0]!.messageZh).toContain('在“坐标系”中填写，例如 EPSG:4526');
    expect(off.issues[0]!.messageZh).toContain('在“坐标系”中填写 EPSG:4547 重新读取');
    expect(off.issues[0]!.messageEn).toContain('enter EPSG:4547 under “CRS”');
  });

  it('refuses a declared CRS it does not know', () => {
    const r = resolveSourceCrs({
      file: 'a.shp',
      declared: { raw: 'PROJCS["Xian_1980_3_Degree_GK_CM_114E"]', from: 'prj' },
      bbox: box(CM114),
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'crs-unknown', severity: 'fatal' });
    expect(r.issues[0]!.messageZh).toContain('无法识别 a.shp 声明的坐标系');
  });

  it('flags zone-38 data labelled zone 37 and converts it as zone 38', () => {
    const r = resolveSourceCrs({
      file: 'a.shp',
      declared: { epsg: 4525, raw: 'EPSG:4525', from: 'prj' },
      bbox: box(Z38),
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok && r.crs.epsg).toBe(4526);
    expect(r.issues[0]).toMatchObject({ code: 'crs-zone-mislabelled', severity: 'quality' });
    expect(r.issues[0]!.messageZh).toContain('标注为第37带（EPSG:4525），但坐标的带号是38');
  });

  it('flags CM 114°E data labelled CM 111°E and names the label that fits', () => {
    const r = resolveSourceCrs({
      file: 'a.shp',
      declared: { epsg: 4546, raw: 'EPSG:4546', from: 'prj' },
      bbox: box(CM114),
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok).toBe(true);
    expect(r.issues[0]).toMatchObject({ code: 'crs-zone-mislabelled', severity: 'quality' });
    expect(r.issues[0]!.messageZh).toContain('--crs EPSG:4547');
  });

  it('flags and corrects swapped latitude/longitude', () => {
    const r = resolveSourceCrs({
      file: 'a.geojson',
      declared: null,
      formatDefaultEpsg: 4326,
      bbox: [35.0, 112.5, 35.1, 112.6],
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok && r.swapAxes).toBe(true);
    expect(r.issues.map((i) => i.code)).toContain('crs-axes-swapped');
  });

  it('flags swapped northing/easting in Gauss-Krüger data', () => {
    const r = resolveSourceCrs({
      file: 'a.shp',
      declared: { epsg: 4526, raw: 'EPSG:4526', from: 'prj' },
      bbox: [Z38.y - 10, Z38.x - 10, Z38.y + 10, Z38.x + 10],
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok && r.swapAxes).toBe(true);
    expect(r.ok && r.crs.epsg).toBe(4526);
  });

  it('warns when the data lie outside the territory', () => {
    const r = resolveSourceCrs({
      file: 'a.geojson',
      declared: null,
      formatDefaultEpsg: 4326,
      bbox: [116.3, 39.9, 116.4, 40.0],
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([expect.objectContaining({ code: 'crs-outside-territory', severity: 'warning' })]);
    expect(r.issues[0]!.messageZh).toContain('位于济源市范围之外');
    // The English message names the territory in English: no Chinese in an English message.
    expect(r.issues[0]!.messageEn).toContain('lies outside Jiyuan;');
    expect(r.issues[0]!.messageEn).not.toMatch(/[\u3400-\u9fff]/);
  });

  it('lets the user override the declaration', () => {
    const r = resolveSourceCrs({
      file: 'a.shp',
      declared: { epsg: 4546, raw: 'EPSG:4546', from: 'prj' },
      userCrs: 'EPSG:4547',
      bbox: box(CM114),
      territory: JIYUAN_TERRITORY,
    });
    expect(r.ok && r.crs.epsg).toBe(4547);
    expect(r.issues).toEqual([]);
  });
});
