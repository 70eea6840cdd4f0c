// Pure. The size a planner reads for a feature: area (m², ellipsoidal) for polygons, length (m, geodesic) for
// lines, the number of points for points. A line's area is always 0, so a change list in hectares alone says
// nothing about roads; this picks the measure by the geometry's family.
import type { Geometry } from '../model/types.ts';
import { ellipsoidalAreaM2 } from './ellipsoidalAreaM2.ts';
import { geodesicLengthM } from './geodesicLengthM.ts';

export type MeasureKind = 'area' | 'length' | 'points';

export function measureKindOf(geometry: Geometry): MeasureKind {
  switch (geometry.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return 'area';
    case 'LineString':
    case 'MultiLineString':
      return 'length';
    case 'Point':
    case 'MultiPoint':
      return 'points';
  }
}

/** The geometry's measure of the given kind: m² for 'area', m for 'length', a count for 'points'. */
export function measureOf(geometry: Geometry, kind: MeasureKind): number {
  if (kind === 'area') return ellipsoidalAreaM2(geometry);
  if (kind === 'length') return geodesicLengthM(geometry);
  return geometry.type === 'Point' ? 1 : geometry.type === 'MultiPoint' ? geometry.coordinates.length : 0;
}
