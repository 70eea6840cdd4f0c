// Pure. projectRingsToZone(rings, crs, decimals) → lon/lat rings (EPSG:4490) as 界址点 in a CGCS2000 Gauss-Krüger
// zone: X the northing, Y the easting (with the zone prefix when `prefixed`), rounded to `decimals`, no 点号 yet
// (ring k is 圈号 k + 1). For boundaries from a drawing, a DXF or a GIS file written back as a 部标 TXT.
import { transverseMercator } from '../../geometry/transverseMercator.ts';
import type { Ring } from '../../model/types.ts';
import type { BoundaryRing } from './types.ts';

export interface ZoneChoice {
  zone: number;
  zoneWidthDeg: 3 | 6;
  prefixed: boolean;
}

export function projectRingsToZone(rings: readonly Ring[], crs: ZoneChoice, decimals: number): BoundaryRing[] {
  const cm = crs.zoneWidthDeg === 3 ? crs.zone * 3 : crs.zone * 6 - 3;
  const tm = transverseMercator(cm);
  const fe = 500000 + (crs.prefixed ? crs.zone * 1e6 : 0);
  const round = (v: number): number => Number(v.toFixed(decimals));
  return rings.map((ring, r) => ({
    ringNo: r + 1,
    points: ring.map(([lon, lat]) => {
      const [e, n] = tm.forward(lon, lat);
      return { pointId: '', xM: round(n), yM: round(e + fe) };
    }),
  }));
}
