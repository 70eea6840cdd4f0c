// Pure. pngWithDpi(png, dpi) → the same PNG with a pHYs chunk saying its resolution, placed right after IHDR (any
// pHYs already there is dropped), so an image viewer or a print shop prints a 300-dpi sheet at paper size.
import { crc32 } from '../package/crc32.ts';

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function u32(out: Uint8Array, at: number, value: number): void {
  out[at] = (value >>> 24) & 0xff;
  out[at + 1] = (value >>> 16) & 0xff;
  out[at + 2] = (value >>> 8) & 0xff;
  out[at + 3] = value & 0xff;
}

const readU32 = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** Returns `png` unchanged when it is not a PNG (the caller saves what the canvas gave). */
export function pngWithDpi(png: Uint8Array, dpi: number): Uint8Array {
  if (png.length < 33 || SIGNATURE.some((v, i) => png[i] !== v)) return png;
  const ihdrEnd = 8 + 12 + readU32(png, 8);
  const pixelsPerMetre = Math.round(dpi / 0.0254);
  const chunk = new Uint8Array(21);
  u32(chunk, 0, 9);
  chunk.set([0x70, 0x48, 0x59, 0x73], 4); // pHYs
  u32(chunk, 8, pixelsPerMetre);
  u32(chunk, 12, pixelsPerMetre);
  chunk[16] = 1; // unit: metre
  u32(chunk, 17, crc32(chunk.subarray(4, 17)));
  const parts: Uint8Array[] = [png.subarray(0, ihdrEnd), chunk];
  let at = ihdrEnd;
  while (at + 12 <= png.length) {
    const length = readU32(png, at);
    const end = at + 12 + length;
    const type = String.fromCharCode(png[at + 4]!, png[at + 5]!, png[at + 6]!, png[at + 7]!);
    if (type !== 'pHYs') parts.push(png.subarray(at, Math.min(end, png.length)));
    at = end;
  }
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
