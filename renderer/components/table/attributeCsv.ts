// Pure. attributeCsv(columns, rows, language) → the attribute table's visible rows as CSV bytes (UTF-8 BOM so Excel
// shows Chinese, CRLF, RFC 4180 quoting). Text cells a spreadsheet would run as a formula (= + - @ tab CR) get a leading
// apostrophe: attribute values come from departments' files. Digit strings Excel would turn into numbers and damage (a
// leading 0: 0703 → 703; over 15 digits: an 18-digit BSM → 4.19E+17) get a leading tab, so Excel keeps them as text
// and other readers get the value with whitespace around it. Header: field code and its title in the UI's language,
// e.g. "BSM 标识码" / "BSM Identifier", a measure with its unit ("MJ 面积（m²）"); its values keep full precision.
import { encodeCsv, type CsvCell } from '../../../engine/package/index.ts';
import { spreadsheetSafeCell } from '../../../engine/review/index.ts';
import type { PlanFeature } from '../../../engine/model/index.ts';
import { columnTitle, type AttributeColumn } from './attributeRows.ts';

export function attributeCsv(columns: readonly AttributeColumn[], rows: readonly PlanFeature[], language: 'zh' | 'en'): Uint8Array {
  const header = columns.map((c) => {
    const title = columnTitle(c, language);
    return spreadsheetSafeCell(title === c.key ? c.key : `${c.key} ${title}`) as string;
  });
  const body = rows.map((row) =>
    columns.map((c): CsvCell => {
      const v = row.properties[c.key];
      if (v === null || v === undefined) return null;
      return spreadsheetSafeCell(typeof v === 'number' || typeof v === 'boolean' ? v : String(v));
    }),
  );
  return encodeCsv(header, body, { keepDigitsAsText: true });
}
