// Pure. niceLengthM(maxM) → the round length a scale bar shows (1, 2 or 5 × 10^k metres), and its label.
import { powerOfTen } from '../numeric/powerOfTen.ts';

/** The largest 1, 2 or 5 × 10^k metres not above `maxM` (at least 1 m). */
export function niceLengthM(maxM: number): number {
  let best = 1;
  for (let k = 0; k <= 7; k++) for (const m of [1, 2, 5]) if (m * powerOfTen(k) <= maxM) best = m * powerOfTen(k);
  return best;
}

export function lengthLabel(m: number): string {
  return m >= 1000 ? `${m / 1000} km` : `${m} m`;
}
