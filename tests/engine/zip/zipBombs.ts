// Test helpers: zip bombs crafted from real fflate zips — an entry whose declared size is forged (central
// directory and local header), and a ZIP64 container written by hand (sizes and offset in the ZIP64 extra field,
// a ZIP64 end record and locator) so the reader's ZIP64 path is exercised without writing 4 GiB.
import { deflateSync, strToU8 } from 'fflate';
import { crc32 } from '../../../engine/package/crc32.ts';

/** Sets the declared uncompressed size of `name` in the central directory and the local header. */
export function forgeDeclaredSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const want = strToU8(name);
  const named = (at: number, nameAt: number, length: number) => length === want.length && want.every((b, i) => out[at + nameAt + i] === b);
  for (let p = 0; p + 46 <= out.length; p++) {
    const sig = v.getUint32(p, true);
    if (sig === 0x02014b50 && named(p, 46, v.getUint16(p + 28, true))) v.setUint32(p + 24, size, true);
    if (sig === 0x04034b50 && p + 30 <= out.length && named(p, 30, v.getUint16(p + 26, true))) v.setUint32(p + 22, size, true);
  }
  return out;
}

/** A zip whose every record uses ZIP64: 0xFFFFFFFF sizes and offsets, the real values in the extra field. */
export function zip64Of(files: Record<string, Uint8Array>): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const names = Object.keys(files).sort();
  for (const name of names) {
    const data = files[name]!;
    const packed = deflateSync(data);
    const n = strToU8(name);
    const local = new Uint8Array(30 + n.length + 20);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 45, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc32(data), true);
    lv.setUint32(18, 0xffffffff, true);
    lv.setUint32(22, 0xffffffff, true);
    lv.setUint16(26, n.length, true);
    lv.setUint16(28, 20, true);
    local.set(n, 30);
    lv.setUint16(30 + n.length, 0x0001, true);
    lv.setUint16(32 + n.length, 16, true);
    lv.setBigUint64(34 + n.length, BigInt(data.length), true);
    lv.setBigUint64(42 + n.length, BigInt(packed.length), true);
    const header = new Uint8Array(46 + n.length + 28);
    const hv = new DataView(header.buffer);
    hv.setUint32(0, 0x02014b50, true);
    hv.setUint16(4, 45, true);
    hv.setUint16(6, 45, true);
    hv.setUint16(10, 8, true);
    hv.setUint32(16, crc32(data), true);
    hv.setUint32(20, 0xffffffff, true);
    hv.setUint32(24, 0xffffffff, true);
    hv.setUint16(28, n.length, true);
    hv.setUint16(30, 28, true);
    hv.setUint32(42, 0xffffffff, true);
    header.set(n, 46);
    hv.setUint16(46 + n.length, 0x0001, true);
    hv.setUint16(48 + n.length, 24, true);
    hv.setBigUint64(50 + n.length, BigInt(data.length), true);
    hv.setBigUint64(58 + n.length, BigInt(packed.length), true);
    hv.setBigUint64(66 + n.length, BigInt(offset), true);
    parts.push(local, packed);
    central.push(header);
    offset += local.length + packed.length;
  }
  const directoryAt = offset;
  const directoryBytes = central.reduce((s, c) => s + c.length, 0);
  const end64 = new Uint8Array(56 + 20 + 22);
  const ev = new DataView(end64.buffer);
  ev.setUint32(0, 0x06064b50, true);
  ev.setBigUint64(4, 44n, true);
  ev.setUint16(12, 45, true);
  ev.setUint16(14, 45, true);
  ev.setBigUint64(24, BigInt(names.length), true);
  ev.setBigUint64(32, BigInt(names.length), true);
  ev.setBigUint64(40, BigInt(directoryBytes), true);
  ev.setBigUint64(48, BigInt(directoryAt), true);
  ev.setUint32(56, 0x07064b50, true);
  ev.setBigUint64(64, BigInt(directoryAt + directoryBytes), true);
  ev.setUint32(72, 1, true);
  ev.setUint32(76, 0x06054b50, true);
  ev.setUint16(84, 0xffff, true);
  ev.setUint16(86, 0xffff, true);
  ev.setUint32(88, 0xffffffff, true);
  ev.setUint32(92, 0xffffffff, true);
  const all = [...parts, ...central, end64];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) (out.set(p, at), (at += p.length));
  return out;
}
