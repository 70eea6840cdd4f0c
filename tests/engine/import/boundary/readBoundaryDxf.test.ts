// readBoundaryDxf on files written by ezdxf and ogr2ogr (scripts/reference/dxf_boundary_fixtures.py: R12, R2000 GBK,
// R2010 UTF-8 in mm) against areas from shapely/pyproj, and on broken files: each a zh/en message, no parcels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundaryDxf, type BoundaryDxfRead } from '../../../../engine/import/boundary/readBoundaryDxf.ts';
import { JIYUAN_TERRITORY } from '../../../../engine/import/crs/territory.ts';

const dir = join(__dirname, '../../../fixtures/import/dxf');
const fixture = (name: string) => new Uint8Array(readFileSync(join(dir, name)));
interface Expected {
  file: string;
  version: string;
  epsg: number;
  layer: string;
  unitScaleM: number;
  insunits: number | null;
  parcels: { planeAreaM2: number; grs80AreaM2: number; holes: number }[];
}
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { cases: Expected[] };
const territory = JIYUAN_TERRITORY;
const utf8 = (s: string) => new TextEncoder().encode(s);
const within = (actual: number, want: number) => expect(Math.abs(actual - want)).toBeLessThanOrEqual(Math.max(1, want * 1e-4));

/** A minimal R12-style DXF: header variables, then entities given as [code, value] pairs. */
function dxf(header: [string, number, string][], entities: (string | number)[][]): string {
  const lines: (string | number)[] = [0, 'SECTION', 2, 'HEADER'];
  for (const [name, code, value] of header) lines.push(9, name, code, value);
  lines.push(0, 'ENDSEC', 0, 'SECTION', 2, 'ENTITIES');
  for (const e of entities) for (const v of e) lines.push(v);
  lines.push(0, 'ENDSEC', 0, 'EOF');
  return `${lines.join('\r\n')}\r\n`;
}
const E0 = 38_500_000;
const N0 = 3_885_000;
function lw(handle: string, layer: string, pts: [number, number, number?][], closed = true): (string | number)[] {
  const out: (string | number)[] = [0, 'LWPOLYLINE', 5, handle, 8, layer, 90, pts.length, 70, closed ? 1 : 0];
  for (const [x, y, b] of pts) {
    out.push(10, (E0 + x).toFixed(4), 20, (N0 + y).toFixed(4));
    if (b) out.push(42, b);
  }
  return out;
}
const square = (s: number): [number, number][] => [
  [0, 0],
  [s, 0],
  [s, s],
  [0, s],
];
const metres: [string, number, string][] = [
  ['$ACADVER', 1, 'AC1015'],
  ['$INSUNITS', 70, '6'],
];

function refused(r: BoundaryDxfRead, code: string, file: string): void {
  expect(r.ok).toBe(false);
  expect('parcels' in r).toBe(false);
  const issue = r.issues.find((i) => i.code === code);
  expect(issue, JSON.stringify(r.issues)).toBeDefined();
  expect(issue!.severity).toBe('fatal');
  expect(issue!.messageZh).toContain(file);
  expect(issue!.messageZh).toMatch(/[\u4e00-\u9fff]/);
  expect(issue!.messageEn).toContain(file);
  // The English message is in English: no Chinese punctuation (file and layer names may be Chinese).
  expect(issue!.messageEn).not.toMatch(/[。，：；（）、]/);
}

describe('readBoundaryDxf on ezdxf and ogr2ogr files', () => {
  for (const c of expected.cases) {
    it(`reads the closed polylines of ${c.file} with their holes and areas`, () => {
      const r = readBoundaryDxf(fixture(c.file), c.file, { layer: c.layer, territory });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.crs.epsg).toBe(c.epsg);
      expect(r.unitScaleM).toBe(c.unitScaleM);
      const got = [...r.parcels].sort((a, b) => b.planeAreaM2 - a.planeAreaM2);
      expect(got.map((p) => p.geometry.coordinates.length - 1)).toEqual(c.parcels.map((p) => p.holes));
      got.forEach((p, i) => {
        within(p.planeAreaM2, c.parcels[i]!.planeAreaM2);
        within(p.areaM2, c.parcels[i]!.grs80AreaM2);
      });
      // Lon/lat inside 济源, rings closed, shell counter-clockwise.
      for (const p of r.parcels) {
        for (const ring of p.geometry.coordinates) expect(ring[0]).toEqual(ring[ring.length - 1]);
        const [lon, lat] = p.geometry.coordinates[0]![0]!;
        expect(lon).toBeGreaterThan(112);
        expect(lat).toBeGreaterThan(34.8);
      }
      expect(r.issues.some((i) => i.code === 'dxf-units-unknown')).toBe(c.insunits === null);
      if (c.version === 'GDAL') {
        // ogr2ogr: two open LWPOLYLINEs drawn back to their start on 红线, $INSUNITS=1 (inches) on metres.
        expect(r.layers.find((l) => l.name === '红线')).toEqual({ name: '红线', entityCounts: { LWPOLYLINE: 2 }, closedPolylines: 2 });
        expect(r.issues.find((i) => i.code === 'dxf-units-contradicted')!.messageEn).toContain('read as metres');
        return;
      }
      expect(r.layers.map((l) => l.name)).toEqual(['0', 'Defpoints', '注记', '红线', '道路']);
      const red = r.layers.find((l) => l.name === '红线')!;
      expect(red.closedPolylines).toBe(4);
      expect(Object.values(red.entityCounts)).toEqual([5]);
      expect(r.layers.find((l) => l.name === '道路')!.entityCounts.LINE).toBe(2);
      expect(r.notBoundaries).toHaveLength(1);
      expect(r.issues.find((i) => i.code === 'dxf-not-boundary')!.messageZh).toContain('未闭合的多段线不作为边界');
      expect(r.issues.some((i) => i.code === 'crs-missing-inferred')).toBe(true);
    });
  }

  it('reads the GBK layer names of an ANSI_936 R2000 file and the \\U+ escapes of an R12 file', () => {
    for (const f of ['boundary_r2000_m.dxf', 'boundary_r12.dxf']) {
      const r = readBoundaryDxf(fixture(f), f, { territory });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.layer).toBe('红线');
    }
  });

  it('lists open polylines and lines on the layer in one warning per kind, not as boundaries', () => {
    const line = (h: string) => [0, 'LINE', 5, h, 8, 'JX', 10, E0, 20, N0, 11, E0 + 5, 21, N0];
    const r = readBoundaryDxf(
      utf8(
        dxf(metres, [
          lw('1', 'JX', square(100)),
          line('L1'),
          line('L2'),
          line('L3'),
          lw(
            'O1',
            'JX',
            [
              [0, 0],
              [5, 5],
            ],
            false,
          ),
          line('R1').map((v) => (v === 'JX' ? 'ROAD' : v)),
        ]),
      ),
      'mixed.dxf',
      { territory },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.parcels).toHaveLength(1);
    expect(r.notBoundaries.map((o) => o.handle)).toEqual(['L1', 'L2', 'L3', 'O1']);
    const warnings = r.issues.filter((i) => i.code === 'dxf-not-boundary').map((i) => i.messageZh);
    expect(warnings).toEqual([
      'mixed.dxf 图层“JX”上有 1 个未闭合的多段线（句柄 O1）：未闭合的多段线不作为边界，已忽略。',
      'mixed.dxf 图层“JX”上有 3 个 LINE 直线（句柄 L1, L2, L3）：LINE 直线不作为边界，已忽略。',
    ]);
  });

  it('reads GBK text under a wrong ANSI_1252 code page', () => {
    const bytes = Buffer.from(fixture('boundary_r2000_m.dxf'));
    const at = bytes.indexOf('ANSI_936');
    const relabelled = new Uint8Array(Buffer.concat([bytes.subarray(0, at), Buffer.from('ANSI_1252'), bytes.subarray(at + 8)]));
    const r = readBoundaryDxf(relabelled, 'cp.dxf', { layer: '红线', territory });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.layers.map((l) => l.name)).toContain('道路');
  });

  it('takes the CRS the user gives over the inference', () => {
    const r = readBoundaryDxf(fixture('boundary_r2000_m.dxf'), 'a.dxf', { layer: '红线', crs: 'EPSG:4525', territory });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.crsProvenance).toContain('用户指定');
    expect(r.issues.some((i) => i.code === 'crs-missing-inferred')).toBe(false);
  });

  it('reads a ring of 100,000 vertices with the area of the regular polygon', () => {
    const n = 100_000;
    const radius = 500;
    const pts: [number, number][] = [];
    for (let i = 0; i < n; i++)
      pts.push([1000 + radius * Math.cos((2 * Math.PI * i) / n), 1000 + radius * Math.sin((2 * Math.PI * i) / n)]);
    const text = dxf(metres, [lw('A1', 'JX', pts)]);
    const t0 = performance.now();
    const r = readBoundaryDxf(utf8(text), 'big.dxf', { territory });
    console.log(`readBoundaryDxf: ${n} vertices, ${(text.length / 1e6).toFixed(1)} MB in ${(performance.now() - t0).toFixed(0)} ms`);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.parcels[0]!.planeRings[0]).toHaveLength(n + 1);
    // Coordinates were written to 0.1 mm: allow 0.1 mm of radius.
    within(r.parcels[0]!.planeAreaM2, (n / 2) * radius * radius * Math.sin((2 * Math.PI) / n));
  });
});

describe('readBoundaryDxf refuses broken input with a message and no parcels', () => {
  const good = readFileSync(join(dir, 'boundary_r2000_m.dxf'));
  const goodText = good.toString('latin1');
  const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));

  it('refuses an empty file', () => refused(readBoundaryDxf(new Uint8Array(0), 'empty.dxf'), 'dxf-empty', 'empty.dxf'));
  it('refuses a file of blank lines', () => refused(readBoundaryDxf(utf8('\r\n \r\n'), 'blank.dxf'), 'dxf-empty', 'blank.dxf'));
  it('refuses a truncated file', () => {
    const lines = goodText.split('\n');
    refused(
      readBoundaryDxf(latin1(lines.slice(0, Math.floor(lines.length * 0.6) & ~1).join('\n')), 'cut.dxf', { layer: '红线' }),
      'dxf-truncated',
      'cut.dxf',
    );
  });
  it('refuses a file cut in the middle of a pair', () => {
    const lines = goodText.split('\n');
    refused(readBoundaryDxf(latin1(lines.slice(0, 2001).join('\n')), 'odd.dxf'), 'dxf-truncated', 'odd.dxf');
  });
  it('refuses a DWG file and asks for DXF', () => {
    const dwg = new Uint8Array(64);
    dwg.set(utf8('AC1027'), 0);
    dwg[10] = 0xff;
    const r = readBoundaryDxf(dwg, '地块.dwg');
    refused(r, 'dxf-dwg', '地块.dwg');
    expect(r.issues[0]!.messageZh).toContain('DXF');
  });
  it('refuses a binary DXF', () => {
    const bin = new Uint8Array([...utf8('AutoCAD Binary DXF\r\n'), 0x1a, 0, 0, 0, 0xff]);
    refused(readBoundaryDxf(bin, 'bin.dxf'), 'dxf-binary', 'bin.dxf');
  });
  it('refuses text in a number group, naming the handle and the group', () => {
    const r = readBoundaryDxf(utf8(dxf(metres, [[...lw('2A', 'JX', square(100)).slice(0, 10), 10, 'abc', 20, '1']])), 'text.dxf');
    refused(r, 'dxf-number', 'text.dxf');
    expect(r.issues[0]!.messageZh).toContain('句柄 2A');
    expect(r.issues[0]!.messageZh).toContain('组码 10');
    expect(r.issues[0]!.messageEn).toContain('“abc”');
    const huge = readBoundaryDxf(utf8(dxf(metres, [[...lw('2B', 'JX', square(100)).slice(0, 10), 10, '1e400', 20, '1']])), 'huge.dxf');
    refused(huge, 'dxf-number', 'huge.dxf');
  });
  it('refuses a group code that is not an integer', () =>
    refused(readBoundaryDxf(utf8('0\nSECTION\nxx\nHEADER\n0\nEOF\n'), 'code.dxf'), 'dxf-group-code', 'code.dxf'));
  it('refuses bytes that are neither UTF-8 nor GBK', () => {
    const text = dxf(metres, [lw('1', 'JX', square(100))]).replace('JX', '\u00ff\u00ff');
    refused(readBoundaryDxf(latin1(text), 'enc.dxf'), 'dxf-encoding', 'enc.dxf');
  });
  it('refuses a layer without closed polylines and says lines are not boundaries', () => {
    const r = readBoundaryDxf(fixture('boundary_r2000_m.dxf'), 'roads.dxf', { layer: '道路', territory });
    refused(r, 'dxf-no-closed-polyline', 'roads.dxf');
    expect(r.issues[0]!.messageZh).toContain('LINE');
    expect(r.layers.map((l) => l.name)).toContain('道路');
  });
  it('refuses a file with only lines and open polylines', () => {
    const r = readBoundaryDxf(
      utf8(dxf(metres, [lw('1', 'JX', square(100), false), [0, 'LINE', 5, '2', 8, 'JX', 10, E0, 20, N0, 11, E0 + 5, 21, N0]])),
      'open.dxf',
    );
    refused(r, 'dxf-no-closed-polyline', 'open.dxf');
  });
  it('refuses a layer of HATCH fills and says how to get closed polylines', () => {
    const r = readBoundaryDxf(utf8(dxf(metres, [[0, 'HATCH', 5, 'H1', 8, 'JX', 10, 0, 20, 0, 91, 1]])), 'hatch.dxf', { layer: 'JX' });
    refused(r, 'dxf-no-closed-polyline', 'hatch.dxf');
    expect(r.issues[0]!.messageZh).toContain('1 个 HATCH 填充');
    expect(r.issues[0]!.messageEn).toContain('ogr2ogr -nlt MULTILINESTRING');
  });
  it('refuses a layer that does not exist, listing the layers', () => {
    const r = readBoundaryDxf(fixture('boundary_r2000_m.dxf'), 'x.dxf', { layer: 'JZD' });
    refused(r, 'dxf-layer-missing', 'x.dxf');
    expect(r.issues[0]!.messageZh).toContain('红线（闭合多段线 4）');
  });
  it('asks for the layer when several layers hold closed polylines', () => {
    const r = readBoundaryDxf(utf8(dxf(metres, [lw('1', 'A', square(100)), lw('2', 'B', square(50))])), 'two.dxf');
    refused(r, 'dxf-layer-ambiguous', 'two.dxf');
    expect(r.layers.map((l) => [l.name, l.closedPolylines])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
  });
  it('refuses units that are not metric, and unknown unit codes, when the numbers are not metres either', () => {
    const local = [0, 'LWPOLYLINE', 5, '1', 8, 'JX', 90, 4, 70, 1, 10, 0, 20, 0, 10, 100, 20, 0, 10, 100, 20, 100, 10, 0, 20, 100];
    refused(readBoundaryDxf(utf8(dxf([['$INSUNITS', 70, '1']], [local])), 'in.dxf', { territory }), 'dxf-units-unsupported', 'in.dxf');
    refused(readBoundaryDxf(utf8(dxf([['$INSUNITS', 70, '99']], [local])), 'u99.dxf', { territory }), 'dxf-units-unsupported', 'u99.dxf');
  });
  it('reads metre coordinates under a template’s millimetres or inches as metres, with a warning', () => {
    for (const code of ['4', '1']) {
      const r = readBoundaryDxf(utf8(dxf([['$INSUNITS', 70, code]], [lw('1', 'JX', square(100))])), 'tpl.dxf', { territory });
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      expect(r.unitScaleM).toBe(1);
      within(r.parcels[0]!.planeAreaM2, 10_000);
      expect(r.issues.find((i) => i.code === 'dxf-units-contradicted')!.messageZh).toContain('已按米读取');
    }
  });
  it('converts millimetres and warns on missing units', () => {
    const mm = readBoundaryDxf(
      utf8(
        dxf(
          [['$INSUNITS', 70, '4']],
          [
            [
              0,
              'LWPOLYLINE',
              5,
              '1',
              8,
              'JX',
              90,
              4,
              70,
              1,
              ...square(100_000).flatMap(([x, y]) => [10, (E0 + 1000 + x / 1000) * 1000, 20, (N0 + y / 1000) * 1000]),
            ],
          ],
        ),
      ),
      'mm.dxf',
      { territory },
    );
    if (!mm.ok) throw new Error(JSON.stringify(mm.issues));
    within(mm.parcels[0]!.planeAreaM2, 10_000);
    const none = readBoundaryDxf(utf8(dxf([], [lw('1', 'JX', square(100))])), 'none.dxf', { territory });
    if (!none.ok) throw new Error(JSON.stringify(none.issues));
    expect(none.issues.find((i) => i.code === 'dxf-units-unknown')!.messageZh).toContain('按米读取');
  });
  it('refuses a closed polyline of 2 points', () => {
    const r = readBoundaryDxf(
      utf8(
        dxf(metres, [
          lw('7', 'JX', [
            [0, 0],
            [10, 0],
          ]),
        ]),
      ),
      'two-points.dxf',
    );
    refused(r, 'dxf-ring-degenerate', 'two-points.dxf');
    expect(r.issues[0]!.messageZh).toContain('句柄 7');
  });
  it('refuses a vertex count that contradicts group 90', () => {
    const e = lw('8', 'JX', square(100));
    e[7] = 5;
    refused(readBoundaryDxf(utf8(dxf(metres, [e])), 'count.dxf'), 'dxf-structure', 'count.dxf');
  });
  it('refuses a POLYLINE without SEQEND', () => {
    const verts = square(100).flatMap(([x, y]) => [0, 'VERTEX', 8, 'JX', 10, E0 + x, 20, N0 + y]);
    refused(
      readBoundaryDxf(utf8(dxf(metres, [[0, 'POLYLINE', 5, '9', 8, 'JX', 66, 1, 70, 1, ...verts]])), 'seq.dxf'),
      'dxf-structure',
      'seq.dxf',
    );
  });
  it('refuses an implausible bulge', () => {
    refused(
      readBoundaryDxf(
        utf8(
          dxf(metres, [
            lw('B', 'JX', [
              [0, 0, 1e300],
              [100, 0],
              [100, 100],
            ]),
          ]),
        ),
        'bulge.dxf',
      ),
      'dxf-bulge-invalid',
      'bulge.dxf',
    );
  });
  it('refuses coordinates whose CRS cannot be inferred', () => {
    const small = [0, 'LWPOLYLINE', 5, '1', 8, 'JX', 90, 4, 70, 1, 10, 0, 20, 0, 10, 100, 20, 0, 10, 100, 20, 100, 10, 0, 20, 100];
    refused(readBoundaryDxf(utf8(dxf(metres, [small])), 'local.dxf', { territory }), 'crs-unknown', 'local.dxf');
  });
});
