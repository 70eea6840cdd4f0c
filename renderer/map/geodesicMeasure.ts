// Pure. Ellipsoidal (GRS80) measures for the measure tools: geodesic length of a lon/lat path in metres
// and geodesic area of a lon/lat ring in square metres (Karney's algorithm, geographiclib).
import { Geodesic, PolygonArea } from 'geographiclib-geodesic';

const GRS80 = new Geodesic.Geodesic(6378137, 1 / 298.257222101);

export function geodesicLengthM(path: readonly (readonly number[])[]): number {
  let total = 0;
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1]!;
    const b = path[i]!;
    total += GRS80.Inverse(a[1]!, a[0]!, b[1]!, b[0]!, Geodesic.DISTANCE).s12 ?? 0;
  }
  return total;
}

export function geodesicAreaM2(ring: readonly (readonly number[])[]): number {
  const polygon = new PolygonArea.PolygonArea(GRS80, false);
  const n = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.length - 1 : ring.length;
  for (let i = 0; i < n; i++) polygon.AddPoint(ring[i]![1]!, ring[i]![0]!);
  return Math.abs(polygon.Compute(false, true).area ?? 0);
}
