// Pure. The ground a 专题图 sheet shows: CGCS2000 3-degree Gauss-Krüger of the zone of its centre (not Web
// Mercator, which is 1/cos(lat) off scale: 1.22× at 35°N). A scale 1:S puts S millimetres of ground on one
// millimetre of paper, so the map frame's extent in metres is its size in mm × S / 1000 about the centre.
import { transverseMercator } from '../geometry/transverseMercator.ts';

/** The scales offered (denominators); "fit" picks its own. */
export const SCALE_CHOICES: readonly number[] = [2000, 5000, 10000, 25000, 50000, 100000, 250000, 500000];
/** Fitted scales are kept within these denominators (a parcel still prints as a map, a province as one sheet). */
export const MIN_SCALE_DENOMINATOR = 500;
export const MAX_SCALE_DENOMINATOR = 5_000_000;
/** False easting of a Gauss-Krüger zone (the eastings here carry no zone prefix). */
export const FALSE_EASTING_M = 500_000;

/** [minE, minN, maxE, maxN] in metres of one Gauss-Krüger zone (false easting included, no zone prefix). */
export type ExtentM = [number, number, number, number];

/** The 3-degree zone whose central meridian (3 × zone °E) is nearest to `lonDeg`. */
export function gkZoneOfLon(lonDeg: number): number {
  return Math.round(lonDeg / 3);
}

export interface GaussKrugerZone {
  zone: number;
  centralMeridianDeg: number;
  /** Lon/lat → [easting, northing] in metres (false easting 500 km, no zone prefix). */
  forward(lonDeg: number, latDeg: number): [number, number];
  inverse(eastingM: number, northingM: number): [number, number];
}

export function gaussKrugerZone(zone: number): GaussKrugerZone {
  const centralMeridianDeg = zone * 3;
  const tm = transverseMercator(centralMeridianDeg);
  return {
    zone,
    centralMeridianDeg,
    forward(lon, lat) {
      const [x, y] = tm.forward(lon, lat);
      return [x + FALSE_EASTING_M, y];
    },
    inverse(e, n) {
      return tm.inverse(e - FALSE_EASTING_M, n);
    },
  };
}

/** The map frame's ground extent: `mapMm` (width, height) of paper at 1:`scaleDenominator` about `centreM`. */
export function mapExtentM(centreM: readonly [number, number], scaleDenominator: number, mapMm: readonly [number, number]): ExtentM {
  const halfW = (mapMm[0] * scaleDenominator) / 1000 / 2;
  const halfH = (mapMm[1] * scaleDenominator) / 1000 / 2;
  return [centreM[0] - halfW, centreM[1] - halfH, centreM[0] + halfW, centreM[1] + halfH];
}

/** `n` rounded up to two significant digits (12 345 → 13 000): a fitted scale reads like one a planner would pick. */
export function roundUpTwoDigits(n: number): number {
  if (!(n > 0)) return 0;
  let step = 1;
  while (n / step >= 100) step *= 10;
  return Math.ceil(n / step - 1e-9) * step;
}

/** The smallest round scale at which the ground box `boxM` fits in `mapMm` (then clamped to the allowed range). */
export function fitScaleDenominator(boxM: ExtentM, mapMm: readonly [number, number]): number {
  const needed = Math.max(((boxM[2] - boxM[0]) * 1000) / mapMm[0], ((boxM[3] - boxM[1]) * 1000) / mapMm[1]);
  return Math.min(MAX_SCALE_DENOMINATOR, Math.max(MIN_SCALE_DENOMINATOR, roundUpTwoDigits(needed)));
}

/** The Gauss-Krüger box of a lon/lat box: its corners and edge midpoints projected (the edges bow slightly in GK). */
export function lonLatBoxToM(zone: GaussKrugerZone, box: readonly [number, number, number, number]): ExtentM {
  const [w, s, e, n] = box;
  const mx = (w + e) / 2;
  const my = (s + n) / 2;
  const points = [
    [w, s],
    [mx, s],
    [e, s],
    [e, my],
    [e, n],
    [mx, n],
    [w, n],
    [w, my],
  ].map(([lon, lat]) => zone.forward(lon!, lat!));
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** The lon/lat box that holds a Gauss-Krüger extent (corners and edge midpoints unprojected), for picking features. */
export function extentMToLonLatBox(zone: GaussKrugerZone, extent: ExtentM): [number, number, number, number] {
  const [w, s, e, n] = extent;
  const mx = (w + e) / 2;
  const my = (s + n) / 2;
  const points = [
    [w, s],
    [mx, s],
    [e, s],
    [e, my],
    [e, n],
    [mx, n],
    [w, n],
    [w, my],
  ].map(([x, y]) => zone.inverse(x!, y!));
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

export interface SheetGround {
  zone: number;
  centralMeridianDeg: number;
  scaleDenominator: number;
  extentM: ExtentM;
  /** Ground metres per CSS pixel (1/96 in) of paper: the resolution the map is drawn at before the 300-dpi pixel ratio. */
  metresPerCssPx: number;
}

/**
 * The ground of a sheet whose map frame is `mapMm`: centred on `centreLonLat` at `scale` (a denominator) or, for
 * 'fit', centred on and fitting the lon/lat box `fitBox` — in the zone of the centre either way.
 */
export function sheetGround(
  mapMm: readonly [number, number],
  scale: number | 'fit',
  centreLonLat: readonly [number, number],
  fitBox: readonly [number, number, number, number],
): SheetGround {
  const lonC = scale === 'fit' ? (fitBox[0] + fitBox[2]) / 2 : centreLonLat[0];
  const latC = scale === 'fit' ? (fitBox[1] + fitBox[3]) / 2 : centreLonLat[1];
  const zone = gaussKrugerZone(gkZoneOfLon(lonC));
  let centreM = zone.forward(lonC, latC);
  let denominator: number;
  if (scale === 'fit') {
    const boxM = lonLatBoxToM(zone, fitBox);
    centreM = [(boxM[0] + boxM[2]) / 2, (boxM[1] + boxM[3]) / 2];
    denominator = fitScaleDenominator(boxM, mapMm);
  } else {
    denominator = scale;
  }
  return {
    zone: zone.zone,
    centralMeridianDeg: zone.centralMeridianDeg,
    scaleDenominator: denominator,
    extentM: mapExtentM(centreM, denominator, mapMm),
    metresPerCssPx: (denominator * 25.4) / 96 / 1000,
  };
}
