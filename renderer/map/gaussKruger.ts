// Pure. gaussKruger(lon, lat) → CGCS2000 3-degree Gauss-Krüger coordinates (zone number, easting with the
// zone prefix, northing) for the coordinate readout, through the engine's transverse Mercator (the one
// imports use), so the readout and an imported file agree to the millimetre.
import { transverseMercator, type TransverseMercator } from '../../engine/geometry/index.ts';

export interface GaussKrugerPoint {
  zone: number;
  centralMeridian: number;
  /** Easting with the zone prefix (e.g. 38 500 000 + x), metres. */
  x: number;
  y: number;
}

const projections = new Map<number, TransverseMercator>();

export function gaussKruger(lon: number, lat: number): GaussKrugerPoint {
  const zone = Math.round(lon / 3);
  const centralMeridian = zone * 3;
  let tm = projections.get(zone);
  if (!tm) {
    tm = transverseMercator(centralMeridian);
    projections.set(zone, tm);
  }
  const [easting, northing] = tm.forward(lon, lat);
  return { zone, centralMeridian, x: zone * 1e6 + 500_000 + easting, y: northing };
}
