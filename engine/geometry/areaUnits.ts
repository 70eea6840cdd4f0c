// Pure. Area unit conversions for reports: 公顷 (hectares, 4 decimals) and 亩 (mu, 2 decimals), as the
// official statistics round them (product.md §5). 1 亩 = 10000/15 m² ≈ 666.67 m²; 1 公顷 = 15 亩.
import { powerOfTen } from '../numeric/powerOfTen.ts';

export const MU_M2 = 10000 / 15;

/** Rounds half away from zero at `decimals`, avoiding binary artefacts such as 1.005 → 1.00. */
function roundTo(value: number, decimals: number): number {
  const factor = powerOfTen(decimals);
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(Number(scaled.toPrecision(15)));
  return (Math.sign(value) * rounded) / factor || 0;
}

/** m² → 公顷 rounded to 4 decimals (0.0001 ha = 1 m²). */
export function m2ToHectares(areaM2: number): number {
  return roundTo(areaM2 / 10000, 4);
}

/** m² → 亩 rounded to 2 decimals. */
export function m2ToMu(areaM2: number): number {
  return roundTo(areaM2 / MU_M2, 2);
}

/** m² rounded to 2 decimals, the precision reports print. */
export function roundM2(areaM2: number): number {
  return roundTo(areaM2, 2);
}
