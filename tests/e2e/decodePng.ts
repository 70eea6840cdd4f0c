// Node. decodePng(png) → width, height, pHYs pixels per metre and RGB(A) rows of an 8-bit, non-interlaced RGB or RGBA
// PNG (what Chromium's canvas writes), undoing the five row filters, so a test can look at any pixel of a sheet.
import { inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** Pixels per metre from pHYs (unit metre), or null. */
  pixelsPerMetre: number | null;
  channels: 3 | 4;
  data: Uint8Array;
  rgb(x: number, y: number): [number, number, number];
}

export function decodePng(png: Uint8Array): DecodedPng {
  const view = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  let at = 8;
  let width = 0;
  let height = 0;
  let channels: 3 | 4 = 4;
  let pixelsPerMetre: number | null = null;
  const idat: Buffer[] = [];
  while (at < view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString('ascii', at + 4, at + 8);
    const body = view.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body[8] !== 8 || body[12] !== 0 || (body[9] !== 2 && body[9] !== 6))
        throw new Error(`decodePng: unsupported PNG (depth ${body[8]}, colour ${body[9]}, interlace ${body[12]})`);
      channels = body[9] === 6 ? 4 : 3;
    } else if (type === 'pHYs' && body[8] === 1) {
      pixelsPerMetre = body.readUInt32BE(0);
    } else if (type === 'IDAT') idat.push(body);
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const data = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    for (let i = 0; i < stride; i++) {
      const x = raw[src + i]!;
      const a = i >= channels ? data[row + i - channels]! : 0;
      const b = y > 0 ? data[row - stride + i]! : 0;
      const c = i >= channels && y > 0 ? data[row - stride + i - channels]! : 0;
      let v: number;
      if (filter === 0) v = x;
      else if (filter === 1) v = x + a;
      else if (filter === 2) v = x + b;
      else if (filter === 3) v = x + ((a + b) >> 1);
      else {
        const p = a + b - c;
        const pa = Math.abs(p - a);
        const pb = Math.abs(p - b);
        const pc = Math.abs(p - c);
        v = x + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c);
      }
      data[row + i] = v & 0xff;
    }
  }
  return {
    width,
    height,
    pixelsPerMetre,
    channels,
    data,
    rgb: (x, y) => {
      const i = (y * width + x) * channels;
      return [data[i]!, data[i + 1]!, data[i + 2]!];
    },
  };
}
