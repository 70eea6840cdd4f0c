// The register's rows: recorded opinions over preliminary verdicts, a changed boundary making the opinions
// and the joint opinion stale, an overdue 征求意见, and a review of an older version not shown as current.
import { describe, expect, it } from 'vitest';
import { projectVersion } from '../../../../engine/review/projectVersion.ts';
import type { ProjectDocument, ProjectReview } from '../../../../engine/review/types.ts';
import { registerRows } from '../../../../renderer/services/review/registerRows.ts';
import { JIYUAN_DEPARTMENTS, sampleConsultation, sampleJointOpinion, sampleOpinion, sampleProject } from '../../review/sampleReview.ts';

const project = sampleProject();
const review = (verdict: 'pass' | 'fail'): ProjectReview => ({
  measurement: {} as ProjectReview['measurement'],
  departments: [{ department: 'zrzy', verdict, checks: [] }],
  verdict,
});

describe('registerRows', () => {
  it("shows each department's recorded opinion, else its preliminary verdict, and counts the answers", () => {
    const [row] = registerRows(
      { projects: [project], opinions: [sampleOpinion(project, 'sthj', 'conditional')], consultations: [], jointOpinions: [] },
      { [project.project.id]: { projectVersion: projectVersion(project), review: review('fail'), changed: true } },
      JIYUAN_DEPARTMENTS,
      '2026-12-04',
    );
    expect(row!.cells.map((c) => [c.department, c.state, c.preliminary])).toEqual([
      ['zrzy', 'not-consulted', 'fail'],
      ['lyj', 'not-consulted', 'pass'],
      ['sthj', 'conditional', 'pass'],
      ['fgw', 'not-consulted', 'pass'],
      ['jtys', 'not-consulted', 'pass'],
      ['tl', 'not-consulted', 'pass'],
    ]);
    expect([row!.answered, row!.preliminary, row!.changed, row!.joint]).toEqual([1, 'fail', true, null]);
  });

  it('marks opinions and the joint opinion stale once the boundary changed, and flags an overdue consultation', () => {
    const coordinates = [
      [
        [
          [112.6, 35.1],
          [112.603, 35.1],
          [112.603, 35.102],
          [112.6, 35.102],
          [112.6, 35.1],
        ],
      ],
    ] as ProjectDocument['geometry']['coordinates'];
    const moved: ProjectDocument = { ...project, geometry: { type: 'MultiPolygon', coordinates } };
    const [row] = registerRows(
      {
        projects: [moved],
        opinions: JIYUAN_DEPARTMENTS.map((d) => sampleOpinion(project, d.id)),
        consultations: [sampleConsultation(moved, 'tl')],
        jointOpinions: [sampleJointOpinion(project)],
      },
      { [project.project.id]: { projectVersion: projectVersion(project), review: review('pass'), changed: false } },
      JIYUAN_DEPARTMENTS,
      '2026-12-09',
    );
    expect(row!.cells.map((c) => c.state)).toEqual(['stale', 'stale', 'stale', 'stale', 'stale', 'overdue']);
    expect([row!.joint, row!.staleJoint?.documentNo, row!.answered]).toEqual([null, '济并审〔2026〕1号', 0]);
    // The review was of the old version: no preliminary verdict is shown for the new one.
    expect([row!.preliminary, row!.cells[0]!.preliminary]).toEqual([null, null]);
  });
});
