import { describe, expect, it } from 'vitest';
import { reviewReportCsv } from '../../../engine/review/reviewReportCsv.ts';
import { reviewReportJson } from '../../../engine/review/reviewReportJson.ts';
import { circleProject, DEPARTMENTS, sampleReview } from './reviewReportFixture.ts';

const report = () =>
  reviewReportJson([{ project: circleProject(8, '项目,甲 "一期"'), review: sampleReview() }], { departments: DEPARTMENTS });

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') (row.push(cell), (cell = ''));
    else if (c === '\r' && text[i + 1] === '\n') (row.push(cell), rows.push(row), (row = []), (cell = ''), i++);
    else cell += c;
  }
  return rows;
}

describe('reviewReportCsv', () => {
  it('writes a UTF-8 BOM, CRLF, a Chinese header and one row per project, department, layer, feature, land use and setback', () => {
    const bytes = reviewReportCsv(report());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows[0]).toEqual([
      '项目标识',
      '项目名称',
      '来源文件',
      '记录类型',
      '部门',
      '结论',
      '图层或代码',
      '标识码',
      '名称',
      '面积（平方米）',
      '面积（公顷）',
      '面积（亩）',
      '条件',
      '理由',
      '依据',
    ]);
    expect(rows.slice(1).map((r) => r[3])).toEqual([
      '项目初审结论',
      '部门意见',
      '部门意见',
      '图层占用',
      '占用要素',
      '图层占用',
      '占用要素',
      '用地用海',
      '用地用海',
      '交通控制区',
    ]);
    expect(rows.every((r) => r.length === 15)).toBe(true);
    // The name with a comma and quotes survives quoting.
    expect(rows[1]![1]).toBe('项目,甲 "一期"');
    expect(rows[1]![5]).toBe('不符合');
    expect(rows[3]).toMatchObject({
      4: '济源市交通运输局',
      5: '有条件符合',
      12: '取得公路管理机构同意',
      14: '《公路安全保护条例》第十一条',
    });
    const farmland = rows[4]!;
    expect([farmland[6], farmland[9], farmland[10], farmland[11]]).toEqual(['YJJBNT', '12000.13', '1.2', '18']);
  });

  it('writes English headers, records and verdicts on request', () => {
    const rows = parseCsv(new TextDecoder().decode(reviewReportCsv(report(), 'en').slice(3)));
    expect(rows[0]![3]).toBe('Record');
    expect(rows[1]![3]).toBe('Project verdict');
    expect(rows[1]![5]).toBe('fail');
    expect(rows[3]![12]).toBe('Consent of the road authority');
  });

  it('writes a name a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    const hostile = ["=cmd|' /C calc'!A0", '+SUM(1;2)', '-2+3', '@SUM(A1)', '\t=1+1'];
    for (const name of hostile) {
      const csv = reviewReportCsv(
        reviewReportJson([{ project: circleProject(8, name), review: sampleReview() }], { departments: DEPARTMENTS }),
      );
      const rows = parseCsv(new TextDecoder().decode(csv.slice(3)));
      expect(rows.slice(1).every((r) => r[1] === `'${name}`)).toBe(true);
    }
    // Numbers (areas) and ordinary names are left as they are.
    const rows = parseCsv(new TextDecoder().decode(reviewReportCsv(report()).slice(3)));
    expect(rows[1]![1]).toBe('项目,甲 "一期"');
    expect(rows[4]![9]).toBe('12000.13');
  });
});
