// Pure. writeCoordinateJson(sink, deg) → JSON.stringify(coordinateAtPrecision(deg)) written into the sink as bytes,
// without a string. A rounded coordinate is k / 1e9 for an integer k. Between 1e-6 and 1e6 (fixed notation, and a
// double's spacing below 1e-9), the shortest decimal JavaScript prints for it is k's digits with nine decimals and the
// trailing zeros dropped; elsewhere the coordinate is printed by JavaScript.
import { powerOfTen } from '../numeric/powerOfTen.ts';
import { coordinateAtPrecision } from './precision.ts';
import type { Utf8Sink } from './utf8Sink.ts';

const NINE_DECIMALS = 1e9;
const MINUS = 0x2d;
const POINT = 0x2e;
const ZERO = 0x30;

export function writeCoordinateJson(sink: Utf8Sink, deg: number): void {
  const rounded = coordinateAtPrecision(deg);
  const k = Math.abs(Math.round(rounded * NINE_DECIMALS));
  if (rounded === 0 || k < 1e3 || k >= 1e15 || k / NINE_DECIMALS !== Math.abs(rounded)) {
    sink.write(JSON.stringify(rounded));
    return;
  }
  if (rounded < 0) sink.byte(MINUS);
  let whole = Math.floor(k / NINE_DECIMALS);
  let fraction = k - whole * NINE_DECIMALS;
  if (fraction < 0) {
    whole -= 1;
    fraction += NINE_DECIMALS;
  }
  sink.uint(whole);
  if (fraction === 0) return;
  sink.byte(POINT);
  // Nine digits, leading zeros kept, trailing zeros dropped.
  let digits = 9;
  while (fraction % 10 === 0) {
    fraction /= 10;
    digits--;
  }
  let scale = powerOfTen(digits - 1);
  while (scale >= 1) {
    const d = Math.floor(fraction / scale);
    sink.byte(ZERO + d);
    fraction -= d * scale;
    scale /= 10;
  }
}
