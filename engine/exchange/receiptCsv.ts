// Pure. receiptCsv(receipt, lang) → the 回执 as CSV (UTF-8 BOM, one row per feature and resolution that touched it,
// a kept feature on one row with the resolution columns empty), cells a spreadsheet would run as formulas quoted.
import { say } from '../i18n/index.ts';
import { encodeCsv, type CsvCell } from '../package/encodeCsv.ts';
import { spreadsheetSafeCell } from '../review/spreadsheetSafeCell.ts';
import { RECEIPT_OUTCOME_LABEL, type DepartmentReceipt } from './departmentReceipt.ts';

/** The columns, in order; their labels are catalogue entries. */
const HEADER = [
  'exchange.receiptCsv.plan',
  'exchange.receiptCsv.version',
  'exchange.receiptCsv.layer',
  'exchange.receiptCsv.bsm',
  'exchange.receiptCsv.name',
  'exchange.receiptCsv.outcome',
  'exchange.receiptCsv.log-number',
  'exchange.receiptCsv.resolution',
  'exchange.receiptCsv.rule',
  'exchange.receiptCsv.conflict',
  'exchange.receiptCsv.fields',
  'exchange.receiptCsv.geometry',
  'exchange.receiptCsv.reason',
  'exchange.receiptCsv.decided-by',
  'exchange.receiptCsv.decided-at',
] as const;

export function receiptCsv(receipt: DepartmentReceipt, lang: 'zh' | 'en'): Uint8Array {
  const rows: CsvCell[][] = [];
  for (const row of receipt.rows) {
    const head = [row.planId, row.planVersion, row.layer, row.bsm, row.name, RECEIPT_OUTCOME_LABEL[row.outcome][lang]];
    if (row.resolutions.length === 0) rows.push([...head, '', '', '', '', '', '', '', '', '']);
    for (const r of row.resolutions) {
      rows.push([
        ...head,
        r.logNumber,
        lang === 'zh' ? r.kindZh : r.kind,
        r.ruleId,
        r.conflictKey,
        r.fields.join(' '),
        say(r.geometryChanged ? 'exchange.receiptCsv.yes' : 'exchange.receiptCsv.no')[lang],
        r.reason,
        r.decidedBy,
        r.decidedAt,
      ]);
    }
  }
  return encodeCsv(
    HEADER.map((key) => say(key)[lang]),
    rows.map((r) => r.map(spreadsheetSafeCell)),
  );
}
