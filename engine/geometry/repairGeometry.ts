// Pure (given a port). repairGeometry(port, g) → g when GEOS finds it valid, else its repair for measurement:
// GEOS MakeValid (a bow-tie keeps both lobes), except that a MultiPolygon's parts are repaired one by one and
// unioned, because MakeValid's linework turns the overlap of two parts into a hole (a part inside another
// vanishes with its area) where the plan means it once. Null when nothing of the input's dimension is left.
import type { Geometry } from '../model/types.ts';
import type { GeomInput, GeometryPort } from './port.ts';

export function repairGeometry(port: GeometryPort, geometry: Geometry, held?: GeomInput): Geometry | null {
  const input = held ?? geometry;
  if (port.validity(input).valid) return geometry;
  return repairInvalid(port, geometry, input);
}

/** The repair alone, for a geometry already known to be invalid (`held`: the same geometry in the port). */
export function repairInvalid(port: GeometryPort, geometry: Geometry, held?: GeomInput): Geometry | null {
  if (geometry.type !== 'MultiPolygon' || geometry.coordinates.length < 2) return port.makeValid(held ?? geometry);
  const parts = geometry.coordinates
    .map((rings) => port.makeValid({ type: 'Polygon', coordinates: rings }))
    .filter((p): p is Geometry => p !== null);
  return port.unaryUnion(parts, { keep: 'polygonal' });
}
