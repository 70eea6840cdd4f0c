// Pure. encodeText(text, encoding) → UTF-8 or GBK bytes, or the first character GBK cannot hold. The GBK table
// is the inverse of the platform's own GBK decoder (built once, on first use, from its ~24,000 two-byte codes),
// so writing and reading agree by construction and no table is shipped.
import { createTextDecoder } from '../../model/createTextDecoder.ts';

export type EncodeResult = { ok: true; bytes: Uint8Array } | { ok: false; char: string; index: number };

let gbkTable: Map<number, number> | undefined;

function buildGbkTable(): Map<number, number> {
  const decoder = createTextDecoder('gbk', { fatal: true });
  const table = new Map<number, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      let s: string;
      try {
        s = decoder.decode(pair);
      } catch {
        continue;
      }
      const cp = s.codePointAt(0)!;
      if (s.length === 1 && !table.has(cp)) table.set(cp, (lead << 8) | trail);
    }
  }
  // The one single-byte code above ASCII: 0x80 is € in the WHATWG GBK decoder.
  if (!table.has(0x20ac)) table.set(0x20ac, 0x80);
  return table;
}

function encodeUtf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 63), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
  }
  return Uint8Array.from(out);
}

export function encodeText(text: string, encoding: 'utf-8' | 'gbk'): EncodeResult {
  if (encoding === 'utf-8') return { ok: true, bytes: encodeUtf8(text) };
  gbkTable ??= buildGbkTable();
  const out = new Uint8Array(text.length * 2);
  let n = 0;
  let index = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out[n++] = cp;
    else {
      const code = gbkTable.get(cp);
      if (code === undefined) return { ok: false, char: ch, index };
      if (code > 0xff) out[n++] = code >> 8;
      out[n++] = code & 0xff;
    }
    index += ch.length;
  }
  return { ok: true, bytes: out.slice(0, n) };
}
