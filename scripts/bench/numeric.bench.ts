// Benchmark (prints figures, asserts nothing): nanoseconds per call of each engine/numeric portable function
// against the engine's Math.* on the same arguments, 1,000,000 calls each after a warm-up, over 4,096
// seeded arguments in the function's working range (geographic radians for the trigonometric ones).
// Both sides go through the same indirect call site, so each figure includes the same call overhead.
// Prints wall time per call; run on a quiet machine for stable figures. Usage: npm run bench -- numeric
import * as portable from '../../engine/numeric/index.ts';
import { createRandom } from './lib/random.ts';

const CALLS = 1_000_000;
const ARGS = 4096; // a power of two: the index wraps with a mask

type Fn = (a: number, b: number) => number;
interface Row {
  name: string;
  portable: Fn;
  math: Fn;
  lo: number;
  hi: number;
}

const rows: Row[] = [
  { name: 'sin', portable: portable.sin, math: Math.sin, lo: -3.2, hi: 3.2 },
  { name: 'cos', portable: portable.cos, math: Math.cos, lo: -3.2, hi: 3.2 },
  { name: 'tan', portable: portable.tan, math: Math.tan, lo: -1.5, hi: 1.5 },
  { name: 'atan', portable: portable.atan, math: Math.atan, lo: -10, hi: 10 },
  { name: 'atan2', portable: portable.atan2, math: Math.atan2, lo: -1e3, hi: 1e3 },
  { name: 'asin', portable: portable.asin, math: Math.asin, lo: -1, hi: 1 },
  { name: 'acos', portable: portable.acos, math: Math.acos, lo: -1, hi: 1 },
  { name: 'exp', portable: portable.exp, math: Math.exp, lo: -20, hi: 20 },
  { name: 'expm1', portable: portable.expm1, math: Math.expm1, lo: -2, hi: 2 },
  { name: 'log', portable: portable.log, math: Math.log, lo: 1e-6, hi: 1e6 },
  { name: 'log1p', portable: portable.log1p, math: Math.log1p, lo: -0.5, hi: 10 },
  { name: 'sinh', portable: portable.sinh, math: Math.sinh, lo: -5, hi: 5 },
  { name: 'cosh', portable: portable.cosh, math: Math.cosh, lo: -5, hi: 5 },
  { name: 'atanh', portable: portable.atanh, math: Math.atanh, lo: -0.99, hi: 0.99 },
  { name: 'cbrt', portable: portable.cbrt, math: Math.cbrt, lo: -1e6, hi: 1e6 },
  { name: 'hypot', portable: portable.hypot, math: Math.hypot, lo: -1e3, hi: 1e3 },
];

let sink = 0;

/** Nanoseconds per call of `f` over `xs`/`ys` (the sum of results goes to `sink` so no call is dropped). */
function nsPerCall(f: Fn, xs: Float64Array, ys: Float64Array): number {
  let sum = 0;
  const started = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) sum += f(xs[i & (ARGS - 1)]!, ys[i & (ARGS - 1)]!);
  const ns = Number(process.hrtime.bigint() - started);
  sink += sum;
  return ns / CALLS;
}

const random = createRandom(20261127);
console.log(`engine/numeric vs Math.* — Node ${process.versions.node}, ${CALLS.toLocaleString('en')} calls each, ns per call (wall)`);
console.log(`  ${'function'.padEnd(8)} ${'portable'.padStart(10)} ${'Math'.padStart(10)} ${'ratio'.padStart(7)}`);
for (const row of rows) {
  const xs = new Float64Array(ARGS);
  const ys = new Float64Array(ARGS);
  for (let i = 0; i < ARGS; i++) {
    xs[i] = row.lo + (row.hi - row.lo) * random();
    ys[i] = row.lo + (row.hi - row.lo) * random();
  }
  // Warm up both so the optimising compiler has run before timing.
  nsPerCall(row.portable, xs, ys);
  nsPerCall(row.math, xs, ys);
  const p = nsPerCall(row.portable, xs, ys);
  const m = nsPerCall(row.math, xs, ys);
  console.log(`  ${row.name.padEnd(8)} ${p.toFixed(1).padStart(10)} ${m.toFixed(1).padStart(10)} ${(p / m).toFixed(2).padStart(6)}×`);
}
if (Number.isNaN(sink)) console.log('(a result was NaN)');
