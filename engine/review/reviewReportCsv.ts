// Pure. reviewReportCsv(report, language) → one CSV (UTF-8 BOM, CRLF, like the package's CSVs) for a whole
// `lantu review` call, in long form so a spreadsheet filter on 记录类型 gives each table: per project its joint
// preliminary verdict, a row per department, then the overlapped layers, their features, the 用地用海 shares and setbacks.
// Text cells that a spreadsheet would run as a formula (a 地块名称 `=cmd|…`) get a leading apostrophe.
import { m2ToHectares, m2ToMu } from '../geometry/areaUnits.ts';
import { say } from '../i18n/index.ts';
import { encodeCsv, type CsvCell } from '../package/encodeCsv.ts';
import type { ReviewReportJson } from './reviewReportJson.ts';
import { spreadsheetSafeCell } from './spreadsheetSafeCell.ts';
import type { Verdict } from './types.ts';
import { VERDICT_LABELS } from './verdictLabels.ts';

export type ReportLanguage = 'zh' | 'en';

/** The columns, in order; their labels are catalogue entries. */
const HEADER = [
  'review.reviewReportCsv.project-id',
  'review.reviewReportCsv.project-name',
  'review.reviewReportCsv.source-file',
  'review.reviewReportCsv.record',
  'review.reviewReportCsv.department',
  'review.reviewReportCsv.verdict',
  'review.reviewReportCsv.layer-or-code',
  'review.reviewReportCsv.bsm',
  'review.reviewReportCsv.name',
  'review.reviewReportCsv.area-m2',
  'review.reviewReportCsv.area-ha',
  'review.reviewReportCsv.area-mu',
  'review.reviewReportCsv.conditions',
  'review.reviewReportCsv.reasons',
  'review.reviewReportCsv.basis',
] as const;

type RecordKind = 'project' | 'department' | 'layer' | 'feature' | 'landUse' | 'setback';

/** Several items in one cell: separated by a full-width or plain semicolon, never a comma (the CSV separator). */
const join = (items: readonly string[], language: ReportLanguage): string => items.join(say('review.reviewReportCsv.separator')[language]);

export function reviewReportCsv(report: ReviewReportJson, language: ReportLanguage = 'zh'): Uint8Array {
  const record = (kind: RecordKind): string => say(`review.reviewReportCsv.record-${kind}`)[language];
  const verdictLabel = (v: Verdict): string => VERDICT_LABELS[v][language];
  const rows: CsvCell[][] = [];
  for (const p of report.projects) {
    const head: CsvCell[] = [p.id, p.name, p.source];
    const area = (m2: number): CsvCell[] => [m2, m2ToHectares(m2), m2ToMu(m2)];
    rows.push([...head, record('project'), null, verdictLabel(p.verdict), null, p.code, null, ...area(p.areaM2), null, null, null]);
    for (const d of p.departments) {
      const basis = [...new Set(d.checks.map((c) => c.legalBasis).filter((b) => b !== ''))];
      rows.push([
        ...head,
        record('department'),
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
      rows.push([...head, record('layer'), null, null, l.layer, null, null, ...area(l.areaM2), null, null, null]);
      for (const f of l.features) {
        rows.push([...head, record('feature'), null, null, l.layer, f.bsm, f.name, ...area(f.areaM2), null, null, null]);
      }
    }
    for (const u of p.landUse)
      rows.push([...head, record('landUse'), null, null, u.code, null, u.name, ...area(u.areaM2), null, null, null]);
    for (const s of p.setbacks) {
      const reason = say('review.reviewReportCsv.setback-reason', { grade: s.grade, requiredM: s.requiredM, distanceM: s.distanceM })[
        language
      ];
      rows.push([...head, record('setback'), null, null, 'JTXL', s.bsm, s.name, ...area(s.insideAreaM2), null, reason, null]);
    }
  }
  return encodeCsv(
    HEADER.map((key) => say(key)[language]),
    rows.map((row) => row.map(spreadsheetSafeCell)),
  );
}
