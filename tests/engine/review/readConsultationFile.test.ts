import { describe, expect, it } from 'vitest';
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import { readConsultationFile } from '../../../engine/review/readConsultationFile.ts';
import type { ProjectReview } from '../../../engine/review/types.ts';
import { writeConsultationFile, type ConsultationFile } from '../../../engine/review/writeConsultationFile.ts';
import { DEPARTMENTS, PLANT } from './reviewFixtures.ts';

const version = projectVersion(PLANT);
const review: ProjectReview = {
  measurement: {
    projectId: PLANT.project.id,
    projectVersion: version,
    areaM2: 1018200.5,
    layers: [],
    insideDevelopmentBoundaryM2: 0,
    outsideDevelopmentBoundaryM2: 1018200.5,
    landUse: [],
    setbacks: [],
    conflicts: [],
    undetermined: [],
    indicators: [],
    towns: [],
  },
  departments: [
    {
      department: 'sthj',
      verdict: 'conditional',
      checks: [
        {
          checkId: 'industry-class',
          department: 'sthj',
          verdict: 'conditional',
          conditionsZh: ['入园'],
          conditionsEn: ['in a park'],
          reasonZh: '二类工业',
          reasonEn: 'class II industry',
          legalBasis: '—',
        },
      ],
    },
  ],
  verdict: 'conditional',
};
const file: ConsultationFile = {
  consultation: { projectId: PLANT.project.id, projectVersion: version, department: 'sthj', sentOn: '2026-12-01', deadline: '2026-12-08' },
  department: DEPARTMENTS[1]!,
  project: PLANT,
  review,
};
const enc = (text: string): Uint8Array => new TextEncoder().encode(text);
const patched = (patch: (v: Record<string, any>) => void): Uint8Array => {
  const value = JSON.parse(new TextDecoder().decode(writeConsultationFile(file).bytes));
  patch(value);
  return enc(JSON.stringify(value));
};

describe('writeConsultationFile / readConsultationFile', () => {
  it('round-trips the consultation, the department, the project and the review, and writes the same bytes again', () => {
    const written = writeConsultationFile(file);
    expect(written.fileName).toBe('征求意见-济源钢铁深加工项目-生态环境.json');
    const read = readConsultationFile(written.bytes, written.fileName);
    expect(read.findings).toEqual([]);
    expect(read.file).toEqual(file);
    expect(projectVersion(read.file!.project)).toBe(version);
    expect(writeConsultationFile(read.file!).bytes).toEqual(written.bytes);
  });

  it('writes a file without a preliminary review as review: null', () => {
    const read = readConsultationFile(writeConsultationFile({ ...file, review: null }).bytes, 'c.json');
    expect(read.file?.review).toBeNull();
  });

  it('keeps file names safe when the project name holds a slash or a colon', () => {
    const odd = { ...file, project: { ...PLANT, properties: { ...PLANT.properties, XMMC: 'A/B:C 项目' } } };
    expect(writeConsultationFile(odd).fileName).toBe('征求意见-A_B_C 项目-生态环境.json');
  });

  const refused: [string, Uint8Array, string, RegExp][] = [
    ['an opinion file', enc('{"format":"lantu-review-opinion"}'), 'REVIEW_FILE_KIND', /不是征求意见文件/],
    ['a missing deadline', patched((v) => delete v.consultation.deadline), 'REVIEW_FILE_SCHEMA', /\/consultation.*deadline/],
    [
      'a deadline that is no calendar day',
      patched((v) => (v.consultation.deadline = '2026-13-01')),
      'REVIEW_FILE_DATE',
      /\/consultation\/deadline（答复期限）“2026-13-01”不是有效日期/,
    ],
    [
      'a deadline before the sent-on date',
      patched((v) => (v.consultation.deadline = '2026-11-30')),
      'REVIEW_DEADLINE_BEFORE_SENT',
      /答复期限 2026-11-30 早于发函日期 2026-12-01/,
    ],
    [
      'a project edited by hand',
      patched((v) => (v.project.properties.ZDXM = '是')),
      'REVIEW_CONSULTATION_MISMATCH',
      /\/consultation\/projectVersion.*项目版本/,
    ],
    [
      'a department other than the one consulted',
      patched((v) => (v.department.id = 'zrzy')),
      'REVIEW_CONSULTATION_MISMATCH',
      /\/consultation\/department 为“sthj”，与文件中的部门标识“zrzy”不一致/,
    ],
    [
      'a review of another version',
      patched((v) => (v.review.measurement.projectVersion = '0000000000000000')),
      'REVIEW_CONSULTATION_MISMATCH',
      /\/review\/measurement\/projectVersion/,
    ],
    [
      'a point geometry',
      patched((v) => (v.project.geometry = { type: 'Point', coordinates: [112, 35] })),
      'REVIEW_FILE_SCHEMA',
      /\/project\/geometry/,
    ],
    ['an unknown stage', patched((v) => (v.project.project.stage = '施工')), 'REVIEW_FILE_SCHEMA', /\/project\/project\/stage（阶段）/],
  ];
  for (const [what, bytes, code, zh] of refused) {
    it(`refuses ${what} with a Chinese message naming the file and field, and returns nothing`, () => {
      const read = readConsultationFile(bytes, 'c.json');
      expect(read.file).toBeUndefined();
      const f = read.findings.find((x) => x.code === code);
      expect(f, JSON.stringify(read.findings)).toBeDefined();
      expect(f!.messageZh).toMatch(zh);
      expect(f!.messageZh.startsWith('c.json：')).toBe(true);
    });
  }
});
