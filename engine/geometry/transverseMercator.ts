// Pure. Transverse Mercator on GRS80 (Krüger series to n⁶ summed by Clenshaw, Karney 2011 "Transverse Mercator
// with an accuracy of a few nanometers"): sub-millimetre within 3,000 km of the central meridian. Used to do metric
// buffers and distances in GEOS on a local projection centred on the data (scale error < 3e-5 within 50 km).
import { atan, atan2, atanh, expm1, sin, sinh } from '../numeric/portableMath.ts';
import { sinCosInto } from '../numeric/sinCos.ts';
import { GRS80_A_M, GRS80_F } from './grs80.ts';
import { latitudeMemo } from './latitudeMemo.ts';

const n = GRS80_F / (2 - GRS80_F);
const e2 = GRS80_F * (2 - GRS80_F);
const e = Math.sqrt(e2);
const n2 = n * n;
const n3 = n2 * n;
const n4 = n3 * n;
const n5 = n4 * n;
const n6 = n5 * n;
const rectifyingRadius = (GRS80_A_M / (1 + n)) * (1 + n2 / 4 + n4 / 64 + n6 / 256);

const alpha = [
  n / 2 - (2 * n2) / 3 + (5 * n3) / 16 + (41 * n4) / 180 - (127 * n5) / 288 + (7891 * n6) / 37800,
  (13 * n2) / 48 - (3 * n3) / 5 + (557 * n4) / 1440 + (281 * n5) / 630 - (1983433 * n6) / 1935360,
  (61 * n3) / 240 - (103 * n4) / 140 + (15061 * n5) / 26880 + (167603 * n6) / 181440,
  (49561 * n4) / 161280 - (179 * n5) / 168 + (6601661 * n6) / 7257600,
  (34729 * n5) / 80640 - (3418889 * n6) / 1995840,
  (212378941 * n6) / 319334400,
];
const beta = [
  n / 2 - (2 * n2) / 3 + (37 * n3) / 96 - n4 / 360 - (81 * n5) / 512 + (96199 * n6) / 604800,
  n2 / 48 + n3 / 15 - (437 * n4) / 1440 + (46 * n5) / 105 - (1118711 * n6) / 3870720,
  (17 * n3) / 480 - (37 * n4) / 840 - (209 * n5) / 4480 + (5569 * n6) / 90720,
  (4397 * n4) / 161280 - (11 * n5) / 504 - (830251 * n6) / 7257600,
  (4583 * n5) / 161280 - (108847 * n6) / 3991680,
  (20648693 * n6) / 638668800,
];

const DEG = Math.PI / 180;
/** sin and cos of one angle (sinCosInto), read right after each call. */
const sinCos = new Float64Array(2);

/** A transverse Mercator with scale 1 on the central meridian `lon0Deg`, origin on the equator. */
export interface TransverseMercator {
  readonly lon0Deg: number;
  /** lon/lat degrees → x (east), y (north) metres. */
  forward(lonDeg: number, latDeg: number): [number, number];
  /** `forward` into out[0], out[1]: the same numbers without a pair per position (GEOS's distances map every vertex). */
  forwardTo(lonDeg: number, latDeg: number, out: Float64Array): void;
  /** x, y metres → lon/lat degrees. */
  inverse(xM: number, yM: number): [number, number];
}

/**
 * Σ c_j sin(2jζ) for j = 1…6 and complex ζ = ξ + iη, by Clenshaw's recurrence on complex numbers (Karney 2011,
 * §2): one sin, cos, sinh and cosh of (2ξ, 2η) instead of six of each. Returns [Re, Im] =
 * [Σ c_j sin 2jξ cosh 2jη, Σ c_j cos 2jξ sinh 2jη] in out[0], out[1].
 */
function krugerSeries(c: readonly number[], xi: number, eta: number, out: Float64Array): void {
  sinCosInto(2 * xi, sinCos);
  const sin2Xi = sinCos[0]!;
  const cos2Xi = sinCos[1]!;
  // sinh and cosh of 2η from one expm1 (no cancellation near 0).
  const t2Eta = expm1(2 * eta);
  const sinh2Eta = (t2Eta + t2Eta / (t2Eta + 1)) / 2;
  const cosh2Eta = 1 + (t2Eta * t2Eta) / (2 * (t2Eta + 1));
  // a = 2 cos 2ζ
  const ar = 2 * cos2Xi * cosh2Eta;
  const ai = -2 * sin2Xi * sinh2Eta;
  let b1r = 0;
  let b1i = 0;
  let b2r = 0;
  let b2i = 0;
  for (let j = c.length - 1; j >= 0; j--) {
    const br = c[j]! + ar * b1r - ai * b1i - b2r;
    const bi = ar * b1i + ai * b1r - b2i;
    b2r = b1r;
    b2i = b1i;
    b1r = br;
    b1i = bi;
  }
  // S = b1 · sin 2ζ, sin 2ζ = sin 2ξ cosh 2η + i cos 2ξ sinh 2η
  const sr = sin2Xi * cosh2Eta;
  const si = cos2Xi * sinh2Eta;
  out[0] = b1r * sr - b1i * si;
  out[1] = b1r * si + b1i * sr;
}

/** τ′ = tan χ of the conformal latitude χ of a latitude in degrees (Karney 2011, eq. 7): the latitude-only half of forward. */
function conformalTan(latDeg: number): number {
  const sinPhi = sin(latDeg * DEG);
  return sinh(atanh(sinPhi) - e * atanh(e * sinPhi));
}

/** conformalTan from a table of the latitudes met lately: a control line is projected again for every parcel it is measured against. */
const rememberedConformalTan = latitudeMemo(conformalTan);

export function transverseMercator(lon0Deg: number): TransverseMercator {
  const series = new Float64Array(2);
  const forwardTo = (lonDeg: number, latDeg: number, out: Float64Array): void => {
    const lambda = (lonDeg - lon0Deg) * DEG;
    const t = rememberedConformalTan(latDeg);
    sinCosInto(lambda, sinCos);
    const xiP = atan2(t, sinCos[1]!);
    const etaP = atanh(sinCos[0]! / Math.sqrt(1 + t * t));
    krugerSeries(alpha, xiP, etaP, series);
    out[0] = rectifyingRadius * (etaP + series[1]!);
    out[1] = rectifyingRadius * (xiP + series[0]!);
  };
  return {
    lon0Deg,
    forwardTo,
    forward(lonDeg, latDeg) {
      const out = new Float64Array(2);
      forwardTo(lonDeg, latDeg, out);
      return [out[0]!, out[1]!];
    },
    inverse(xM, yM) {
      const xi = yM / rectifyingRadius;
      const eta = xM / rectifyingRadius;
      krugerSeries(beta, xi, eta, series);
      const dXi = series[0]!;
      const dEta = series[1]!;
      const xiP = xi - dXi;
      const etaP = eta - dEta;
      const sinhEtaP = sinh(etaP);
      sinCosInto(xiP, sinCos);
      const cosXiP = sinCos[1]!;
      const tauP = sinCos[0]! / Math.sqrt(sinhEtaP * sinhEtaP + cosXiP * cosXiP);
      const lambda = atan2(sinhEtaP, cosXiP);
      // Solve τ' = τ√(1+σ²) − σ√(1+τ²), σ = sinh(e·atanh(e·τ/√(1+τ²))) for τ by Newton (Karney eq. 7–9).
      let tau = tauP;
      for (let i = 0; i < 5; i++) {
        const sqrt1Tau2 = Math.sqrt(1 + tau * tau);
        const sigma = sinh(e * atanh((e * tau) / sqrt1Tau2));
        const tauPi = tau * Math.sqrt(1 + sigma * sigma) - sigma * sqrt1Tau2;
        const dTau = ((tauP - tauPi) / Math.sqrt(1 + tauPi * tauPi)) * ((1 + (1 - e2) * tau * tau) / ((1 - e2) * sqrt1Tau2));
        tau += dTau;
        if (Math.abs(dTau) < 1e-14) break;
      }
      return [lon0Deg + lambda / DEG, atan(tau) / DEG];
    },
  };
}
