import { describe, expect, it } from 'vitest';
import type { Position } from '../../../engine/model/types.ts';
import { polygonDefect } from '../../../engine/validate/polygonDefects.ts';

const square: Position[] = [
  [0, 0],
  [4, 0],
  [4, 4],
  [0, 4],
  [0, 0],
];

function circle(n: number, r: number, cx = 0, cy = 0): Position[] {
  const ring: Position[] = [];
  for (let i = 0; i < n; i++) ring.push([cx + r * Math.cos((2 * Math.PI * i) / n), cy + r * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]!);
  return ring;
}

describe('polygonDefect', () => {
  it('accepts a simple square and a square with an inner hole', () => {
    expect(polygonDefect([square])).toBeUndefined();
    expect(
      polygonDefect([
        square,
        [
          [1, 1],
          [1, 2],
          [2, 2],
          [2, 1],
          [1, 1],
        ],
      ]),
    ).toBeUndefined();
  });

  it('accepts a hole touching the shell at one point (OGC valid)', () => {
    expect(
      polygonDefect([
        square,
        [
          [0, 2],
          [1, 1],
          [1, 3],
          [0, 2],
        ],
      ]),
    ).toBeUndefined();
  });

  it('accepts repeated consecutive positions', () => {
    expect(
      polygonDefect([
        [
          [0, 0],
          [4, 0],
          [4, 0],
          [4, 4],
          [0, 4],
          [0, 0],
        ],
      ]),
    ).toBeUndefined();
  });

  it('flags a bow-tie at its crossing point', () => {
    expect(
      polygonDefect([
        [
          [0, 0],
          [2, 2],
          [2, 0],
          [0, 2],
          [0, 0],
        ],
      ]),
    ).toEqual({ kind: 'self-intersection', ring: 0, otherRing: 0, at: [1, 1] });
  });

  it('flags a ring touching itself at a vertex', () => {
    const ring: Position[] = [
      [0, 0],
      [4, 0],
      [2, 2],
      [4, 4],
      [0, 4],
      [2, 2],
      [0, 0],
    ];
    expect(polygonDefect([ring])).toMatchObject({ kind: 'self-intersection', at: [2, 2] });
  });

  it('flags a spike that doubles back on itself', () => {
    const ring: Position[] = [
      [0, 0],
      [4, 0],
      [6, 0],
      [4, 0],
      [4, 4],
      [0, 4],
      [0, 0],
    ];
    expect(polygonDefect([ring])).toMatchObject({ kind: 'self-intersection', ring: 0 });
  });

  it('flags a hole crossing its shell', () => {
    expect(
      polygonDefect([
        square,
        [
          [3, 1],
          [5, 1],
          [5, 2],
          [3, 2],
          [3, 1],
        ],
      ]),
    ).toMatchObject({ kind: 'self-intersection', ring: 0, otherRing: 1 });
  });

  it('flags a hole outside its shell', () => {
    expect(
      polygonDefect([
        square,
        [
          [5, 5],
          [6, 5],
          [6, 6],
          [5, 6],
          [5, 5],
        ],
      ]),
    ).toEqual({ kind: 'hole-outside-shell', ring: 1 });
  });

  it('checks large rings with the sweep: valid circle, then one crossing vertex', () => {
    const ring = circle(2000, 10);
    expect(polygonDefect([ring, circle(500, 3)])).toBeUndefined();
    const broken = ring.map((p) => [...p] as Position);
    broken[1000] = [12, 0]; // on the far side: edges 999→1000 and 1000→1001 now cross edges near vertex 0
    expect(polygonDefect([broken])).toMatchObject({ kind: 'self-intersection', ring: 0, otherRing: 0 });
  });
});
