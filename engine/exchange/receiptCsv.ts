// Pure. receiptCsv(receipt, lang) → the 回执 as CSV (UTF-8 BOM, one row per feature and resolution that touched it,
// a kept feature on one row with the resolution columns empty), cells a spreadsheet would run as formulas quoted.
import { encodeCsv, type CsvCell } from '../package/encodeCsv.ts';
import { spreadsheetSafeCell } from '../review/spreadsheetSafeCell.ts';
import { RECEIPT_OUTCOME_LABEL, type DepartmentReceipt } from './departmentReceipt.ts';

const HEADER = {
  zh: [
    '规划',
    '版本',
    '图层',
    'BSM',
    '名称',
    '结果',
    '维护日志编号',
    '处置方式',
    '规则',
    '冲突标识',
    '修改字段',
    '图形改变',
    '理由',
    '处置人',
    '处置时间',
  ],
  en: [
    'plan',
    'version',
    'layer',
    'BSM',
    'name',
    'outcome',
    'log number',
    'resolution',
    'rule',
    'conflict',
    'fields changed',
    'geometry changed',
    'reason',
    'decided by',
    'decided at',
  ],
} as const;

export function receiptCsv(receipt: DepartmentReceipt, lang: 'zh' | 'en'): Uint8Array {
  const rows: CsvCell[][] = [];
  for (const row of receipt.rows) {
    const head = [row.planId, row.planVersion, row.layer, row.bsm, row.name, RECEIPT_OUTCOME_LABEL[row.outcome][lang]];
    if (row.resolutions.length === 0) rows.push([...head, '', '', '', '', '', '', '', '', '']);
    for (const r of row.resolutions) {
      const yes = lang === 'zh' ? '是' : 'yes';
      const no = lang === 'zh' ? '否' : 'no';
      rows.push([
        ...head,
        r.logNumber,
        lang === 'zh' ? r.kindZh : r.kind,
        r.ruleId,
        r.conflictKey,
        r.fields.join(' '),
        r.geometryChanged ? yes : no,
        r.reason,
        r.decidedBy,
        r.decidedAt,
      ]);
    }
  }
  return encodeCsv(
    HEADER[lang],
    rows.map((r) => r.map(spreadsheetSafeCell)),
  );
}
