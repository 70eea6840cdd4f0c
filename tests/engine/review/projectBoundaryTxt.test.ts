// A project's boundary written back as a 部标 界址点 TXT: from a surveyor's TXT the same 地块, 点号, 圈号 and
// coordinates come back when the written file is read again; a DXF boundary's J-numbered points likewise; a drawn
// boundary (lon/lat only) is written in its 3-degree zone, numbered J1… from the north-west, on the same ground.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import { readBoundaryDxf } from '../../../engine/import/boundary/readBoundaryDxf.ts';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import type { BoundaryReadResult } from '../../../engine/import/boundary/types.ts';
import { projectBoundaryTxt } from '../../../engine/review/projectBoundaryTxt.ts';
import { projectFromBoundary } from '../../../engine/review/projectFromBoundary.ts';
import type { ProjectDocument } from '../../../engine/review/types.ts';

const fixtures = join(import.meta.dirname, '../../fixtures/import');
const bytes = (path: string) => new Uint8Array(readFileSync(join(fixtures, path)));
const facts = { XMMC: '济源示范项目', XMLX: '工业' as const };
const ID = '5f0c2a1e-0000-4000-8000-000000000099';

const pointsOf = (read: BoundaryReadResult) =>
  read.parcels.map((p) => [p.id, p.rings.map((r) => [r.ringNo, r.points.map((q) => [q.pointId, q.xM, q.yM])])]);

function written(project: ProjectDocument): BoundaryReadResult {
  const out = projectBoundaryTxt(project);
  expect(out.findings.filter((f) => f.level === 'fatal')).toEqual([]);
  const read = readBoundaryTxt(out.bytes!, 'written.txt');
  expect(read.findings.filter((f) => f.level === 'fatal')).toEqual([]);
  return read;
}

describe('projectBoundaryTxt', () => {
  it('writes a TXT project back with the same 地块, 点号, 圈号 and coordinates', () => {
    const original = readBoundaryTxt(bytes('boundary/gbk-crlf-two-parcels.txt'), 'gbk-crlf-two-parcels.txt');
    const made = projectFromBoundary({ boundary: { format: 'txt', fileName: 'gbk-crlf-two-parcels.txt', read: original }, id: ID, facts });
    if (!made.ok) throw new Error(made.messageZh);
    const again = written(made.project);
    expect(pointsOf(again)).toEqual(pointsOf(original));
    expect(again.crs).toEqual(original.crs);
    expect(again.encoding).toBe('gbk');
  });

  it('writes a DXF project with its J-numbered 界址点 in the DXF zone', () => {
    const read = readBoundaryDxf(bytes('dxf/boundary_r2000_m.dxf'), 'boundary_r2000_m.dxf');
    const made = projectFromBoundary({ boundary: { format: 'dxf', fileName: 'boundary_r2000_m.dxf', read }, id: ID, facts });
    if (!made.ok) throw new Error(made.messageZh);
    const again = written(made.project);
    const points = made.project.project.source.points;
    const back = again.parcels.flatMap((p) => p.rings.flatMap((r) => r.points));
    expect(back.map((q) => q.pointId)).toEqual(points.map((q) => q.pointId));
    // Written to the millimetre and beyond, as surveyors write them.
    back.forEach((q, i) => expect(Math.abs(q.xM - points[i]!.xM) + Math.abs(q.yM - points[i]!.yM)).toBeLessThan(1e-3));
    expect(points[0]!.pointId).toBe('J1');
  });

  it('writes a drawn boundary in its 3-degree zone, numbered J1… clockwise from the north-west, with the same area', () => {
    const square = [
      [112.6, 35.1],
      [112.61, 35.1],
      [112.61, 35.108],
      [112.6, 35.108],
      [112.6, 35.1],
    ] as [number, number][];
    const made = projectFromBoundary({
      boundary: { format: 'drawn', fileName: null, geometry: { type: 'Polygon', coordinates: [square] } },
      id: ID,
      facts,
    });
    if (!made.ok) throw new Error(made.messageZh);
    const drawnOnly: ProjectDocument = {
      ...made.project,
      project: { ...made.project.project, source: { ...made.project.project.source, crs: 'EPSG:4490', points: [] } },
    };
    const again = written(drawnOnly);
    expect(again.crs?.zone).toBe(38);
    const ring = again.parcels[0]!.rings[0]!.points;
    expect(ring.map((p) => p.pointId)).toEqual(['J1', 'J2', 'J3', 'J4', 'J1']);
    // J1 is the north-west corner and J2 lies east of it (clockwise on the map).
    expect(ring[0]!.xM).toBeGreaterThan(ring[3]!.xM);
    expect(ring[1]!.yM).toBeGreaterThan(ring[0]!.yM);
    expect(Math.abs(again.parcels[0]!.grs80AreaM2 - ellipsoidalAreaM2(drawnOnly.geometry))).toBeLessThan(1);
  });
});
