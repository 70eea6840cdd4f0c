// Pure. readDxfGroups(bytes, file) → the (group code, value) pairs of an ASCII DXF, strictly: DWG and binary
// DXF refused, text decoded by $ACADVER/$DWGCODEPAGE (UTF-8 from R2007, GBK for ANSI_936), `\U+XXXX` escapes
// resolved, a group code that is not an integer or a file without EOF fails with the line number (ImportFailure).
import { say } from '../../i18n/index.ts';
import { decodeText } from '../text/decodeText.ts';
import { fail } from '../importFailure.ts';

export interface DxfGroups {
  codes: Int32Array;
  values: string[];
  /** The encoding the text was read with, for the report. */
  encoding: 'utf-8' | 'gb18030' | 'ascii';
}

/** 1-based line of the value of pair i (the code is on the line before), for messages. */
export const valueLineOf = (pair: number): number => 2 * pair + 2;

function latin1Prefix(bytes: Uint8Array, length: number): string {
  let s = '';
  const end = bytes.length < length ? bytes.length : length;
  for (let i = 0; i < end; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192 < end ? i + 8192 : end));
  return s;
}

function headerValue(prefix: string, name: string): string | undefined {
  const m = new RegExp(`\\n\\s*9\\r?\\n\\${name}\\r?\\n\\s*\\d+\\r?\\n([^\\r\\n]*)`).exec(prefix);
  return m ? m[1]!.trim() : undefined;
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

function decode(bytes: Uint8Array, file: string): { text: string; encoding: DxfGroups['encoding'] } {
  if (isAscii(bytes)) return { text: decodeText(bytes, 'utf-8', false)!, encoding: 'ascii' };
  const prefix = latin1Prefix(bytes, 65536);
  const version = headerValue(prefix, '$ACADVER') ?? '';
  const codepage = (headerValue(prefix, '$DWGCODEPAGE') ?? '').toUpperCase();
  // R2007 (AC1021) and later are UTF-8 whatever $DWGCODEPAGE says; before that the code page decides, and
  // Chinese CAD often leaves ANSI_1252 on GBK text, so an invalid UTF-8 file is tried as GB18030 (⊃ GBK).
  const utf8First = version >= 'AC1021' || codepage !== 'ANSI_936';
  const order: ('utf-8' | 'gb18030')[] = utf8First ? ['utf-8', 'gb18030'] : ['gb18030', 'utf-8'];
  for (const encoding of order) {
    const text = decodeText(bytes, encoding, true);
    if (text !== null) return { text, encoding };
  }
  return fail('dxf-encoding', say('import.readDxfGroups.dxf-encoding', { file }), { file });
}

const UNICODE_ESCAPE = /\\U\+([0-9A-Fa-f]{4})/g;

export function readDxfGroups(bytes: Uint8Array, file: string): DxfGroups {
  if (bytes.length === 0 || isBlank(bytes)) {
    fail('dxf-empty', say('import.readDxfGroups.dxf-empty', { file }), { file });
  }
  const head = latin1Prefix(bytes, 32);
  if (/^AC10\d\d/.test(head)) {
    fail('dxf-dwg', say('import.readDxfGroups.dxf-dwg', { file, head: head.slice(0, 6) }), { file });
  }
  if (head.startsWith('AutoCAD Binary DXF')) {
    fail('dxf-binary', say('import.readDxfGroups.dxf-binary', { file }), { file });
  }
  const { text, encoding } = decode(bytes, file);
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const pairs = lines.length >> 1;
  const codes = new Int32Array(pairs);
  const values = new Array<string>(pairs);
  for (let i = 0; i < pairs; i++) {
    const codeLine = lines[2 * i]!.trim();
    if (!/^-?\d{1,4}$/.test(codeLine)) {
      const shown = codeLine.length > 40 ? `${codeLine.slice(0, 40)}…` : codeLine;
      fail('dxf-group-code', say('import.readDxfGroups.dxf-group-code', { file, line: 2 * i + 1, shown }), {
        file,
        field: `line ${2 * i + 1}`,
      });
    }
    codes[i] = Number(codeLine);
    let value = lines[2 * i + 1]!;
    if (value.endsWith('\r')) value = value.slice(0, -1);
    values[i] = value.includes('\\U+') ? value.replace(UNICODE_ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : value;
  }
  const last = pairs - 1;
  if (pairs === 0 || codes[last] !== 0 || values[last]!.trim() !== 'EOF') {
    fail('dxf-truncated', say('import.readDxfGroups.dxf-truncated', { file, lineCount: lines.length }), { file });
  }
  return { codes, values, encoding };
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}
