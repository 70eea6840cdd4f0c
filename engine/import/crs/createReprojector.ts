// Pure. createReprojector(crs) → a function from source (x, y) to EPSG:4490 [lon, lat], rounded to 1e-9°
// (0.1 mm). Gauss-Krüger zones go through the engine's own transverse Mercator (Krüger series, nanometre
// accurate, engine-independent arithmetic), so an import gives the same bits in Node and in the editor.
import { transverseMercator } from '../../geometry/transverseMercator.ts';
import type { CrsInfo } from './crsCatalog.ts';

export type Reproject = (x: number, y: number) => [number, number];

/** True when the CRS's coordinates already are EPSG:4490 lon/lat numbers (no transformation at all). */
export function isIdentityCrs(crs: CrsInfo): boolean {
  return crs.family === 'geographic';
}

const round9 = (v: number): number => Math.round(v * 1e9) / 1e9;

export function createReprojector(crs: CrsInfo): Reproject {
  // CGCS2000 and WGS 84 lon/lat are the same numbers at this precision; PROJ's EPSG:4326→4490 is a
  // null transformation too.
  if (crs.family === 'geographic') return (x, y) => [round9(x), round9(y)];
  // Every Gauss-Krüger CRS in the catalogue: scale 1 on the central meridian, origin on the equator, a
  // false easting (with or without the zone prefix) and no false northing.
  const tm = transverseMercator(crs.centralMeridianDeg!);
  const falseEastingM = crs.falseEastingM!;
  return (x, y) => {
    const [lon, lat] = tm.inverse(x - falseEastingM, y);
    return [round9(lon), round9(lat)];
  };
}
