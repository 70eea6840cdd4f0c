// Test helper. Seeded pseudo-random arguments (mulberry32) over the ranges the numeric tests sweep, and a
// comparison of a portable function with Math.* over them.
import { createRandom } from '../../../scripts/bench/lib/random.ts';
import { ulpDistance } from './ulpDistance.ts';

export { createRandom };

export type Generator = (random: () => number) => number;

/** Uniform in [lo, hi). */
export const uniform =
  (lo: number, hi: number): Generator =>
  (random) =>
    lo + (hi - lo) * random();

/** ±m·2^e with e uniform in [minExp, maxExp): covers tiny to huge magnitudes evenly per binade. */
export const logUniform =
  (minExp: number, maxExp: number, signed = true): Generator =>
  (random) => {
    const e = Math.floor(minExp + (maxExp - minExp) * random());
    const m = 1 + random();
    const sign = signed && random() < 0.5 ? -1 : 1;
    return sign * m * 2 ** e;
  };

/** `point` plus a relative offset of up to ±2^-spreadBits (inputs near a special point such as π/2 or 1). */
export const near =
  (point: number, spreadBits: number): Generator =>
  (random) =>
    point * (1 + (random() * 2 - 1) * 2 ** -(random() * spreadBits + 1));

/** Cycles through the generators, `count` arguments in all. */
export function seededArguments(seed: number, count: number, generators: readonly Generator[]): Float64Array {
  const random = createRandom(seed);
  const out = new Float64Array(count);
  for (let i = 0; i < count; i++) out[i] = generators[i % generators.length]!(random);
  return out;
}

export interface Agreement {
  maxUlp: number;
  differing: number;
  /** The argument with the largest distance, for messages. */
  worst: number;
}

/** Compares `portable` with `reference` on every argument. */
export function agreement(args: Float64Array, portable: (x: number) => number, reference: (x: number) => number): Agreement {
  let maxUlp = 0;
  let differing = 0;
  let worst = NaN;
  for (const x of args) {
    const d = ulpDistance(portable(x), reference(x));
    if (d > 0) differing++;
    if (d > maxUlp) {
      maxUlp = d;
      worst = x;
    }
  }
  return { maxUlp, differing, worst };
}
