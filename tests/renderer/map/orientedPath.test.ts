import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Geometry, Position } from '../../../engine/model/types.ts';
import { createOrientedTracer, type PathSink } from '../../../renderer/map/orientedPath.ts';

/** Records the traced subpaths, as a Path2D would hold them. */
function recorder(): PathSink & { subpaths: [number, number][][] } {
  const subpaths: [number, number][][] = [];
  return {
    subpaths,
    moveTo: (x, y) => void subpaths.push([[x, y]]),
    lineTo: (x, y) => void subpaths[subpaths.length - 1]!.push([x, y]),
  };
}

/** The nonzero rule's winding number of the closed subpaths around (x, y). */
function winding(subpaths: [number, number][][], x: number, y: number): number {
  let w = 0;
  for (const path of subpaths) {
    for (let i = 0; i < path.length; i++) {
      const [ax, ay] = path[i]!;
      const [bx, by] = path[(i + 1) % path.length]!;
      const side = (bx - ax) * (y - ay) - (x - ax) * (by - ay);
      if (ay <= y && by > y && side > 0) w++;
      else if (ay > y && by <= y && side < 0) w--;
    }
  }
  return w;
}

/** Whether (x, y) lies in the polygon: inside its shell and in none of its holes (even-odd per ring). */
function inPolygon(rings: readonly Position[][], x: number, y: number): boolean {
  const inRing = (ring: readonly Position[]) => {
    let inside = false;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
    }
    return inside;
  };
  return inRing(rings[0]!) && !rings.slice(1).some(inRing);
}

const identity = (p: Position, out: Float64Array, at: number) => {
  out[at] = p[0]!;
  out[at + 1] = p[1]!;
};

/** An axis-aligned rectangle ring, clockwise or not. */
function rect(x0: number, y0: number, x1: number, y1: number, reversed: boolean): Position[] {
  const ring: Position[] = [
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
    [x0, y0],
  ];
  return reversed ? ring.reverse() : ring;
}

// Polygons on a 0–20 grid: a shell with up to two holes, any ring in either direction (real plans hold both).
const polygonArb = fc
  .record({
    x: fc.integer({ min: 0, max: 10 }),
    y: fc.integer({ min: 0, max: 10 }),
    w: fc.integer({ min: 4, max: 10 }),
    h: fc.integer({ min: 4, max: 10 }),
    holes: fc.array(fc.record({ dx: fc.integer({ min: 1, max: 2 }), dy: fc.integer({ min: 1, max: 2 }), reversed: fc.boolean() }), {
      maxLength: 2,
    }),
    reversed: fc.boolean(),
  })
  .map(({ x, y, w, h, holes, reversed }) => {
    const rings = [rect(x, y, x + w, y + h, reversed)];
    // Holes side by side inside the shell, apart from each other.
    holes.forEach((hole, k) => {
      const hx = x + 1 + k * 2;
      rings.push(rect(hx, y + 1, hx + hole.dx * 0.5, y + 1 + hole.dy, hole.reversed));
    });
    return rings;
  });

describe('createOrientedTracer', () => {
  it('fills under the nonzero rule exactly the union of the polygons traced into one path', () => {
    fc.assert(
      fc.property(fc.array(polygonArb, { minLength: 1, maxLength: 5 }), fc.boolean(), (polygons, asMulti) => {
        const tracer = createOrientedTracer(identity);
        const sink = recorder();
        if (asMulti) tracer.trace({ type: 'MultiPolygon', coordinates: polygons }, sink);
        else for (const rings of polygons) tracer.trace({ type: 'Polygon', coordinates: rings }, sink);
        // Sample points at quarter steps, off every edge (edges lie on whole and half numbers).
        for (let x = 0.25; x < 21; x += 0.5) {
          for (let y = 0.25; y < 21; y += 0.5) {
            const covered = polygons.some((rings) => inPolygon(rings, x, y));
            expect(winding(sink.subpaths, x, y) !== 0, `at ${x}, ${y}`).toBe(covered);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps an island in a hole filled, and the hole open around it', () => {
    const tracer = createOrientedTracer(identity);
    const sink = recorder();
    tracer.trace({ type: 'Polygon', coordinates: [rect(0, 0, 10, 10, false), rect(2, 2, 8, 8, false)] }, sink);
    tracer.trace({ type: 'Polygon', coordinates: [rect(4, 4, 6, 6, true)] }, sink);
    expect(winding(sink.subpaths, 1, 1)).not.toBe(0);
    expect(winding(sink.subpaths, 3, 3)).toBe(0);
    expect(winding(sink.subpaths, 5, 5)).not.toBe(0);
  });

  it('traces lines as given and projects every position', () => {
    const tracer = createOrientedTracer((p, out, at) => {
      out[at] = p[0]! * 2;
      out[at + 1] = -p[1]!;
    });
    const sink = recorder();
    const line: Geometry = {
      type: 'MultiLineString',
      coordinates: [
        [
          [3, 1],
          [1, 1],
          [1, 3],
        ],
        [[0, 0]],
      ],
    };
    tracer.trace(line, sink);
    expect(sink.subpaths).toEqual([
      [
        [6, -1],
        [2, -1],
        [2, -3],
      ],
      [[0, -0]],
    ]);
  });

  it('grows its scratch buffer for a ring longer than any before', () => {
    const tracer = createOrientedTracer(identity);
    const ring: Position[] = [];
    for (let k = 0; k < 1000; k++) ring.push([Math.cos((2 * Math.PI * k) / 1000), Math.sin((2 * Math.PI * k) / 1000)]);
    ring.push(ring[0]!);
    const sink = recorder();
    tracer.trace({ type: 'Polygon', coordinates: [ring] }, sink);
    expect(sink.subpaths[0]).toHaveLength(1001);
    expect(winding(sink.subpaths, 0, 0)).not.toBe(0);
  });
});
