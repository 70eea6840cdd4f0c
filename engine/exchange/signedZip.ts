// Pure. A signed zip is the unsigned zip with one more entry, signature.json, written after the last file and
// listed last in the central directory: everything before it stays byte for byte, so splitSignedZip gives back the
// exact unsigned bytes (what `lantu verify` compares with its rebuild). ZIP64 archives (≥ 65,535 entries or 4 GiB)
// are not signed yet: appendSignatureEntry refuses them.
import { strFromU8 } from 'fflate';
import { concatBytes } from '../package/concatBytes.ts';
import { createZipWriter } from '../package/zipWriter.ts';
import { SIGNATURE_PATH } from './signatureFile.ts';

const END_BYTES = 22;
const CENTRAL_HEADER_BYTES = 46;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) => (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

interface ZipEnd {
  at: number;
  count: number;
  directoryBytes: number;
  directoryAt: number;
}

/** The end record of a plain (not ZIP64) zip without a comment, or null. */
function zipEnd(zip: Uint8Array): ZipEnd | null {
  const at = zip.length - END_BYTES;
  if (at < 0 || u32(zip, at) !== 0x06054b50 || u16(zip, at + 20) !== 0) return null;
  const count = u16(zip, at + 10);
  const directoryBytes = u32(zip, at + 12);
  const directoryAt = u32(zip, at + 16);
  if (count === 0xffff || directoryAt === 0xffffffff || directoryAt + directoryBytes !== at) return null;
  return { at, count, directoryBytes, directoryAt };
}

function endRecord(count: number, directoryBytes: number, directoryAt: number): Uint8Array {
  const out = new Uint8Array(END_BYTES);
  const view = new DataView(out.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, count, true);
  view.setUint16(10, count, true);
  view.setUint32(12, directoryBytes, true);
  view.setUint32(16, directoryAt, true);
  return out;
}

export class UnsignableZip extends Error {}

/** `zip` with `signatureBytes` appended as signature.json (timestamp from `created`, as the other entries). */
export function appendSignatureEntry(zip: Uint8Array, signatureBytes: Uint8Array, created: string): Uint8Array {
  const end = zipEnd(zip);
  if (!end || end.count >= 0xfffe) throw new UnsignableZip('only a plain zip (no ZIP64, no comment) can be signed');
  if (splitSignedZip(zip).signature) throw new UnsignableZip('the zip is already signed');
  const writer = createZipWriter(created, { startOffsetBytes: end.directoryAt });
  const local = concatBytes(writer.entry(SIGNATURE_PATH, signatureBytes));
  const tail = writer.finish();
  const record = tail.subarray(0, tail.length - END_BYTES);
  return concatBytes([
    zip.subarray(0, end.directoryAt),
    local,
    zip.subarray(end.directoryAt, end.at),
    record,
    endRecord(end.count + 1, end.directoryBytes + record.length, end.directoryAt + local.length),
  ]);
}

/**
 * The unsigned zip and the raw (still deflated) signature entry's place, when `zip` ends with a signature entry as
 * appendSignatureEntry writes it; otherwise `signature: null` and `unsigned` is `zip` itself.
 */
export function splitSignedZip(zip: Uint8Array): { unsigned: Uint8Array; signature: { localHeaderOffset: number } | null } {
  const none = { unsigned: zip, signature: null };
  const end = zipEnd(zip);
  if (!end || end.count === 0) return none;
  // Walk the directory to its last record.
  let at = end.directoryAt;
  let last = -1;
  for (let i = 0; i < end.count; i++) {
    if (at + CENTRAL_HEADER_BYTES > end.at || u32(zip, at) !== 0x02014b50) return none;
    last = at;
    at += CENTRAL_HEADER_BYTES + u16(zip, at + 28) + u16(zip, at + 30) + u16(zip, at + 32);
  }
  if (at !== end.at) return none;
  const nameLength = u16(zip, last + 28);
  const name = strFromU8(zip.subarray(last + CENTRAL_HEADER_BYTES, last + CENTRAL_HEADER_BYTES + nameLength));
  if (name !== SIGNATURE_PATH) return none;
  const localHeaderOffset = u32(zip, last + 42);
  if (localHeaderOffset >= end.directoryAt) return none;
  const recordBytes = end.at - last;
  const unsigned = concatBytes([
    zip.subarray(0, localHeaderOffset),
    zip.subarray(end.directoryAt, last),
    endRecord(end.count - 1, end.directoryBytes - recordBytes, localHeaderOffset),
  ]);
  return { unsigned, signature: { localHeaderOffset } };
}
