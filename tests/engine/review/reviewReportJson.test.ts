import { describe, expect, it } from 'vitest';
import { reviewReportJson } from '../../../engine/review/reviewReportJson.ts';
import type { DepartmentOpinion } from '../../../engine/review/types.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { circleProject, DEPARTMENTS, PROJECT_ID, sampleReview, VERSION } from './reviewReportFixture.ts';

const opinion = (over: Partial<DepartmentOpinion>): DepartmentOpinion => ({
  projectId: PROJECT_ID,
  projectVersion: VERSION,
  department: 'jtys',
  verdict: 'conditional',
  conditions: ['退让 15 米'],
  basis: '《公路安全保护条例》第十一条',
  reviewer: '李四',
  date: '2026-12-01',
  documentNo: '济交函〔2026〕8号',
  ...over,
});

describe('reviewReportJson', () => {
  it('gives the review report as JSON and validates against schemas/review-report.schema.json', () => {
    const json = reviewReportJson([{ project: circleProject(8), review: sampleReview() }], {
      departments: DEPARTMENTS,
      pack: { id: 'jiyuan-review', version: '1.0.0' },
    });
    const check = validateSchema('review-report', JSON.parse(JSON.stringify(json)));
    expect(check.errors).toEqual([]);
    const p = json.projects[0]!;
    expect(p).toMatchObject({
      id: PROJECT_ID,
      name: circleProject(8).properties.XMMC,
      source: 'jiezhidian.txt',
      areaM2: 45212.35,
      verdict: 'fail',
      version: VERSION,
    });
    expect(p.departments.map((d) => [d.department, d.departmentName, d.verdict])).toEqual([
      ['zrzy', '济源市自然资源和规划局', 'fail'],
      ['jtys', '济源市交通运输局', 'conditional'],
    ]);
    expect(p.departments[1]).toMatchObject({
      conditions: ['取得公路管理机构同意'],
      reasons: ['位于省道建筑控制区内'],
      checks: [{ checkId: 'road-setback', legalBasis: '《公路安全保护条例》第十一条' }],
    });
    expect(p.joint).toBeNull();
  });

  it('keeps a row for every overlap of at least 1 m² and drops smaller ones (a line counts by its length)', () => {
    const p = reviewReportJson([{ project: circleProject(8), review: sampleReview() }]).projects[0]!;
    expect(p.layers.map((l) => l.layer)).toEqual(['YJJBNT', 'JTXL']);
    expect(p.layers[0]!.features.map((f) => f.bsm)).toEqual(['419001000020000007']);
    expect(p.layers[0]!.areaM2).toBe(12000.13);
    expect(p.layers[1]!.features[0]!.lengthM).toBe(240.5);
    expect(p.landUse).toEqual([
      { code: '0101', name: '水田', areaM2: 12000.13 },
      { code: '1001', name: '工业用地', areaM2: 33212.2 },
    ]);
  });

  it('shows the recorded opinion on the current version, marks an older one stale, and the joint opinion', () => {
    const stale = opinion({ projectVersion: 'ffffffffffffffff', date: '2026-12-03', documentNo: '旧' });
    const current = opinion({});
    const entry = {
      project: circleProject(8),
      review: sampleReview(),
      opinions: [stale, current, opinion({ department: 'zrzy', projectVersion: 'ffffffffffffffff', verdict: 'fail', conditions: [] })],
      joint: {
        projectId: PROJECT_ID,
        projectVersion: VERSION,
        verdict: 'fail' as const,
        documentNo: '济联审〔2026〕1号',
        date: '2026-12-04',
        coordinator: '王五',
      },
    };
    const p = reviewReportJson([entry]).projects[0]!;
    expect(p.departments[1]!.recorded).toMatchObject({ documentNo: '济交函〔2026〕8号', stale: false });
    expect(p.departments[0]!.recorded).toMatchObject({ verdict: 'fail', stale: true });
    expect(p.joint).toEqual({
      verdict: 'fail',
      documentNo: '济联审〔2026〕1号',
      date: '2026-12-04',
      coordinator: '王五',
      projectVersion: VERSION,
    });
    expect(validateSchema('review-report', JSON.parse(JSON.stringify({ reportVersion: '1', projects: [p] }))).valid).toBe(true);
  });

  it('gives the same text for the same input, whatever the key order of the facts', () => {
    const a = circleProject(8);
    const b = { ...a, properties: Object.fromEntries(Object.entries(a.properties).reverse()) } as typeof a;
    expect(JSON.stringify(reviewReportJson([{ project: b, review: sampleReview() }]))).toBe(
      JSON.stringify(reviewReportJson([{ project: a, review: sampleReview() }])),
    );
  });

  it('is refused by the schema when a verdict or a required field is wrong', () => {
    const p = JSON.parse(JSON.stringify(reviewReportJson([{ project: circleProject(8), review: sampleReview() }])));
    p.projects[0].verdict = 'ok';
    delete p.projects[0].landUse;
    const check = validateSchema('review-report', p);
    expect(check.valid).toBe(false);
    expect(check.errors.map((e) => e.instancePath)).toContain('/projects/0/verdict');
  });
});
