// Pure. sameGeometry(a, b, toleranceDeg) → whether two geometries have the same type and structure and
// every coordinate within the tolerance. The default 1e-8° (about 1 mm) absorbs the rounding noise of a
// re-export through another format or CRS, which must not show as a change or a conflict.
import type { Geometry } from '../model/types.ts';

export const GEOMETRY_TOLERANCE_DEG = 1e-8;

function close(a: unknown, b: unknown, tol: number): boolean {
  if (typeof a === 'number' || typeof b === 'number') return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) <= tol;
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!close(a[i], b[i], tol)) return false;
  return true;
}

export function sameGeometry(
  a: Geometry | null | undefined,
  b: Geometry | null | undefined,
  toleranceDeg = GEOMETRY_TOLERANCE_DEG,
): boolean {
  if (!a || !b) return a === b;
  return a.type === b.type && close(a.coordinates, b.coordinates, toleranceDeg);
}
