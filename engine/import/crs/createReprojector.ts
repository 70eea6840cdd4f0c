// Pure. createReprojector(crs) → a function from source (x, y) to EPSG:4490 [lon, lat], rounded to 1e-9°
// (0.1 mm) so output is deterministic; proj4 agrees with PROJ to well under 1 cm for these CRSs.
import proj4 from 'proj4';
import { crsInfo, type CrsInfo } from './crsCatalog.ts';

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
  const target = crsInfo(4490)!.proj4;
  const converter = proj4(crs.proj4, target);
  return (x, y) => {
    const [lon, lat] = converter.forward([x, y]) as [number, number];
    return [round9(lon), round9(lat)];
  };
}
