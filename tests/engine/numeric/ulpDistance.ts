// Test helper. Distance in units in the last place between two doubles, counted over their bit patterns
// (BigInt, so the count is exact across the whole range, through subnormals and across zero).
const f64 = new Float64Array(1);
const i64 = new BigInt64Array(f64.buffer);

/** The bit pattern of `x` mapped to a monotonic integer line: −0 and +0 both map to 0. */
function ordinal(x: number): bigint {
  f64[0] = x;
  const bits = i64[0]!;
  return bits < 0n ? -(bits & 0x7fffffffffffffffn) : bits;
}

/** 0 when both are NaN or equal (±0 count as equal), Infinity when only one is NaN, else the ulp count. */
export function ulpDistance(a: number, b: number): number {
  if (a !== a || b !== b) return a !== a && b !== b ? 0 : Infinity;
  const d = ordinal(a) - ordinal(b);
  return Number(d < 0n ? -d : d);
}

/** The exact 64-bit pattern of `x` as 16 hex digits, for messages. */
export function bitsHex(x: number): string {
  f64[0] = x;
  return BigInt.asUintN(64, i64[0]!).toString(16).padStart(16, '0');
}
