// Pure. gaussKrugerToLonLat(zone, northM, eastM) → lon/lat degrees of a CGCS2000 3° Gauss-Krüger position given in
// the survey convention (X = north, Y = east with the 500 km false easting, without the zone prefix), through the
// engine's transverse Mercator — the inverse of gaussKruger(), to the millimetre.
import { transverseMercator, type TransverseMercator } from '../../engine/geometry/index.ts';

const projections = new Map<number, TransverseMercator>();

export function gaussKrugerToLonLat(zone: number, northM: number, eastM: number): [number, number] {
  let tm = projections.get(zone);
  if (!tm) projections.set(zone, (tm = transverseMercator(zone * 3)));
  return tm.inverse(eastM - 500_000, northM);
}
