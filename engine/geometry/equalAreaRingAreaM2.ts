// Pure. Area of one ring on GRS80 with geodesic edges through an exact equal-area map: authalic latitudes, a
// Lambert azimuthal equal-area projection centred on the ring, then the shoelace formula. Edges longer than
// MAX_CHORD_DEG get points along their geodesic first, so the straight chords in the projection follow the
// geodesic closely at any ring size. Built from IEEE-exact arithmetic and engine/numeric: the same bits in
// Node and Chromium.
import { asin, atanh, cos, sin } from '../numeric/portableMath.ts';
import { sinCosInto } from '../numeric/sinCos.ts';
import { geodesicDirect } from './geodesicDirect.ts';
import { geodesicInverse } from './geodesicInverse.ts';
import { GRS80_A_M, GRS80_F } from './grs80.ts';
import { latitudeMemo } from './latitudeMemo.ts';

const e2 = GRS80_F * (2 - GRS80_F);
const e = Math.sqrt(e2);
const DEG = Math.PI / 180;
/** sin and cos of one angle (sinCosInto), read right after each call. */
const sinCos = new Float64Array(2);

/**
 * Longest edge, in degrees of longitude or latitude, measured as one chord. Longer edges are split along the
 * geodesic into pieces no longer than this. At 0.01° the chord-versus-geodesic error stays below 1e-8 of the
 * area for rings up to 2° across (tests/engine/geometry/ellipsoidalAreaM2.test.ts), and parcel edges are
 * shorter, so parcels never pay for the split.
 */
export const MAX_CHORD_DEG = 0.01;

/** Snyder's q(φ) from sin φ (eq. 3-12); ln((1 − e sinφ)/(1 + e sinφ)) written as −2 atanh(e sinφ). */
function q(sinPhi: number): number {
  return (1 - e2) * (sinPhi / (1 - e2 * sinPhi * sinPhi) + atanh(e * sinPhi) / e);
}

const qPole = q(1);
const authalicRadiusM = GRS80_A_M * Math.sqrt(qPole / 2);
const authalicAreaFactor = authalicRadiusM * authalicRadiusM;

/** Authalic latitude (radians) of a geodetic latitude in degrees. */
export function authalicLatitude(latDeg: number): number {
  const ratio = q(sin(latDeg * DEG)) / qPole;
  return asin(ratio > 1 ? 1 : ratio < -1 ? -1 : ratio);
}

/** authalicLatitude, from a table of the latitudes met lately: about half of a city's land vertices are shared. */
export const rememberedAuthalicLatitude = latitudeMemo(authalicLatitude);

/** Shoelace accumulator over the projected ring. */
class EqualAreaShoelace {
  private readonly sinBeta0: number;
  private readonly cosBeta0: number;
  private first = true;
  private firstX = 0;
  private firstY = 0;
  private prevX = 0;
  private prevY = 0;
  twiceArea = 0;

  constructor(
    private readonly lon0: number,
    private readonly beta0: number,
  ) {
    this.sinBeta0 = sin(beta0);
    this.cosBeta0 = cos(beta0);
  }

  add(lonDeg: number, latDeg: number): void {
    const beta = rememberedAuthalicLatitude(latDeg);
    const dLambda = (lonDeg - this.lon0) * DEG;
    const cosBeta = cos(beta);
    const sinHalf = sin(dLambda / 2);
    const haversine = 2 * sinHalf * sinHalf; // 1 − cos Δλ, without cancellation
    sinCosInto(beta - this.beta0, sinCos);
    const sinDBeta = sinCos[0]!;
    const cosDBeta = sinCos[1]!;
    // cos c = sinβ0 sinβ + cosβ0 cosβ cosΔλ, and the y numerator, written around β − β0 for precision.
    const cosC = cosDBeta - this.cosBeta0 * cosBeta * haversine;
    const k = Math.sqrt(2 / (1 + cosC));
    const x = k * cosBeta * sin(dLambda);
    const y = k * (sinDBeta + this.sinBeta0 * cosBeta * haversine);
    if (this.first) {
      this.first = false;
      this.firstX = x;
      this.firstY = y;
    } else this.twiceArea += this.prevX * y - x * this.prevY;
    this.prevX = x;
    this.prevY = y;
  }

  close(): number {
    return this.twiceArea + this.prevX * this.firstY - this.firstX * this.prevY;
  }
}

/** Adds the points strictly inside the geodesic from a to b that split it into chords ≤ MAX_CHORD_DEG. */
function addGeodesicInterior(shoelace: EqualAreaShoelace, lonA: number, latA: number, lonB: number, latB: number): void {
  const spanDeg = Math.max(Math.abs(lonB - lonA), Math.abs(latB - latA));
  if (spanDeg <= MAX_CHORD_DEG) return;
  const pieces = Math.ceil(spanDeg / MAX_CHORD_DEG);
  const { distanceM, azimuthRad } = geodesicInverse(lonA, latA, lonB, latB);
  for (let j = 1; j < pieces; j++) {
    const [lon, lat] = geodesicDirect(lonA, latA, azimuthRad, (distanceM * j) / pieces);
    shoelace.add(lon, lat);
  }
}

/**
 * Unsigned area in m² of the ring stored flat as [lon0, lat0, lon1, lat1, …] from vertex `start` to `end`
 * (exclusive); a repeated closing vertex is optional. Latitudes go to the authalic sphere (radius Rq, same
 * area as the ellipsoid), so the only difference from Karney's geodesic area is the chord shape.
 */
export function equalAreaRingAreaM2(coords: ArrayLike<number>, start: number, end: number): number {
  let last = end;
  if (end - start > 1 && coords[2 * start] === coords[2 * (end - 1)] && coords[2 * start + 1] === coords[2 * (end - 1) + 1]) {
    last = end - 1;
  }
  const n = last - start;
  if (n < 3) return 0;
  let lon0 = 0;
  let lat0 = 0;
  for (let i = start; i < last; i++) {
    lon0 += coords[2 * i]!;
    lat0 += coords[2 * i + 1]!;
  }
  lon0 /= n;
  lat0 /= n;
  const shoelace = new EqualAreaShoelace(lon0, authalicLatitude(lat0));
  for (let i = start; i < last; i++) {
    const lon = coords[2 * i]!;
    const lat = coords[2 * i + 1]!;
    shoelace.add(lon, lat);
    const next = i + 1 < last ? i + 1 : start;
    addGeodesicInterior(shoelace, lon, lat, coords[2 * next]!, coords[2 * next + 1]!);
  }
  return (Math.abs(shoelace.close()) / 2) * authalicAreaFactor;
}
