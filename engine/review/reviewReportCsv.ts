// Pure. reviewReportCsv(report, language) → one CSV (UTF-8 BOM, CRLF, like the package's CSVs) for a whole
// `lantu review` call, in long form so a spreadsheet filter on 记录类型 gives each table: per project its joint
// preliminary verdict, a row per department, then the overlapped layers, their features, the 用地用海 shares and setbacks.
// Text cells that a spreadsheet would run as a formula (a 地块名称 `=cmd|…`) get a leading apostrophe.
import { m2ToHectares, m2ToMu } from '../geometry/areaUnits.ts';
import { encodeCsv, type CsvCell } from '../package/encodeCsv.ts';
import type { ReviewReportJson } from './reviewReportJson.ts';
import { spreadsheetSafeCell } from './spreadsheetSafeCell.ts';
import type { Verdict } from './types.ts';
import { VERDICT_LABELS } from './verdictLabels.ts';

export type ReportLanguage = 'zh' | 'en';

const HEADER: Record<ReportLanguage, readonly string[]> = {
  zh: [
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
  ],
  en: [
    'Project id',
    'Project name',
    'Source file',
    'Record',
    'Department',
    'Verdict',
    'Layer or code',
    'BSM',
    'Name',
    'Area (m²)',
    'Area (ha)',
    'Area (mu)',
    'Conditions',
    'Reasons',
    'Basis',
  ],
};

const RECORD: Record<ReportLanguage, Record<'project' | 'department' | 'layer' | 'feature' | 'landUse' | 'setback', string>> = {
  zh: {
    project: '项目初审结论',
    department: '部门意见',
    layer: '图层占用',
    feature: '占用要素',
    landUse: '用地用海',
    setback: '交通控制区',
  },
  en: {
    project: 'Project verdict',
    department: 'Department opinion',
    layer: 'Layer overlap',
    feature: 'Overlapped feature',
    landUse: 'Land use',
    setback: 'Transport control zone',
  },
};

/** Several items in one cell: separated by a full-width or plain semicolon, never a comma (the CSV separator). */
const join = (items: readonly string[], language: ReportLanguage): string => items.join(language === 'zh' ? '；' : '; ');

export function reviewReportCsv(report: ReviewReportJson, language: ReportLanguage = 'zh'): Uint8Array {
  const record = RECORD[language];
  const verdictLabel = (v: Verdict): string => VERDICT_LABELS[v][language];
  const rows: CsvCell[][] = [];
  for (const p of report.projects) {
    const head: CsvCell[] = [p.id, p.name, p.source];
    const area = (m2: number): CsvCell[] => [m2, m2ToHectares(m2), m2ToMu(m2)];
    rows.push([...head, record.project, null, verdictLabel(p.verdict), null, p.code, null, ...area(p.areaM2), null, null, null]);
    for (const d of p.departments) {
      const basis = [...new Set(d.checks.map((c) => c.legalBasis).filter((b) => b !== ''))];
      rows.push([
        ...head,
        record.department,
        d.departmentName && language === 'zh' ? d.departmentName : d.department,
        verdictLabel(d.verdict),
        null,
        null,
        null,
        null,
        null,
        null,
        join(language === 'zh' ? d.conditions : d.conditionsEn, language),
        join(language === 'zh' ? d.reasons : d.reasonsEn, language),
        join(basis, language),
      ]);
    }
    for (const l of p.layers) {
      rows.push([...head, record.layer, null, null, l.layer, null, null, ...area(l.areaM2), null, null, null]);
      for (const f of l.features) {
        rows.push([...head, record.feature, null, null, l.layer, f.bsm, f.name, ...area(f.areaM2), null, null, null]);
      }
    }
    for (const u of p.landUse) rows.push([...head, record.landUse, null, null, u.code, null, u.name, ...area(u.areaM2), null, null, null]);
    for (const s of p.setbacks) {
      const reason =
        language === 'zh'
          ? `${s.grade}：要求 ${s.requiredM} 米，距离 ${s.distanceM} 米`
          : `${s.grade}: required ${s.requiredM} m, distance ${s.distanceM} m`;
      rows.push([...head, record.setback, null, null, 'JTXL', s.bsm, s.name, ...area(s.insideAreaM2), null, reason, null]);
    }
  }
  return encodeCsv(
    HEADER[language],
    rows.map((row) => row.map(spreadsheetSafeCell)),
  );
}
