// Pure. densifyBulgeArc: the points strictly between two polyline vertices joined by a DXF bulge
// (tan of a quarter of the included angle, positive = counter-clockwise), so that no chord strays more than
// maxChordErrorM (sagitta) from the true arc. Appends to `out` as x, y pairs; returns the count appended.
import { acos, atan, atan2, cos, sin } from '../../numeric/portableMath.ts';

/** More points than this for one arc means a corrupt bulge, not a drawing. */
export const MAX_POINTS_PER_ARC = 100_000;

export function densifyBulgeArc(
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  bulge: number,
  maxChordError: number,
  out: number[],
): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const chord = Math.sqrt(dx * dx + dy * dy);
  if (chord === 0 || bulge === 0) return 0;
  const sweep = 4 * atan(bulge);
  const radius = (chord * (1 + bulge * bulge)) / (4 * Math.abs(bulge));
  // Centre: the chord's midpoint moved along the left normal by (1 − b²)/(4b) chords.
  const k = (1 - bulge * bulge) / (4 * bulge);
  const cx = (x1 + x2) / 2 - dy * k;
  const cy = (y1 + y2) / 2 + dx * k;
  // A chord of angle φ strays r(1 − cos(φ/2)) from the arc.
  const maxStep = maxChordError >= radius ? Math.PI / 2 : 2 * acos(1 - maxChordError / radius);
  const n = Math.max(1, Math.ceil(Math.abs(sweep) / maxStep));
  if (n > MAX_POINTS_PER_ARC) return -1;
  const start = atan2(y1 - cy, x1 - cx);
  for (let i = 1; i < n; i++) {
    const a = start + (sweep * i) / n;
    out.push(cx + radius * cos(a), cy + radius * sin(a));
  }
  return n - 1;
}
