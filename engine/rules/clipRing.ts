// Pure. Sutherland–Hodgman clipping of a polygon ring to an axis-aligned box. The output keeps the area
// inside the box exactly; on concave input it may carry zero-width bridges along the box's edges, so it
// serves area sums only.
import type { BBox } from '../geometry/bbox.ts';
import type { Position } from '../model/types.ts';

export function clipRing(ring: readonly Position[], box: BBox): Position[] {
  let pts: Position[] = ring.slice(0, -1);
  const edges: [number, number, boolean][] = [
    [0, box[0], true],
    [0, box[2], false],
    [1, box[1], true],
    [1, box[3], false],
  ];
  for (const [axis, value, keepAbove] of edges) {
    if (pts.length === 0) break;
    const inside = (p: Position) => (keepAbove ? p[axis]! >= value : p[axis]! <= value);
    const out: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      const ci = inside(cur);
      const pi = inside(prev);
      if (ci !== pi) {
        const t = (value - prev[axis]!) / (cur[axis]! - prev[axis]!);
        out.push(axis === 0 ? [value, prev[1] + t * (cur[1] - prev[1])] : [prev[0] + t * (cur[0] - prev[0]), value]);
      }
      if (ci) out.push(cur);
    }
    pts = out;
  }
  return pts;
}
