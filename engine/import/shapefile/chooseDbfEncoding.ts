// Pure. Chooses the DBF text encoding: the user's choice, else the `.cpg`, else the DBF language-driver
// byte (0x4D / 0x7A = code page 936), else detection (every non-ASCII cell strictly valid UTF-8 → UTF-8,
// otherwise GB18030, a superset of GBK). Returns the choice with its reason so the UI can show it.
import { say } from '../../i18n/index.ts';
import { decodeText } from '../text/decodeText.ts';
import type { EncodingChoice, TextEncodingName } from '../types.ts';
import { nonAsciiTextCells, type DbfTable } from './readDbf.ts';

export function encodingFromLabel(label: string): TextEncodingName | undefined {
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^ansi\s+/, '')
    .replace(/[\s_]/g, '');
  if (['utf-8', 'utf8', '65001'].includes(l)) return 'utf-8';
  if (['gbk', 'cp936', '936', 'gb2312', 'euc-cn', 'ms936', 'windows-936'].includes(l)) return 'gbk';
  if (['gb18030', '54936'].includes(l)) return 'gb18030';
  return undefined;
}

/** Language-driver ids meaning code page 936 (Simplified Chinese GBK) in dBASE/ArcGIS files. */
const LDID_936 = new Set([0x4d, 0x7a]);

export function chooseDbfEncoding(table: DbfTable, cpgText: string | undefined, userEncoding?: TextEncodingName): EncodingChoice {
  if (userEncoding)
    return { encoding: userEncoding, source: 'user', detail: say('import.chooseDbfEncoding.user', { encoding: userEncoding }) };
  if (cpgText !== undefined) {
    const fromCpg = encodingFromLabel(cpgText);
    if (fromCpg) return { encoding: fromCpg, source: 'cpg', detail: say('import.chooseDbfEncoding.cpg', { label: cpgText.trim() }) };
  }
  if (LDID_936.has(table.languageDriver)) {
    const byte = table.languageDriver.toString(16).toUpperCase();
    return { encoding: 'gbk', source: 'dbf-language-byte', detail: say('import.chooseDbfEncoding.language-byte', { byte }) };
  }
  for (const cell of nonAsciiTextCells(table)) {
    if (decodeText(cell.bytes, 'utf-8', true) === null)
      return { encoding: 'gb18030', source: 'detected', detail: say('import.chooseDbfEncoding.not-utf8') };
  }
  return { encoding: 'utf-8', source: 'detected', detail: say('import.chooseDbfEncoding.utf8') };
}
