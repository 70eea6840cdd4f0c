// Pure. Takes a header and rows, returns CSV bytes (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM so
// Excel shows Chinese. Numbers are written as given; null/undefined as an empty cell. Text a spreadsheet would run
// as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: names in every package CSV come from departments' files.
// With `keepDigitsAsText`, digit strings Excel would damage as numbers get a leading tab (see excelKeepsText).
import { strToU8 } from 'fflate';

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
/** OWASP's CSV-injection list; a string already starting with an apostrophe is left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Digits Excel would read as a number and change: a leading zero (0703 → 703), over 15 digits (BSM → 4.19E+17). */
const DAMAGED_AS_NUMBER = /^(0\d+|\d{16,})$/;

/**
 * A leading tab makes Excel keep such a cell as text. `="0703"` would too, but every other reader (Python's csv,
 * GDAL, LibreOffice by default) would get the formula instead of the value; the tab goes with trimming whitespace.
 */
function excelKeepsText(value: CsvCell): string {
  // After the formula guard's test (which would mark a tab-led cell), and unquoted: digits alone never run.
  return typeof value === 'string' && DAMAGED_AS_NUMBER.test(value) ? `\t${value}` : cell(value);
}

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  options: { keepDigitsAsText?: boolean } = {},
): Uint8Array {
  const body = (r: readonly CsvCell[]) => r.map(options.keepDigitsAsText ? excelKeepsText : cell).join(',');
  const lines = [header.map(cell).join(','), ...rows.map(body)];
  return strToU8(`${BOM}${lines.join('\r\n')}\r\n`);
}
