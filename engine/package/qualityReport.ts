// Pure. Takes the rule pack's rules, the conflict rows, the 待定 areas and the resolutions, returns the 质检报告:
// each check with its counts, pass/fail and the exceptions with their approval numbers, as CSV and HTML.
import type { Resolution } from '../resolutions/types.ts';
import type { ConflictRow } from './conflictFiles.ts';
import { encodeCsv } from './encodeCsv.ts';
import { escapeHtml } from './escapeHtml.ts';
import { SEVERITY_ZH } from './labels.ts';
import type { PackageRule } from './types.ts';
import { strToU8 } from 'fflate';

export const QUALITY_CSV = 'quality-report.csv';
export const QUALITY_HTML = 'quality-report.html';

export interface QualityCheck {
  id: string;
  title: string;
  severity: string;
  found: number;
  open: number;
  excepted: number;
  approvals: string[];
  passed: boolean;
}

export function qualityChecks(
  rules: readonly PackageRule[],
  rows: readonly ConflictRow[],
  undeterminedCount: number,
  resolutions: readonly Resolution[],
): QualityCheck[] {
  const checks: QualityCheck[] = rules.map((rule) => {
    const mine = rows.filter((r) => r.conflict.ruleId === rule.id);
    const excepted = mine.filter((r) => !r.open);
    const approvals = [
      ...new Set(excepted.map((r) => r.resolution?.exception?.approvalNumber).filter((x): x is string => x !== undefined)),
    ].sort();
    const open = mine.length - excepted.length;
    return {
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      found: mine.length,
      open,
      excepted: excepted.length,
      approvals,
      passed: open === 0,
    };
  });
  checks.push({
    id: 'DDQY',
    title: '一张图用地覆盖无待定区域',
    severity: 'blocker',
    found: undeterminedCount,
    open: undeterminedCount,
    excepted: 0,
    approvals: [],
    passed: undeterminedCount === 0,
  });
  const reopened = resolutions.filter((r) => r.status === 'reopened').length;
  checks.push({
    id: 'CZ',
    title: '冲突处置无重新打开项',
    severity: 'major',
    found: reopened,
    open: reopened,
    excepted: 0,
    approvals: [],
    passed: reopened === 0,
  });
  return checks;
}

export function qualityFiles(checks: readonly QualityCheck[], title: string, statusZh: string): Record<string, Uint8Array> {
  const header = ['检查项', '名称', '级别', '发现数', '未处置数', '例外数', '例外批准文号', '结论'];
  const rowOf = (c: QualityCheck) => [
    c.id,
    c.title,
    SEVERITY_ZH[c.severity] ?? c.severity,
    c.found,
    c.open,
    c.excepted,
    c.approvals.join('；'),
    c.passed ? '通过' : '不通过',
  ];
  const csv = encodeCsv(header, checks.map(rowOf));
  const failed = checks.filter((c) => !c.passed).length;
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>质检报告 — ${escapeHtml(title)}</title>
<style>body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2em;color:#222}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:4px 6px;font-size:13px}th{background:#eee}.fail{color:#b00000;font-weight:bold}.pass{color:#006000}@media print{body{margin:0}}</style>
</head><body>
<h1>质检报告</h1>
<p>${escapeHtml(title)}（${escapeHtml(statusZh)}）：共 ${checks.length} 项检查，${checks.length - failed} 项通过，${failed} 项不通过。</p>
<table><thead><tr>${header.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>
${checks
  .map(
    (c) =>
      `<tr>${rowOf(c)
        .map((v, i) => `<td${i === 7 ? ` class="${c.passed ? 'pass' : 'fail'}"` : ''}>${escapeHtml(v)}</td>`)
        .join('')}</tr>`,
  )
  .join('\n')}
</tbody></table>
</body></html>
`;
  return { [QUALITY_CSV]: csv, [QUALITY_HTML]: strToU8(html) };
}
