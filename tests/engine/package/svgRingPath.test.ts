// The ring's path data compares vertices as whole tenths and writes only the kept ones; the text must be what
// writing every vertex with toFixed(1) and leaving out a repeat of the text before gives.
import { describe, expect, it } from 'vitest';
import { SvgRingPath } from '../../../engine/package/svgRingPath.ts';

function reference(points: readonly (readonly [number, number])[], closed: boolean): string {
  const parts: string[] = [];
  let last = '';
  for (const [x, y] of points) {
    const s = `${x.toFixed(1)} ${y.toFixed(1)}`;
    if (s !== last) parts.push(s);
    last = s;
  }
  return parts.length > 1 ? `M${parts.join('L')}${closed ? 'Z' : ''}` : '';
}

function drawn(points: readonly (readonly [number, number])[], closed: boolean): string {
  const ring = new SvgRingPath();
  for (const [x, y] of points) ring.vertex(x, y);
  return ring.end(closed);
}

/** A value whose toFixed(1) float arithmetic could get wrong: near a half tenth, negative, huge, or not finite. */
const awkward = [
  0,
  -0,
  0.05,
  0.15,
  0.25,
  0.35,
  1.45,
  2.675,
  1.005,
  0.04999999999999999,
  0.05000000000000001,
  8.95,
  99.95,
  799.95,
  123456.05,
  1e11 - 0.05,
  1e11,
  1e11 + 0.05,
  4.35e14,
  1e21,
  1.5e21,
  -0.04,
  -0.05,
  -1.25,
  -3.3,
  NaN,
  Infinity,
  -Infinity,
  0.1 + 0.2,
  0.3,
  0.7000000000000001,
];

/** Deterministic pseudo-random numbers (mulberry32), so a failure repeats. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('SvgRingPath', () => {
  it('writes each awkward value as toFixed(1) does', () => {
    for (const x of awkward) {
      for (const y of awkward) {
        const points: [number, number][] = [
          [x, y],
          [1, 2],
          [x, y],
        ];
        expect(drawn(points, true)).toBe(reference(points, true));
      }
    }
  });

  it('leaves out the same repeats as the text comparison, also between exact and awkward vertices', () => {
    // 0.05 writes as 0.1 (its double is just above a half), so it repeats 0.1; 0.25 writes as 0.3 and repeats 0.3.
    const points: [number, number][] = [
      [0.1, 0.25],
      [0.05, 0.3],
      [0.1, 0.25],
      [0.12, 0.3],
      [-0, 0],
      [0, -0],
      [0.04, 0.3],
    ];
    expect(drawn(points, false)).toBe(reference(points, false));
    expect(drawn(points, false)).toBe('M0.1 0.3L0.0 0.0L0.0 0.3');
  });

  it('agrees with the text comparison on random rings at every scale, rings after rings', () => {
    const next = random(2026);
    const ring = new SvgRingPath();
    for (let r = 0; r < 4000; r++) {
      const scale = 10 ** Math.floor(next() * 14 - 2);
      const points: [number, number][] = [];
      const n = 1 + Math.floor(next() * 12);
      for (let i = 0; i < n; i++) {
        // Steps of about a tenth, so that neighbours often repeat, at times exactly on a half tenth.
        const x = next() < 0.2 ? Math.round(next() * 200) / 20 : next() * scale;
        points.push([x, next() < 0.5 ? x : (next() - 0.1) * scale]);
      }
      for (const [x, y] of points) ring.vertex(x, y);
      const closed = r % 2 === 0;
      expect(ring.end(closed)).toBe(reference(points, closed));
    }
  });

  it('gives no path for a ring that draws fewer than two points', () => {
    expect(drawn([], true)).toBe('');
    expect(
      drawn(
        [
          [3.01, 4.02],
          [3.04, 3.99],
        ],
        true,
      ),
    ).toBe('');
  });
});
