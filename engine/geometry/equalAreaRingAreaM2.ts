// Pure. Area of one small ring on GRS80 through an exact equal-area map: authalic latitudes, a Lambert
// azimuthal equal-area projection centred on the ring, then the shoelace formula. Ten times faster than
// geographiclib's polygon area; only the edge shape differs (straight in the projection, not geodesic).
import { GRS80_A_M, GRS80_F } from './grs80.ts';

const e2 = GRS80_F * (2 - GRS80_F);
const e = Math.sqrt(e2);
const DEG = Math.PI / 180;

/** Snyder's q(φ) from sin φ (eq. 3-12). */
function q(sinPhi: number): number {
  return (1 - e2) * (sinPhi / (1 - e2 * sinPhi * sinPhi) - (1 / (2 * e)) * Math.log((1 - e * sinPhi) / (1 + e * sinPhi)));
}

const qPole = q(1);
const authalicRadiusM = GRS80_A_M * Math.sqrt(qPole / 2);
const authalicAreaFactor = authalicRadiusM * authalicRadiusM;

/** Authalic latitude (radians) of a geodetic latitude in degrees. */
function authalicLatitude(latDeg: number): number {
  const ratio = q(Math.sin(latDeg * DEG)) / qPole;
  return Math.asin(ratio > 1 ? 1 : ratio < -1 ? -1 : ratio);
}

/**
 * Unsigned area in m² of the ring stored flat as [lon0, lat0, lon1, lat1, …] from vertex `start` to `end`
 * (exclusive); a repeated closing vertex is optional. Latitudes go to the authalic sphere (radius Rq, same
 * area as the ellipsoid). Worst relative difference from geographiclib over 3,000 random rings anywhere in
 * China: 1e-8 at 0.001°, 8e-8 at 0.01°, 5e-7 at 0.05°, 1.3e-6 at 0.1° (absolute ≤ 2e-4 m² for rings under
 * 100 m), so ellipsoidalAreaM2 uses it only up to 0.1°.
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
  const beta0 = authalicLatitude(lat0);
  const sinBeta0 = Math.sin(beta0);
  const cosBeta0 = Math.cos(beta0);
  let twiceArea = 0;
  let firstX = 0;
  let firstY = 0;
  let prevX = 0;
  let prevY = 0;
  for (let i = start; i < last; i++) {
    const beta = authalicLatitude(coords[2 * i + 1]!);
    const dLambda = (coords[2 * i]! - lon0) * DEG;
    const cosBeta = Math.cos(beta);
    const sinHalf = Math.sin(dLambda / 2);
    const haversine = 2 * sinHalf * sinHalf; // 1 − cos Δλ, without cancellation
    // cos c = sinβ0 sinβ + cosβ0 cosβ cosΔλ, and the y numerator, written around β − β0 for precision.
    const cosC = Math.cos(beta - beta0) - cosBeta0 * cosBeta * haversine;
    const k = Math.sqrt(2 / (1 + cosC));
    const x = k * cosBeta * Math.sin(dLambda);
    const y = k * (Math.sin(beta - beta0) + sinBeta0 * cosBeta * haversine);
    if (i === start) {
      firstX = x;
      firstY = y;
    } else twiceArea += prevX * y - x * prevY;
    prevX = x;
    prevY = y;
  }
  twiceArea += prevX * firstY - firstX * prevY;
  return (Math.abs(twiceArea) / 2) * authalicAreaFactor;
}
