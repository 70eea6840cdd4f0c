// projectFromBoundary on what the boundary readers give for the committed TXT and DXF fixtures: one MultiPolygon
// of every 地块 with its holes, the source with file name, CRS and each 界址点; a failed read makes no project.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { readBoundaryDxf } from '../../../engine/import/boundary/readBoundaryDxf.ts';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import { projectFromBoundary, projectVersion } from '../../../engine/review/index.ts';

const fixtures = join(__dirname, '../../fixtures/import');
const bytes = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const facts = { XMMC: '济源示范项目', XMLX: '工业' as const, NYDYT: '1001' };
const ID = '5f0c2a1e-0000-4000-8000-000000000012';

describe('projectFromBoundary', () => {
  it('makes a project of every 地块 of a 部标 TXT, keeping each 界址点 with its 点号 and 圈号', () => {
    const read = readBoundaryTxt(bytes('boundary/gbk-crlf-two-parcels.txt'), 'gbk-crlf-two-parcels.txt');
    const made = projectFromBoundary({
      boundary: { format: 'txt', fileName: '/home/surveyor/项目/gbk-crlf-two-parcels.txt', read },
      id: ID,
      facts,
    });
    if (!made.ok) throw new Error(made.messageZh);
    const p = made.project;
    expect(p.project.id).toBe(ID);
    expect(p.project.stage).toBe('策划生成');
    expect(p.project.source.fileName).toBe('gbk-crlf-two-parcels.txt');
    expect(p.project.source.format).toBe('txt');
    expect(p.project.source.crs).toBe(`EPSG:${read.crs!.epsg}`);
    expect(p.geometry.coordinates).toHaveLength(read.parcels.length);
    expect(p.geometry.coordinates[0]).toHaveLength(2); // the first 地块 has a hole (圈号 2)
    expect(ellipsoidalAreaM2(p.geometry)).toBeCloseTo(
      read.parcels.reduce((s, q) => s + q.grs80AreaM2, 0),
      3,
    );
    const first = p.project.source.points[0]!;
    expect(first).toEqual({ parcelId: '1', pointId: 'J1', ringNo: 1, xM: 3886583.914, yM: 38372347.902 });
    expect(p.project.source.points.filter((q) => q.ringNo === 2).length).toBeGreaterThan(0);
    expect(p.properties).toEqual(facts);
    expect(projectVersion(p)).toMatch(/^[0-9a-f]{16}$/);
  });

  it('numbers the corners of DXF rings J1… clockwise from the north-west corner, X northing and Y easting', () => {
    const read = readBoundaryDxf(bytes('dxf/boundary_r2000_m.dxf'), 'boundary_r2000_m.dxf', { layer: '红线' });
    if (!read.ok) throw new Error(JSON.stringify(read.issues));
    const made = projectFromBoundary({ boundary: { format: 'dxf', fileName: 'boundary_r2000_m.dxf', read }, id: ID, facts });
    if (!made.ok) throw new Error(made.messageZh);
    const points = made.project.project.source.points.filter((q) => q.parcelId === '1' && q.ringNo === 1);
    expect(points[0]!.pointId).toBe('J1');
    expect(points[points.length - 1]).toEqual({ ...points[0]! }); // closed: J1 … J1
    // North-west: no other corner is both further west and further north.
    const j1 = points[0]!;
    expect(points.every((q) => !(q.yM < j1.yM && q.xM > j1.xM))).toBe(true);
    // Clockwise on the map: negative shoelace over (easting, northing).
    let twice = 0;
    for (let i = 0; i + 1 < points.length; i++) twice += points[i]!.yM * points[i + 1]!.xM - points[i + 1]!.yM * points[i]!.xM;
    expect(twice).toBeLessThan(0);
    expect(j1.xM).toBeGreaterThan(3_000_000); // northing, not easting
    expect(made.project.project.source.crs).toBe(`EPSG:${read.crs.epsg}`);
    expect(made.project.geometry.coordinates).toHaveLength(read.parcels.length);
  });

  it('refuses to make a project from a read with a fatal finding, naming the file', () => {
    const read = readBoundaryTxt(bytes('boundary/xian80-unsupported.txt'), 'xian80-unsupported.txt');
    const made = projectFromBoundary({ boundary: { format: 'txt', fileName: 'xian80-unsupported.txt', read }, id: ID, facts });
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.messageZh).toContain('xian80-unsupported.txt');
    expect(made.messageZh).toContain('未创建项目');
    expect(made.messageEn).toContain('no project was created');
  });

  it('takes a drawn polygon as it is, without 界址点', () => {
    const ring: [number, number][] = [
      [112.5, 35.1],
      [112.51, 35.1],
      [112.51, 35.11],
      [112.5, 35.1],
    ];
    const made = projectFromBoundary({
      boundary: { format: 'drawn', fileName: null, geometry: { type: 'Polygon', coordinates: [ring] } },
      id: ID,
      facts,
      stage: '用地预审与选址',
    });
    if (!made.ok) throw new Error(made.messageZh);
    expect(made.project.geometry).toEqual({ type: 'MultiPolygon', coordinates: [[ring]] });
    expect(made.project.project.source).toEqual({ format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] });
    expect(made.project.project.stage).toBe('用地预审与选址');
  });
});
