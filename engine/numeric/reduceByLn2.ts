// Pure. The argument reduction fdlibm's e_exp.c and s_expm1.c share: x = k·ln2 + (hi − lo) for |x| > ln2/2,
// with ln2 split into LN2_HI (trailing zero bits, so k·LN2_HI is exact) and LN2_LO.

export const LN2_HI = 6.9314718036912381649e-1; // 0x3FE62E42 FEE00000
export const LN2_LO = 1.90821492927058770002e-10; // 0x3DEA39EF 35793C76
const INV_LN2 = 1.442695040888963387; // 0x3FF71547 652B82FE

/** Scratch result of reduceByLn2: read it right after the call. */
export const reducedByLn2 = { k: 0, hi: 0, lo: 0 };

/** Reduces x (|x| > ln2/2; `hx` its high word without the sign) into reducedByLn2. */
export function reduceByLn2(x: number, hx: number, negative: boolean): void {
  const out = reducedByLn2;
  if (hx < 0x3ff0a2b2) {
    // |x| < 1.5·ln2: k = ±1
    if (negative) {
      out.hi = x + LN2_HI;
      out.lo = -LN2_LO;
      out.k = -1;
    } else {
      out.hi = x - LN2_HI;
      out.lo = LN2_LO;
      out.k = 1;
    }
    return;
  }
  const k = (INV_LN2 * x + (negative ? -0.5 : 0.5)) | 0;
  out.k = k;
  out.hi = x - k * LN2_HI; // exact: k·LN2_HI has trailing zero bits
  out.lo = k * LN2_LO;
}
