// Pure. Exact powers of ten as literals. `10 ** k` goes through the engine's pow, which ECMAScript lets differ
// between engines; 10^0 … 10^22 are the powers a double holds exactly, written out.
const EXACT_POWERS_OF_TEN: readonly number[] = [
  1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/** 10^k for an integer 0 ≤ k ≤ 22, exactly. */
export function powerOfTen(k: number): number {
  const value = EXACT_POWERS_OF_TEN[k];
  if (value === undefined) throw new RangeError(`powerOfTen: ${k} is not an integer from 0 to 22`);
  return value;
}

/** [10^0, …, 10^22], for loops that index them directly. */
export const POWERS_OF_TEN = EXACT_POWERS_OF_TEN;
