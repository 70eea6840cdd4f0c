// Traces a geometry into a path in pixels with every polygon's shell wound one way and its holes the other, so
// that many polygons of one colour can share one path filled by the nonzero rule: their union is filled (two
// overlapping parcels add up instead of cancelling as under even-odd), a hole is left open unless another polygon
// of that colour covers it, and an island in a hole is filled. Lines are traced as they are, for strokes.
import type { Geometry, Position } from '../../engine/model/index.ts';

/** Where the traced positions go: a Path2D in the editor, a recorder in tests. */
export interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
}

/** Projects a longitude/latitude position to pixels: writes x to out[at], y to out[at + 1]. */
export type ToPixels = (p: Position, out: Float64Array, at: number) => void;

export interface OrientedTracer {
  trace(g: Geometry, sink: PathSink): void;
}

/** A tracer with its own scratch buffer of projected positions (grown to the longest ring it meets). */
export function createOrientedTracer(toPixels: ToPixels): OrientedTracer {
  let scratch = new Float64Array(256);

  const project = (ring: readonly Position[]): number => {
    if (scratch.length < ring.length * 2) scratch = new Float64Array(ring.length * 4);
    for (let i = 0; i < ring.length; i++) toPixels(ring[i]!, scratch, i * 2);
    return ring.length;
  };

  /** Twice the ring's signed area in pixels (the shoelace sum; positive is clockwise on screen, y down). */
  const signedArea2 = (n: number): number => {
    let sum = 0;
    for (let i = 0, j = n - 1; i < n; j = i++) sum += scratch[j * 2]! * scratch[i * 2 + 1]! - scratch[i * 2]! * scratch[j * 2 + 1]!;
    return sum;
  };

  const emit = (n: number, reversed: boolean, sink: PathSink) => {
    for (let k = 0; k < n; k++) {
      const i = reversed ? n - 1 - k : k;
      if (k === 0) sink.moveTo(scratch[i * 2]!, scratch[i * 2 + 1]!);
      else sink.lineTo(scratch[i * 2]!, scratch[i * 2 + 1]!);
    }
  };

  const polygon = (rings: readonly Position[][], sink: PathSink) => {
    rings.forEach((ring, index) => {
      const n = project(ring);
      if (n === 0) return;
      const clockwise = signedArea2(n) > 0;
      // Shells clockwise, holes anticlockwise.
      emit(n, index === 0 ? !clockwise : clockwise, sink);
    });
  };

  const line = (coordinates: readonly Position[], sink: PathSink) => emit(project(coordinates), false, sink);

  return {
    trace(g, sink) {
      switch (g.type) {
        case 'Polygon':
          polygon(g.coordinates, sink);
          break;
        case 'MultiPolygon':
          for (const p of g.coordinates) polygon(p, sink);
          break;
        case 'LineString':
          line(g.coordinates, sink);
          break;
        case 'MultiLineString':
          for (const l of g.coordinates) line(l, sink);
          break;
        default:
          break;
      }
    },
  };
}
