// Pure. readDbf(bytes, file) → the DBF's field descriptors and raw record slices; decodeDbfRecords turns
// them into attribute values with a chosen text encoding (strict, so a wrong encoding is an error, not
// mojibake). Throws ImportFailure on a truncated or malformed file.
import { say, type Bilingual } from '../../i18n/index.ts';
import type { PropertyValue } from '../../model/types.ts';
import { fail } from '../importFailure.ts';
import { decodeText } from '../text/decodeText.ts';
import type { TextEncodingName } from '../types.ts';
import { encodingRemedy, type ImportAudience } from '../remedyWording.ts';

export interface DbfField {
  nameBytes: Uint8Array;
  type: string;
  length: number;
  decimals: number;
  offset: number;
}

export interface DbfTable {
  languageDriver: number;
  recordCount: number;
  fields: DbfField[];
  /** Byte offset of the first record and the record length. */
  dataStart: number;
  recordLength: number;
  bytes: Uint8Array;
}

export function readDbf(bytes: Uint8Array, file: string): DbfTable {
  if (bytes.length < 33) fail('dbf-truncated', say('import.readDbf.dbf-truncated', { file }), { file });
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const recordCount = v.getUint32(4, true);
  const headerLength = v.getUint16(8, true);
  const recordLength = v.getUint16(10, true);
  const languageDriver = bytes[29]!;
  const fields: DbfField[] = [];
  let offset = 1; // byte 0 of each record is the deletion flag
  for (let p = 32; p + 32 <= headerLength && bytes[p] !== 0x0d; p += 32) {
    if (p + 32 > bytes.length) break;
    let end = p;
    while (end < p + 11 && bytes[end] !== 0) end++;
    const length = bytes[p + 16]!;
    fields.push({ nameBytes: bytes.subarray(p, end), type: String.fromCharCode(bytes[p + 11]!), length, decimals: bytes[p + 17]!, offset });
    offset += length;
  }
  if (fields.length === 0 || headerLength > bytes.length || offset > recordLength) {
    fail('dbf-invalid', say('import.readDbf.dbf-invalid', { file }), { file });
  }
  if (headerLength + recordCount * recordLength > bytes.length) {
    fail(
      'dbf-truncated',
      say('import.readDbf.dbf-too-few-records', { file, recordCount, held: Math.floor((bytes.length - headerLength) / recordLength) }),
      { file },
    );
  }
  return { languageDriver, recordCount, fields, dataStart: headerLength, recordLength, bytes };
}

function trimBytes(bytes: Uint8Array, start: number, end: number): [number, number] {
  while (end > start && (bytes[end - 1] === 0x20 || bytes[end - 1] === 0x00)) end--;
  while (start < end && bytes[start] === 0x20) start++;
  return [start, end];
}

/** Every text cell's bytes (non-ASCII only), for encoding detection and strict checks. */
export function* nonAsciiTextCells(table: DbfTable): Generator<{ record: number; field: number; bytes: Uint8Array }> {
  for (let f = 0; f < table.fields.length; f++) {
    const name = table.fields[f]!.nameBytes;
    if (name.some((b) => b >= 0x80)) yield { record: -1, field: f, bytes: name };
  }
  for (let r = 0; r < table.recordCount; r++) {
    const base = table.dataStart + r * table.recordLength;
    for (let f = 0; f < table.fields.length; f++) {
      const field = table.fields[f]!;
      if (field.type !== 'C' && field.type !== 'M') continue;
      const [s, e] = trimBytes(table.bytes, base + field.offset, base + field.offset + field.length);
      for (let i = s; i < e; i++) {
        if (table.bytes[i]! >= 0x80) {
          yield { record: r, field: f, bytes: table.bytes.subarray(s, e) };
          break;
        }
      }
    }
  }
}

export interface DecodedDbf {
  fieldNames: string[];
  records: Record<string, PropertyValue>[];
  deleted: boolean[];
}

export function decodeDbfRecords(table: DbfTable, encoding: TextEncodingName, file: string, audience?: ImportAudience): DecodedDbf {
  // `where` is worded only on failure: this runs for every field of every record.
  const text = (bytes: Uint8Array, where: () => Bilingual, featureIndex?: number): string => {
    const s = decodeText(bytes, encoding, true);
    if (s === null) {
      fail(
        'dbf-encoding-mismatch',
        say('import.readDbf.dbf-encoding-mismatch', {
          file,
          encoding: encoding.toUpperCase(),
          where: where(),
          remedy: encodingRemedy(audience),
        }),
        featureIndex === undefined ? { file } : { file, featureIndex },
      );
    }
    return s;
  };
  const fieldNames = table.fields.map((f, i) => text(f.nameBytes, () => say('import.readDbf.field-name', { field: i + 1 })).trim());
  const records: Record<string, PropertyValue>[] = new Array(table.recordCount);
  const deleted: boolean[] = new Array(table.recordCount);
  const b = table.bytes;
  for (let r = 0; r < table.recordCount; r++) {
    const base = table.dataStart + r * table.recordLength;
    deleted[r] = b[base] === 0x2a;
    const row: Record<string, PropertyValue> = {};
    for (let f = 0; f < table.fields.length; f++) {
      const field = table.fields[f]!;
      const [s, e] = trimBytes(b, base + field.offset, base + field.offset + field.length);
      const name = fieldNames[f]!;
      if (s === e) {
        row[name] = null;
        continue;
      }
      let ascii = true;
      for (let i = s; i < e; i++) if (b[i]! >= 0x80) ascii = false;
      const raw = ascii
        ? String.fromCharCode(...b.subarray(s, e))
        : text(b.subarray(s, e), () => say('import.readDbf.record-field', { record: r + 1, name }), r);
      switch (field.type) {
        case 'N':
        case 'F': {
          const n = Number(raw);
          row[name] = raw.startsWith('*') || !Number.isFinite(n) ? null : n;
          break;
        }
        case 'L':
          row[name] = /^[TtYy]$/.test(raw) ? true : /^[FfNn]$/.test(raw) ? false : null;
          break;
        case 'D':
          row[name] = /^\d{8}$/.test(raw) ? `${raw.slice(0, 4)}-${raw.slice(4, 6)}-${raw.slice(6, 8)}` : null;
          break;
        default:
          row[name] = raw;
      }
    }
    records[r] = row;
  }
  return { fieldNames, records, deleted };
}
