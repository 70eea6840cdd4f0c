// Pure. Takes a header and rows, returns CSV bytes (RFC 4180 quoting, CRLF line ends) with a UTF-8 BOM so
// Excel shows Chinese. Numbers are written as given; null/undefined as an empty cell. Text a spreadsheet would run
// as a formula (=, +, -, @, tab, CR first) gets a leading apostrophe: names in every package CSV come from departments' files.
import { strToU8 } from 'fflate';

export type CsvCell = string | number | boolean | null | undefined;

const BOM = '\uFEFF';
/** OWASP's CSV-injection list; a string already starting with an apostrophe is left alone. */
const FORMULA_START = /^[=+\-@\t\r]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function encodeCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): Uint8Array {
  const lines = [header, ...rows].map((r) => r.map(cell).join(','));
  return strToU8(`${BOM}${lines.join('\r\n')}\r\n`);
}
