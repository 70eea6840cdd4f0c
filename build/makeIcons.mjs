#!/usr/bin/env node
// Draws the app icon (a blueprint sheet: white grid and one plan outline on blue, rounded corners) and
// writes build/icon.png (512 px, Linux) and build/icon.ico (16–256 px, Windows). Pure Node, no image
// library: `node build/makeIcons.mjs` regenerates both files byte for byte.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** RGBA pixel of the icon at (x, y) in a size×size square, anti-aliased by 4×4 supersampling. */
function pixel(x, y, size) {
  const samples = 4;
  let r = 0,
    g = 0,
    b = 0,
    a = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const u = (x + (sx + 0.5) / samples) / size;
      const v = (y + (sy + 0.5) / samples) / size;
      const [pr, pg, pb, pa] = sample(u, v, size);
      r += pr * pa;
      g += pg * pa;
      b += pb * pa;
      a += pa;
    }
  }
  const n = samples * samples;
  return a === 0 ? [0, 0, 0, 0] : [Math.round(r / a), Math.round(g / a), Math.round(b / a), Math.round((a / n) * 255)];
}

function sample(u, v, size) {
  const radius = 0.18;
  const cx = Math.min(Math.max(u, radius), 1 - radius);
  const cy = Math.min(Math.max(v, radius), 1 - radius);
  if ((u - cx) ** 2 + (v - cy) ** 2 > radius ** 2) return [0, 0, 0, 0];
  const line = Math.max(1.2 / size, 0.012);
  const grid = [0.25, 0.5, 0.75].some((t) => Math.abs(u - t) < line / 2 || Math.abs(v - t) < line / 2);
  // A plan outline: a pentagon-like parcel drawn thick.
  const outline = [
    [0.22, 0.7],
    [0.3, 0.3],
    [0.62, 0.22],
    [0.8, 0.48],
    [0.66, 0.78],
  ];
  const thick = Math.max(2.5 / size, 0.035);
  let onOutline = false;
  for (let i = 0; i < outline.length; i++) {
    const [x1, y1] = outline[i];
    const [x2, y2] = outline[(i + 1) % outline.length];
    const dx = x2 - x1,
      dy = y2 - y1;
    const t = Math.min(1, Math.max(0, ((u - x1) * dx + (v - y1) * dy) / (dx * dx + dy * dy)));
    if (Math.hypot(u - (x1 + t * dx), v - (y1 + t * dy)) < thick / 2) onOutline = true;
  }
  if (onOutline) return [255, 255, 255, 1];
  if (grid) return [147, 197, 253, 1];
  return [29, 78, 216, 1];
}

export function iconPng(size) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(x, y, size);
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
      raw[o + 3] = a;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

export function iconIco(sizes) {
  const images = sizes.map((size) => ({ size, png: iconPng(size) }));
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, png }, i) => {
    const e = 6 + i * 16;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4); // planes
    header.writeUInt16LE(32, e + 6); // bits per pixel
    header.writeUInt32LE(png.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.png)]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(here, 'icon.png'), iconPng(512));
  writeFileSync(join(here, 'icon.ico'), iconIco([16, 24, 32, 48, 64, 128, 256]));
  console.log('build/icon.png, build/icon.ico written');
}
