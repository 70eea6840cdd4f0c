// Pure. Takes a lon/lat box and a distance in metres, returns the box grown by at least that distance
// on the ellipsoid (a conservative degree margin: 1 % extra and the cosine of the box's highest latitude).
import type { BBox } from '../geometry/bbox.ts';
import { cos } from '../numeric/portableMath.ts';

const M_PER_DEG_LAT_MIN = 110_574;

export function expandBoxM(box: BBox, distanceM: number): BBox {
  if (distanceM <= 0) return box;
  const dLat = (distanceM / M_PER_DEG_LAT_MIN) * 1.01;
  const maxAbsLat = Math.min(89, Math.max(Math.abs(box[1]), Math.abs(box[3])) + dLat);
  const dLon = (distanceM / (111_320 * cos((maxAbsLat * Math.PI) / 180))) * 1.01;
  return [box[0] - dLon, box[1] - dLat, box[2] + dLon, box[3] + dLat];
}
