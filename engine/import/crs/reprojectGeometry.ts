// Pure. reprojectGeometry(geometry, reproject, swapAxes) → a new geometry in EPSG:4490 lon/lat; the input
// is not mutated. `swapAxes` is for sources whose CRS orders coordinates northing first (lat/lon).
import { mapCoordinates } from '../../geometry/mapCoordinates.ts';
import type { Geometry } from '../../model/types.ts';
import type { Reproject } from './createReprojector.ts';

export function reprojectGeometry(geometry: Geometry, reproject: Reproject, swapAxes: boolean): Geometry {
  return mapCoordinates(geometry, swapAxes ? (x, y) => reproject(y, x) : reproject);
}
