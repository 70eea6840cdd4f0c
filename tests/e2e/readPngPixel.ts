// Node. readPngPixel(png) → [r, g, b] of a 1×1 PNG screenshot (8-bit RGB or RGBA, non-interlaced). With a
// single pixel every PNG row filter reduces to the raw bytes, so inflating the IDAT data is enough.
import { inflateSync } from 'node:zlib';

export function readPngPixel(png: Uint8Array): [number, number, number] {
  const view = Buffer.from(png);
  let at = 8;
  const idat: Buffer[] = [];
  let colourType = -1;
  while (at < view.length) {
    const length = view.readUInt32BE(at);
    const type = view.toString('ascii', at + 4, at + 8);
    const data = view.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      if (data.readUInt32BE(0) !== 1 || data.readUInt32BE(4) !== 1 || data[8] !== 8)
        throw new Error('readPngPixel expects a 1×1 8-bit PNG');
      colourType = data[9]!;
    } else if (type === 'IDAT') idat.push(data);
    at += 12 + length;
  }
  if (colourType !== 2 && colourType !== 6) throw new Error(`readPngPixel: unsupported PNG colour type ${colourType}`);
  const raw = inflateSync(Buffer.concat(idat));
  return [raw[1]!, raw[2]!, raw[3]!];
}
