// Test and bench helper: zeroDeflate(zerosAtLeast) → a raw deflate stream (fixed-Huffman blocks of 258-byte
// matches at distance 1, ≈ 158:1) that inflates to a run of zeros, built without deflating them, so a zip can
// honestly declare an entry past 4 GiB uncompressed with ≈ 27 MB of data. Also crc32OfZeros, via node:zlib.
import { crc32 } from 'node:zlib';

/** Deflate bits go least significant first; Huffman codes go most significant bit first. */
class Bits {
  readonly bytes: number[] = [];
  private acc = 0;
  private count = 0;
  put(value: number, length: number): void {
    for (let i = 0; i < length; i++) this.bit((value >> i) & 1);
  }
  code(code: number, length: number): void {
    for (let i = length - 1; i >= 0; i--) this.bit((code >> i) & 1);
  }
  private bit(b: number): void {
    this.acc |= b << this.count;
    if (++this.count === 8) (this.bytes.push(this.acc), (this.acc = 0), (this.count = 0));
  }
  get aligned(): boolean {
    return this.count === 0;
  }
}

/** One non-final fixed-Huffman block: `literal` zero literals then `matches` copies of (258, distance 1), then end of block. */
function block(literal: boolean, matches: number): Uint8Array {
  const bits = new Bits();
  bits.put(0, 1); // not final
  bits.put(1, 2); // fixed Huffman
  if (literal) bits.code(0x30, 8); // literal 0
  for (let i = 0; i < matches; i++) (bits.code(0xc5, 8), bits.code(0, 5)); // length code 285 (258), distance code 0 (1)
  bits.code(0, 7); // end of block (256)
  if (!bits.aligned) throw new Error('block not byte-aligned');
  return Uint8Array.from(bits.bytes);
}

// 3 + 8 + 13·6 + 7 = 96 bits and 3 + 13·8006 + 7 = 104,088 bits: both whole bytes, so blocks concatenate.
const FIRST = block(true, 6);
const FIRST_ZEROS = 1 + 6 * 258;
const REPEAT = block(false, 8006);
const REPEAT_ZEROS = 8006 * 258;
/** A final empty stored block: BFINAL 1, BTYPE 00, padding, LEN 0, NLEN 0xFFFF. */
const LAST = Uint8Array.from([0x01, 0x00, 0x00, 0xff, 0xff]);

export interface ZeroDeflate {
  sizeBytes: number;
  data: Uint8Array;
}

/** The smallest stream of this construction inflating to at least `zerosAtLeast` zeros, and its exact size. */
export function zeroDeflate(zerosAtLeast: number): ZeroDeflate {
  const repeats = Math.max(0, Math.ceil((zerosAtLeast - FIRST_ZEROS) / REPEAT_ZEROS));
  const data = new Uint8Array(FIRST.length + repeats * REPEAT.length + LAST.length);
  data.set(FIRST, 0);
  for (let i = 0; i < repeats; i++) data.set(REPEAT, FIRST.length + i * REPEAT.length);
  data.set(LAST, data.length - LAST.length);
  return { sizeBytes: FIRST_ZEROS + repeats * REPEAT_ZEROS, data };
}

/** CRC-32 of `length` zero bytes (node:zlib, 64 MiB at a time). */
export function crc32OfZeros(length: number): number {
  const chunk = new Uint8Array(Math.min(length, 64 << 20));
  let crc = 0;
  for (let left = length; left > 0; left -= chunk.length) crc = crc32(chunk.subarray(0, Math.min(left, chunk.length)), crc);
  return crc;
}
