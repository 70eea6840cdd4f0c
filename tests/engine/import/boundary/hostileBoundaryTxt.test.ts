// readBoundaryTxt on files an attacker or a hurried user hands over: another format named .txt (GeoJSON, a project
// document, a DXF) is named as what it is, and two [属性描述] blocks that disagree on a key (two files pasted
// together: 带号=38, then 带号=37) are refused instead of silently using the first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundaryTxt } from '../../../../engine/import/boundary/readBoundaryTxt.ts';

const root = join(import.meta.dirname, '..', '..', '..', '..');
const SITE = readFileSync(join(root, 'tests', 'fixtures', 'review', 'farmland-site.txt'), 'utf8');
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readBoundaryTxt on mislabelled and pasted-together files', () => {
  it('names a GeoJSON given as a TXT and asks for a .geojson name', () => {
    const r = readBoundaryTxt(bytes('{\n  "type": "FeatureCollection",\n  "features": []\n}\n'), '红线.txt');
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.level, f.messageZh, f.messageEn])).toEqual([
      [
        'TXT_OTHER_FORMAT',
        'fatal',
        '红线.txt：内容是 GeoJSON，不是部标界址点坐标 TXT：请将扩展名改为 .geojson 后按 GeoJSON 导入',
        '红线.txt: the content is GeoJSON, not a 部标 界址点 TXT: rename it to .geojson and import it as GeoJSON',
      ],
    ]);
  });

  it('names other JSON (a project document) given as a TXT', () => {
    const r = readBoundaryTxt(bytes('\uFEFF{"project":{"id":"x"}}'), 'p.txt');
    expect(r.findings.map((f) => f.messageZh)).toEqual(['p.txt：内容是 JSON，不是部标界址点坐标 TXT：项目文档或规划文件请用 .json 扩展名']);
  });

  it('names a DXF (written by ogr2ogr) given as a TXT and asks for a .dxf name', () => {
    const dxf = readFileSync(join(root, 'tests', 'fixtures', 'import', 'dxf', 'boundary_ogr2ogr.dxf'));
    const r = readBoundaryTxt(dxf, 'site.txt');
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => f.messageZh)).toEqual(['site.txt：内容是 DXF，不是部标界址点坐标 TXT：请将扩展名改为 .dxf 后按 DXF 导入']);
    const commented = readBoundaryTxt(
      bytes('999\r\ndxfrw 0.6.3\r\n  0\r\nSECTION\r\n  2\r\nHEADER\r\n  0\r\nENDSEC\r\n  0\r\nEOF\r\n'),
      'c.txt',
    );
    expect(commented.findings.map((f) => f.code)).toEqual(['TXT_OTHER_FORMAT']);
  });

  it('refuses a second [属性描述] whose 带号 differs, naming both lines and values', () => {
    const [head, parcels] = SITE.split('[地块坐标]\r\n') as [string, string];
    const second = parcels.replace('JY-2026-01', 'JY-2026-02').replaceAll('38371', '37371');
    const r = readBoundaryTxt(bytes(`${head}[地块坐标]\r\n${parcels}[属性描述]\r\n带号=37\r\n[地块坐标]\r\n${second}`), 'two.txt');
    expect(r.parcels).toEqual([]);
    expect(r.findings.map((f) => [f.code, f.messageZh])).toEqual([
      [
        'TXT_ATTRIBUTE_CONFLICT',
        'two.txt（第 20 行）：[属性描述] 中“带号”出现两次且取值不同（第 9 行为“38”，此行为“37”）：无法确定以哪个为准',
      ],
    ]);
  });

  it('still reads a repeated key with the same value', () => {
    const r = readBoundaryTxt(bytes(SITE.replace('带号=38\r\n', '带号=38\r\n带号=38\r\n')), 'same.txt');
    expect(r.findings.filter((f) => f.level === 'fatal')).toEqual([]);
    expect(r.parcels).toHaveLength(1);
  });

  it('refuses a 地块名称, 地块编号 or 点号 longer than the project document allows, quoting only its start', () => {
    const name = readBoundaryTxt(bytes(SITE.replace('农田上的工业项目', 'A'.repeat(5_000_000))), 'n.txt');
    expect(name.parcels).toEqual([]);
    expect(name.findings.map((f) => f.messageZh)).toEqual([
      `n.txt：地块 1（编号 JY-2026-01）（第 13 行）：地块名称“${'A'.repeat(20)}…”有 5000000 个字符，最多 200 个`,
    ]);
    const id = readBoundaryTxt(bytes(SITE.replace('JY-2026-01', 'K'.repeat(101))), 'i.txt');
    expect(id.findings.map((f) => f.messageEn)).toEqual([
      `i.txt: 地块 1 (编号 ${'K'.repeat(20)}…) (line 13): 地块编号 "${'K'.repeat(20)}…" has 101 characters; at most 100 are allowed`,
    ]);
    const point = readBoundaryTxt(bytes(SITE.replace('J2,1,', `J${'2'.repeat(50)},1,`)), 'p.txt');
    expect(point.findings.map((f) => [f.code, f.line])).toEqual([['TXT_FIELD_TOO_LONG', 15]]);
    // At the limits the file is read.
    const fits = readBoundaryTxt(
      bytes(SITE.replace('农田上的工业项目', '名'.repeat(200)).replace('JY-2026-01', 'K'.repeat(100))),
      'ok.txt',
    );
    expect(fits.findings.filter((f) => f.level === 'fatal')).toEqual([]);
    expect(fits.parcels[0]!.name).toHaveLength(200);
  });

  it('recognises UTF-16 saved without a BOM (big- and little-endian), and not a file of zero bytes', () => {
    const be = new Uint8Array(SITE.length * 2);
    const le = new Uint8Array(SITE.length * 2);
    for (let i = 0; i < SITE.length; i++) {
      const c = SITE.charCodeAt(i);
      be[2 * i] = c >> 8;
      be[2 * i + 1] = c & 0xff;
      le[2 * i] = c & 0xff;
      le[2 * i + 1] = c >> 8;
    }
    for (const utf16 of [be, le]) {
      expect(readBoundaryTxt(utf16, 'u.txt').findings.map((f) => f.messageZh)).toEqual([
        'u.txt：文件是 UTF-16 编码，请另存为 GBK 或 UTF-8',
      ]);
    }
    expect(readBoundaryTxt(new Uint8Array(1000), 'z.txt').findings.map((f) => f.code)).not.toContain('TXT_UTF16');
  });

  it('says a 圈号 of 0, a negative 界址点数 or 带号 is not a positive whole number (rather than not a number)', () => {
    const ring = readBoundaryTxt(bytes(SITE.replace('J2,1,', 'J2,0,')), 'r.txt');
    expect(ring.findings.map((f) => f.messageZh)).toEqual(['r.txt：地块 1（编号 JY-2026-01） 点 J2（第 15 行）：圈号“0”不是正整数']);
    const count = readBoundaryTxt(bytes(SITE.replace('5,0.4800,', '-5,0.4800,')), 'c.txt');
    expect(count.findings.map((f) => f.messageEn)).toEqual([
      'c.txt: 地块 1 (编号 JY-2026-01) (line 13): 界址点数 "-5" is not a positive whole number',
    ]);
    const zone = readBoundaryTxt(bytes(SITE.replace('带号=38', '带号=-38')), 'z.txt');
    expect(zone.findings.map((f) => f.messageZh)).toContain('z.txt：带号“-38”不是正整数');
    // X stays a number question.
    expect(readBoundaryTxt(bytes(SITE.replace('J2,1,3875581.863', 'J2,1,3875581.8x3')), 'x.txt').findings[0]!.messageZh).toMatch(
      /X“3875581\.8x3”不是数字$/,
    );
  });
});
