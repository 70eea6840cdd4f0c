// Pure. The direct geodesic problem on GRS80 by Vincenty's iteration (Survey Review 1975): from a lon/lat point
// (degrees), an azimuth and a distance to the point reached. Used to put points on long ring edges so that
// areas follow geodesic edges; built from IEEE-exact arithmetic and engine/numeric like geodesicInverse.
import { atan2, cos, sin } from '../numeric/portableMath.ts';
import { deltaSigma, reducedLatitude, vincentySeries } from './geodesicInverse.ts';
import { GRS80_A_M, GRS80_F } from './grs80.ts';

const DEG = Math.PI / 180;
const B_M = GRS80_A_M * (1 - GRS80_F);
const SIGMA_TOLERANCE = 1e-14;
const MAX_ITERATIONS = 100;

/** The lon/lat (degrees) reached from (lonDeg, latDeg) going `distanceM` along azimuth `azimuthRad`. */
export function geodesicDirect(lonDeg: number, latDeg: number, azimuthRad: number, distanceM: number): [number, number] {
  const [sinU1, cosU1] = reducedLatitude(latDeg);
  const sinAlpha1 = sin(azimuthRad);
  const cosAlpha1 = cos(azimuthRad);
  const sigma1 = atan2(sinU1, cosU1 * cosAlpha1);
  const sinAlpha = cosU1 * sinAlpha1;
  const cosSqAlpha = 1 - sinAlpha * sinAlpha;
  const [a, b] = vincentySeries(cosSqAlpha);
  const sigmaNoCorrection = distanceM / (B_M * a);
  let sigma = sigmaNoCorrection;
  let sinSigma: number;
  let cosSigma: number;
  let cos2SigmaM: number;
  for (let i = 0; i < MAX_ITERATIONS; i++) {
    cos2SigmaM = cos(2 * sigma1 + sigma);
    sinSigma = sin(sigma);
    cosSigma = cos(sigma);
    const next = sigmaNoCorrection + deltaSigma(b, sinSigma, cosSigma, cos2SigmaM);
    const converged = Math.abs(next - sigma) <= SIGMA_TOLERANCE;
    sigma = next;
    if (converged) break;
  }
  sinSigma = sin(sigma);
  cosSigma = cos(sigma);
  cos2SigmaM = cos(2 * sigma1 + sigma);
  const x = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
  const lat = atan2(sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1, (1 - GRS80_F) * Math.sqrt(sinAlpha * sinAlpha + x * x));
  const lambda = atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
  const c = (GRS80_F / 16) * cosSqAlpha * (4 + GRS80_F * (4 - 3 * cosSqAlpha));
  const l = lambda - (1 - c) * GRS80_F * sinAlpha * (sigma + c * sinSigma * (cos2SigmaM + c * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
  return [lonDeg + l / DEG, lat / DEG];
}
