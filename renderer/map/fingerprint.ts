// A 64-bit fingerprint of numbers and geometries, fed piece by piece (two 32-bit lanes, each word mixed in with
// Murmur3's multiply-rotate steps). It tells whether what an overview image was drawn from is still what the map
// would draw: a display cache's key, not a checksum against tampering. Numbers are buffered and mixed as the 32-bit
// words of their float64 bits in one tight loop (300k parcels, 3 M coordinates: tens of milliseconds).
import type { Geometry, Position } from '../../engine/model/index.ts';

export interface Fingerprint {
  number(value: number): void;
  string(value: string): void;
  geometry(g: Geometry): void;
  /** 16 hex digits. */
  digest(): string;
}

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const BUFFERED = 4096;

export function createFingerprint(): Fingerprint {
  let a = 0x9747b28c;
  let b = 0x5bd1e995;
  const buffer = new Float64Array(BUFFERED);
  const words = new Uint32Array(buffer.buffer);
  let used = 0;

  const flush = () => {
    // Locals, not the closure's variables, in the loop: V8 keeps them in registers.
    let x = a;
    let y = b;
    for (let i = 0, n = used * 2; i < n; i++) {
      let k = Math.imul(words[i]!, C1);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, C2);
      x ^= k;
      x = (x << 13) | (x >>> 19);
      x = (Math.imul(x, 5) + 0xe6546b64) | 0;
      y ^= Math.imul(k ^ (k >>> 16), 0x85ebca6b);
      y = (y << 11) | (y >>> 21);
      y = (Math.imul(y, 9) + 0x7feb352d) | 0;
    }
    a = x;
    b = y;
    used = 0;
  };
  const number = (value: number) => {
    if (used === BUFFERED) flush();
    buffer[used++] = value;
  };
  const positions = (list: readonly Position[]) => {
    number(list.length);
    for (const p of list) {
      number(p[0]!);
      number(p[1]!);
    }
  };

  return {
    number,
    string(value) {
      number(value.length);
      for (let i = 0; i < value.length; i++) number(value.charCodeAt(i));
    },
    geometry(g) {
      switch (g.type) {
        case 'Point':
          number(1);
          positions([g.coordinates]);
          break;
        case 'MultiPoint':
        case 'LineString':
          number(g.type === 'MultiPoint' ? 2 : 3);
          positions(g.coordinates);
          break;
        case 'MultiLineString':
        case 'Polygon':
          number(g.type === 'MultiLineString' ? 4 : 5);
          number(g.coordinates.length);
          for (const part of g.coordinates) positions(part);
          break;
        case 'MultiPolygon':
          number(6);
          number(g.coordinates.length);
          for (const polygon of g.coordinates) {
            number(polygon.length);
            for (const ring of polygon) positions(ring);
          }
          break;
      }
    },
    digest() {
      flush();
      // Murmur3's finaliser on each lane, each lane folded with the other.
      const fmix = (h: number) => {
        h ^= h >>> 16;
        h = Math.imul(h, 0x85ebca6b);
        h ^= h >>> 13;
        h = Math.imul(h, 0xc2b2ae35);
        return (h ^ (h >>> 16)) >>> 0;
      };
      const hi = fmix(a ^ Math.imul(b, 0x27d4eb2f));
      const lo = fmix(b ^ Math.imul(a, 0x165667b1));
      return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
    },
  };
}
