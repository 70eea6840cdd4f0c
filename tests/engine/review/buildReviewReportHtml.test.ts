import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { buildReviewReportHtml, buildReviewReportsHtml, type ReviewReportHtmlInput } from '../../../engine/review/buildReviewReportHtml.ts';
import { circleProject, DEPARTMENTS, PROJECT_ID, sampleBlueprint, sampleReview, VERSION } from './reviewReportFixture.ts';

const input = (over: Partial<ReviewReportHtmlInput> = {}): ReviewReportHtmlInput => ({
  project: circleProject(12),
  review: sampleReview(),
  departments: DEPARTMENTS,
  opinions: [],
  joint: null,
  blueprint: sampleBlueprint(),
  created: '2026-12-04',
  ...over,
});

/** The rows of the table that follows the heading `heading` (cells as text, tags stripped). */
function tableAfter(html: string, heading: string, nth = 0): string[][] {
  let start = html.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  for (let i = 0; i < nth; i++) start = html.indexOf('</table>', start) + 1;
  const table = html.slice(html.indexOf('<table', start), html.indexOf('</table>', start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) =>
    [...m[1]!.matchAll(/<t[hd]>(.*?)<\/t[hd]>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, '')),
  );
}

describe('buildReviewReportHtml', () => {
  it('prints on A4 with repeated table headers and rows kept whole', () => {
    const html = buildReviewReportHtml(input());
    expect(html).toContain('@page{size:A4');
    expect(html).toContain('thead{display:table-header-group}');
    expect(html).toMatch(/tr\{break-inside:avoid;page-break-inside:avoid\}/);
    expect(html).not.toMatch(/<script|<link|src=|href="http/i);
  });

  it('has the sections a reviewer expects, in Chinese by default', () => {
    const html = buildReviewReportHtml(input());
    const sections = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]);
    expect(sections).toEqual([
      '一、项目基本信息',
      '二、项目区位与用地详图',
      '三、界址点坐标表',
      '四、管控边界占用情况',
      '五、规划用地用海构成',
      '六、交通线路控制区',
      '七、涉及的未处置冲突与待定区域',
      '八、指标影响',
      '九、部门审查意见',
      '十、联合审查意见',
    ]);
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('尚未出具');
  });

  it('lists every 界址点 with 点号, 圈号, X and Y in the source zone and lon/lat', () => {
    const project = circleProject(12);
    const rows = tableAfter(buildReviewReportHtml(input({ project })), '三、界址点坐标表');
    expect(rows[0]).toEqual(['地块编号', '点号', '圈号', 'X（北坐标，米）', 'Y（东坐标，米）', '经度（°）', '纬度（°）']);
    expect(rows.length).toBe(1 + 13);
    const first = project.project.source.points[0]!;
    expect(rows[1]!.slice(0, 5)).toEqual(['1', 'J1', '1', first.xM.toFixed(3), first.yM.toFixed(3)]);
    expect(rows[13]![1]).toBe('J1');
    // lon/lat agree with PROJ (cs2cs EPSG:4526 → EPSG:4490; axis order X north, Y east → lat, lon) within 1e-8° (≈ 1 mm).
    const proj = execFileSync('cs2cs', ['-f', '%.10f', 'EPSG:4526', 'EPSG:4490'], {
      input:
        rows
          .slice(1)
          .map((r) => `${r[3]} ${r[4]}`)
          .join('\n') + '\n',
      encoding: 'utf8',
    });
    const expected = proj
      .trim()
      .split('\n')
      .map((line) => line.split(/\s+/).map(Number));
    rows.slice(1).forEach((row, i) => {
      expect(Math.abs(Number(row[5]) - expected[i]![1]!)).toBeLessThan(1e-8);
      expect(Math.abs(Number(row[6]) - expected[i]![0]!)).toBeLessThan(1e-8);
    });
  });

  it('gives the occupied area per control line in 公顷 and 亩, the land-use composition, setbacks, conflicts and indicators', () => {
    const html = buildReviewReportHtml(input());
    expect(tableAfter(html, '四、管控边界占用情况')).toEqual([
      ['图层', '面积（公顷）', '面积（亩）', '占项目比例'],
      ['永久基本农田（YJJBNT）', '1.2000', '18.00', '26.54%'],
      ['生态保护红线（STBHHX）', '0.0000', '0.00', '0.00%'],
      ['交通线路（JTXL）', '0.0000', '0.00', '0.00%'],
    ]);
    expect(tableAfter(html, '五、规划用地用海构成')[2]).toEqual(['1001', '工业用地', '3.3212', '49.82', '73.46%']);
    expect(tableAfter(html, '六、交通线路控制区')[1]).toEqual([
      '济源&lt;环&gt;路 419001000010000003',
      '省道',
      '—',
      '15.0',
      '0.0',
      '0.9000',
    ]);
    expect(tableAfter(html, '七、涉及的未处置冲突与待定区域')[1]).toEqual(['R01-abc', 'R01 建设用地占用永久基本农田', '阻断', '0.0500']);
    expect(tableAfter(html, '八、指标影响')[1]).toEqual(['永久基本农田保护面积', '公顷', '20000.0000', '19998.8000', '19999.0000', '是']);
  });

  it("shows each department's preliminary opinion with its basis, the recorded opinions and the joint result", () => {
    const html = buildReviewReportHtml(
      input({
        opinions: [
          {
            projectId: PROJECT_ID,
            projectVersion: VERSION,
            department: 'jtys',
            verdict: 'conditional',
            conditions: ['退让 15 米'],
            basis: '《公路安全保护条例》',
            reviewer: '李四',
            date: '2026-12-01',
            documentNo: '济交函〔2026〕8号',
          },
          {
            projectId: PROJECT_ID,
            projectVersion: 'old',
            department: 'zrzy',
            verdict: 'pass',
            conditions: [],
            basis: '—',
            reviewer: '张三',
            date: '2026-11-01',
            documentNo: '济自然资函〔2026〕3号',
          },
        ],
        joint: {
          projectId: PROJECT_ID,
          projectVersion: VERSION,
          verdict: 'fail',
          documentNo: '济联审〔2026〕1号',
          date: '2026-12-04',
          coordinator: '王五',
        },
      }),
    );
    expect(tableAfter(html, '九、部门审查意见')).toEqual([
      ['部门', '结论'],
      ['济源市自然资源和规划局', '不符合'],
      ['济源市交通运输局', '有条件符合'],
    ]);
    const perCheck = tableAfter(html, '九、部门审查意见', 1);
    expect(perCheck[0]).toEqual(['部门', '审查事项', '结论', '条件', '理由', '依据']);
    expect(perCheck[1]).toEqual([
      '济源市自然资源和规划局',
      'farmland',
      '不符合',
      '—',
      '占用永久基本农田 1.2000 公顷，非国家重大建设项目',
      '《土地管理法》第三十五条',
    ]);
    expect(perCheck[2]).toEqual([
      '济源市交通运输局',
      'road-setback',
      '有条件符合',
      '取得公路管理机构同意',
      '位于省道建筑控制区内',
      '《公路安全保护条例》第十一条',
    ]);
    const recorded = tableAfter(html, '部门正式意见');
    expect(recorded[1]).toEqual([
      '济源市自然资源和规划局',
      '符合',
      '—',
      '—',
      '张三',
      '2026-11-01',
      '济自然资函〔2026〕3号',
      '已过期（项目已变更）',
    ]);
    expect(recorded[2]).toEqual([
      '济源市交通运输局',
      '有条件符合',
      '退让 15 米',
      '《公路安全保护条例》',
      '李四',
      '2026-12-01',
      '济交函〔2026〕8号',
      '有效',
    ]);
    expect(tableAfter(html, '十、联合审查意见')[1]).toEqual(['不符合', '济联审〔2026〕1号', '2026-12-04', '王五', '有效']);
    expect(html).not.toContain('尚未出具');
  });

  it('escapes every value taken from the data', () => {
    const project = circleProject(6, '<script>alert("x")</script> & 厂');
    const review = sampleReview();
    review.departments[0]!.checks[0]!.reasonZh = '<img src=x onerror=alert(1)>';
    const html = buildReviewReportHtml(input({ project, review }));
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; 厂');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws an overview and a detail map with legend, scale bar and north arrow in the national colours', () => {
    const html = buildReviewReportHtml(input());
    const svgs = html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBe(2);
    const [overview, detail] = svgs as [string, string];
    expect(overview).toContain('aria-label="项目区位图"');
    expect(overview).toContain('玉泉街道');
    expect(detail).toContain('aria-label="项目用地详图"');
    for (const svg of svgs) {
      expect(svg).toContain('class="scale-bar"');
      expect(svg).toContain('class="north-arrow"');
      expect(svg).toContain('class="legend"');
    }
    // 水田 and 工业用地 in view in their national colours, the forest far away not drawn; farmland hatched; the road.
    expect(detail).toContain('fill="#f5f8dc"');
    expect(detail).toContain('fill="#bb9674"');
    expect(detail).not.toContain('#68b167');
    expect(detail).toContain('0101 水田');
    expect(detail).toContain('1001 工业用地');
    expect(detail).toContain('url(#rd0-nt)');
    expect(detail).toContain('交通线路 省道');
    expect(detail).not.toContain('交通线路 高速');
    expect(detail).toContain('永久基本农田');
  });

  it('has a scale bar whose length matches the ground distance', () => {
    const detail = (buildReviewReportHtml(input()).match(/<svg[\s\S]*?<\/svg>/g) ?? [])[1]!;
    // The view spans the 240 m site with 35 % margins, at 4:3: its width in metres over 680 px.
    const bar =
      /class="scale-bar".*?<rect[^>]*\/><rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*\/><rect x="[\d.]+" y="[\d.]+" width="([\d.]+)".*?text-anchor="middle">(\d+) (m|km)</.exec(
        detail,
      );
    expect(bar).not.toBeNull();
    const barPx = Number(bar![2]) + Number(bar![3]);
    const barM = Number(bar![4]) * (bar![5] === 'km' ? 1000 : 1);
    const viewBox = /viewBox="0 0 (\d+) /.exec(detail)!;
    expect(Number(viewBox[1])).toBe(680);
    // Ground width of the view: the site's 240 m box × 1.7 (margins) widened to 4:3 of its height.
    const viewWidthM = 240 * 1.7 * (4 / 3);
    expect(barPx * (viewWidthM / 680)).toBeCloseTo(barM, -1);
  });

  it('is in English on request, with the same tables', () => {
    const html = buildReviewReportHtml(input({ language: 'en' }));
    expect(html).toContain('<html lang="en">');
    const sections = [...html.matchAll(/<h2>(.*?)<\/h2>/g)].map((m) => m[1]!);
    expect(sections[0]).toBe('1. Project facts');
    expect(sections.join('')).not.toMatch(/[\u4e00-\u9fff]/);
    expect(html).toContain('not issued yet');
    expect(tableAfter(html, '4. Control lines')[1]).toEqual(['Permanent basic farmland (YJJBNT)', '1.2000', '18.00', '26.54%']);
    expect(html).toContain('Occupies 1.2000 ha of permanent basic farmland');
    expect(html).toContain('aria-label="Site detail map"');
    // English punctuation and the code tables' English class names, in the tables and the map legend.
    expect(html).toContain('Joint verdict: <strong>not issued yet</strong>');
    expect(html).toMatch(/Preliminary verdict \(worst department\): /);
    expect(html).not.toMatch(/[：（）]/);
    expect(html).toContain('Industrial land');
    expect(html).not.toContain('工业用地');
  });

  it('gives the same bytes for the same input', () => {
    expect(buildReviewReportHtml(input())).toBe(buildReviewReportHtml(input()));
  });

  it('puts several projects in one page: a summary, then each project on a new page with its own map ids', () => {
    const second = circleProject(5, '第二个项目');
    second.project.id = 'second';
    const html = buildReviewReportsHtml([input(), input({ project: second })]);
    expect(html.match(/<html/g)?.length).toBe(1);
    expect(tableAfter(html, '项目汇总').map((r) => [r[0], r[3]])).toEqual([
      ['项目名称', '初审结论（各部门最不利）'],
      ['济源示例&lt;产业&gt;项目 &amp; &quot;一期&quot;', '不符合'],
      ['第二个项目', '不符合'],
    ]);
    expect(html.match(/<section class="project paged">/g)?.length).toBe(2);
    expect(html).toContain('.project.paged{break-before:page');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('rd1-nt');
  });

  it('says which of conflicts and undetermined areas is empty, and never breaks a verdict badge across lines', () => {
    const review = sampleReview();
    const empty = { ...review, measurement: { ...review.measurement, conflicts: [], undetermined: [] } };
    const html = buildReviewReportHtml(input({ review: empty }));
    const s7 = html.slice(html.indexOf('七、涉及的未处置冲突与待定区域'), html.indexOf('八、'));
    expect(s7).toContain('<p class="none">未涉及未处置的冲突</p>');
    expect(s7).toContain('<p class="none">未涉及待定区域</p>');
    const en = buildReviewReportHtml(input({ review: empty, language: 'en' }));
    expect(en).toContain('<p class="none">No open conflict touched</p>');
    expect(en).toContain('<p class="none">No undetermined area touched</p>');
    // A narrow 结论 column printed 有条件符合 one character a line.
    expect(html).toMatch(/\.v\{[^}]*white-space:nowrap/);
  });
});
