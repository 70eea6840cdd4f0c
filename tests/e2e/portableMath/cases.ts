// Shared by the Node side and the Chromium side of tests/e2e/portableMath.test.ts: the same seeded arguments
// for every portable function and its Math counterpart, evaluation into a Float64Array, and its SHA-256.
// Runs in both environments, so it uses nothing but the engine, @noble/hashes and plain JavaScript.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import * as portable from '../../../engine/numeric/portableMath.ts';
import { createRandom } from '../../../scripts/bench/lib/random.ts';

/** Arguments per function (pairs for atan2 and hypot). */
export const ARGUMENTS_PER_FUNCTION = 200_000;

type Generator = (random: () => number) => number;

// Powers of two by repeated exact doubling, so the arguments themselves do not depend on the engine's `**`.
function powerOfTwo(e: number): number {
  let p = 1;
  for (let i = 0; i < e; i++) p *= 2;
  for (let i = 0; i > e; i--) p /= 2;
  return p;
}

const uniform =
  (lo: number, hi: number): Generator =>
  (r) =>
    lo + (hi - lo) * r();
const logUniform =
  (minExp: number, maxExp: number, signed = true): Generator =>
  (r) => {
    const v = (1 + r()) * powerOfTwo(Math.floor(minExp + (maxExp - minExp) * r()));
    return signed && r() < 0.5 ? -v : v;
  };
const near =
  (point: number, spreadBits: number): Generator =>
  (r) =>
    point * (1 + (r() * 2 - 1) * powerOfTwo(-Math.floor(r() * spreadBits + 1)));

const HALF_PI = 1.5707963267948966;
const SPECIAL = [0, -0, Infinity, -Infinity, NaN, 5e-324, -5e-324, 1, -1, 2.2250738585072014e-308, Number.MAX_VALUE, -Number.MAX_VALUE];

interface CaseSpec {
  name: keyof typeof portable;
  math: (a: number, b: number) => number;
  generators: Generator[];
  arity: 1 | 2;
}

const GEO_ANGLES: Generator[] = [
  uniform(-100, 100),
  uniform(-Math.PI, Math.PI),
  logUniform(-40, 7),
  near(HALF_PI, 50),
  near(Math.PI, 50),
  logUniform(20, 1024),
];

const SPECS: CaseSpec[] = [
  { name: 'sin', math: Math.sin, arity: 1, generators: GEO_ANGLES },
  { name: 'cos', math: Math.cos, arity: 1, generators: GEO_ANGLES },
  { name: 'tan', math: Math.tan, arity: 1, generators: GEO_ANGLES },
  { name: 'atan', math: Math.atan, arity: 1, generators: [uniform(-3, 3), logUniform(-60, 80), near(1, 50)] },
  { name: 'atan2', math: Math.atan2, arity: 2, generators: [uniform(-1e6, 1e6), logUniform(-80, 80)] },
  { name: 'asin', math: Math.asin, arity: 1, generators: [uniform(-1, 1), logUniform(-60, 0), near(1, 52), near(-1, 52)] },
  { name: 'acos', math: Math.acos, arity: 1, generators: [uniform(-1, 1), logUniform(-60, 0), near(1, 52), near(-1, 52)] },
  { name: 'exp', math: Math.exp, arity: 1, generators: [uniform(-745.2, 709.8), uniform(-2, 2), logUniform(-60, 3)] },
  { name: 'expm1', math: Math.expm1, arity: 1, generators: [uniform(-40, 709.8), uniform(-1, 1), logUniform(-80, 3)] },
  { name: 'log', math: Math.log, arity: 1, generators: [logUniform(-1074, 1024, false), near(1, 52), uniform(0, 1e7)] },
  { name: 'log1p', math: Math.log1p, arity: 1, generators: [uniform(-1, 10), logUniform(-80, 1024, false), near(-1, 52)] },
  { name: 'sinh', math: Math.sinh, arity: 1, generators: [uniform(-711, 711), uniform(-3, 3), logUniform(-60, 4)] },
  { name: 'cosh', math: Math.cosh, arity: 1, generators: [uniform(-711, 711), uniform(-3, 3), logUniform(-60, 4)] },
  { name: 'atanh', math: Math.atanh, arity: 1, generators: [uniform(-1, 1), logUniform(-60, 0), near(1, 52)] },
  { name: 'cbrt', math: Math.cbrt, arity: 1, generators: [uniform(-1000, 1000), logUniform(-1074, 1024)] },
  { name: 'hypot', math: Math.hypot, arity: 2, generators: [uniform(-1e6, 1e6), logUniform(-1074, 1024)] },
];

export const FUNCTION_NAMES: readonly string[] = SPECS.map((s) => s.name);

/** The seeded arguments of one function (interleaved pairs for arity 2), special values first. */
export function argumentsOf(name: string): Float64Array {
  const index = SPECS.findIndex((s) => s.name === name);
  const spec = SPECS[index]!;
  const random = createRandom(0x9e3779b9 ^ (index + 1));
  const count = ARGUMENTS_PER_FUNCTION * spec.arity;
  const out = new Float64Array(count);
  let i = 0;
  for (const a of SPECIAL)
    for (const b of spec.arity === 2 ? SPECIAL : [0]) {
      out[i++] = a;
      if (spec.arity === 2) out[i++] = b;
    }
  for (let k = 0; i < count; k++) out[i++] = spec.generators[k % spec.generators.length]!(random);
  return out;
}

/** The results of the portable function (`which` = 'portable') or of Math's (`'math'`) on argumentsOf(name). */
export function evaluate(name: string, which: 'portable' | 'math'): Float64Array {
  const spec = SPECS.find((s) => s.name === name)!;
  const f = which === 'portable' ? (portable[spec.name] as (a: number, b: number) => number) : spec.math;
  const args = argumentsOf(name);
  const out = new Float64Array(ARGUMENTS_PER_FUNCTION);
  for (let i = 0; i < out.length; i++) {
    const y = spec.arity === 2 ? f(args[2 * i]!, args[2 * i + 1]!) : f(args[i]!, 0);
    // NaN payloads are not specified: one canonical NaN so only numbers are compared.
    out[i] = y === y ? y : NaN;
  }
  return out;
}

/** SHA-256 of the bytes of `values` (little-endian on every platform we run), as hex. */
export function sha256Hex(values: Float64Array): string {
  return bytesToHex(sha256(new Uint8Array(values.buffer, values.byteOffset, values.byteLength)));
}

/** The bytes of `values` as base64 (to carry results out of the page). */
export function toBase64(values: Float64Array): string {
  const bytes = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
