// sourcePointsOffsetM: the 界址点 a reader stores agree with the boundary it made (every boundary fixture: GBK, BOM,
// 6-degree zone, X/Y swapped, wrong 带号, a DXF), and a geometry moved without its points is caught.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBoundaryDxf } from '../../../engine/import/boundary/readBoundaryDxf.ts';
import { readBoundaryTxt } from '../../../engine/import/boundary/readBoundaryTxt.ts';
import { projectFromBoundary } from '../../../engine/review/projectFromBoundary.ts';
import { sourcePointsOffsetM } from '../../../engine/review/sourcePointsOffsetM.ts';
import type { ProjectDocument } from '../../../engine/review/types.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const ID = '5b0c9a52-1f3a-4c1e-9d5e-000000000079';
const FACTS = { XMMC: '项目', XMLX: '工业' as const };

function fromTxt(path: string): ProjectDocument {
  const name = path.split('/').pop()!;
  const read = readBoundaryTxt(readFileSync(join(root, path)), name);
  const made = projectFromBoundary({ boundary: { format: 'txt', fileName: name, read }, id: ID, facts: FACTS });
  if (!made.ok) throw new Error(`${path}: ${made.messageEn}`);
  return made.project;
}

describe('sourcePointsOffsetM', () => {
  const txt = [
    'tests/fixtures/review/farmland-site.txt',
    'tests/fixtures/import/boundary/gbk-crlf-two-parcels.txt',
    'tests/fixtures/import/boundary/six-degree-zone19.txt',
    'tests/fixtures/import/boundary/utf8-bom-lf-zone37.txt',
    'tests/fixtures/import/boundary/wrong-zone-number.txt',
    'tests/fixtures/import/boundary/xy-swapped.txt',
    'tests/fixtures/import/boundary/unclosed-area-mismatch.txt',
  ];
  for (const path of txt) {
    it(`finds the points of ${path.split('/').pop()} on its boundary (under 1 cm)`, () => {
      const offset = sourcePointsOffsetM(fromTxt(path));
      expect(offset).not.toBeNull();
      expect(offset!).toBeLessThan(0.01);
    });
  }

  it('finds the J-numbered points of a DXF on its boundary', () => {
    const read = readBoundaryDxf(readFileSync(join(root, 'tests/fixtures/import/dxf/boundary_r12.dxf')), 'r12.dxf', {
      crs: 'EPSG:4546',
      layer: '红线',
    });
    expect(read.ok).toBe(true);
    const made = projectFromBoundary({ boundary: { format: 'dxf', fileName: 'r12.dxf', read }, id: ID, facts: FACTS });
    if (!made.ok) throw new Error(made.messageEn);
    expect(sourcePointsOffsetM(made.project)!).toBeLessThan(0.01);
  });

  it('measures a geometry moved 0.001° north without its points (about 110 m)', () => {
    const project = fromTxt('tests/fixtures/review/farmland-site.txt');
    const moved = project.geometry.coordinates.map((part) =>
      part.map((ring) => ring.map(([lon, lat]) => [lon!, lat! + 0.001]) as typeof ring),
    );
    const offset = sourcePointsOffsetM({ ...project, geometry: { type: 'MultiPolygon', coordinates: moved } });
    expect(offset!).toBeGreaterThan(100);
    expect(offset!).toBeLessThan(120);
  });

  it('has nothing to compare for a boundary without points', () => {
    const project = fromTxt('tests/fixtures/review/farmland-site.txt');
    expect(
      sourcePointsOffsetM({ ...project, project: { ...project.project, source: { ...project.project.source, points: [] } } }),
    ).toBeNull();
  });
});
