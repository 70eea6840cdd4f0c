// Pure. spreadsheetSafeCell(cell) → the cell with a leading apostrophe when a spreadsheet would run it as a formula
// (text starting with =, +, -, @, tab or CR: OWASP's CSV-injection list); numbers and other text are unchanged.
// Names in a review CSV come from surveyors' files and --xmmc, so `=cmd|…` must reach Excel as text.
import type { CsvCell } from '../package/encodeCsv.ts';

export function spreadsheetSafeCell(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
