// Prints, as JSON on stdout, seeded arguments and the portable results for every engine/numeric function
// ({ name: [[...args, result], ...] }, doubles as exact decimal strings of their bits via JSON numbers), for
// measure_accuracy.py to compare with high-precision values. Usage:
//   npx tsx scripts/numeric/portableSamples.ts [--count 5000] | /usr/bin/python3 scripts/numeric/measure_accuracy.py
import * as portable from '../../engine/numeric/index.ts';
import { createRandom } from '../bench/lib/random.ts';

const countIndex = process.argv.indexOf('--count');
const COUNT = countIndex > 0 ? Number(process.argv[countIndex + 1]) : 5000;
const random = createRandom(20261127);

const uniform = (lo: number, hi: number) => () => lo + (hi - lo) * random();
const logUniform = (minExp: number, maxExp: number) => () => (1 + random()) * 2 ** Math.floor(minExp + (maxExp - minExp) * random()) * (random() < 0.5 ? -1 : 1);
const positive = (g: () => number) => () => Math.abs(g());

const RANGES: Record<string, (() => number)[]> = {
  sin: [uniform(-100, 100), logUniform(-30, 7), logUniform(20, 1000)],
  cos: [uniform(-100, 100), logUniform(-30, 7), logUniform(20, 1000)],
  tan: [uniform(-100, 100), logUniform(-30, 7), logUniform(20, 1000)],
  atan: [uniform(-3, 3), logUniform(-40, 70)],
  asin: [uniform(-1, 1), logUniform(-40, 0)],
  acos: [uniform(-1, 1), logUniform(-40, 0)],
  exp: [uniform(-745, 709.7), uniform(-2, 2)],
  expm1: [uniform(-40, 709.7), uniform(-1, 1), logUniform(-60, 0)],
  log: [positive(logUniform(-1074, 1024)), uniform(0.5, 2)],
  log1p: [uniform(-1, 10), positive(logUniform(-60, 1000)), logUniform(-60, -1)],
  sinh: [uniform(-710.4, 710.4), uniform(-22, 22), logUniform(-40, 0)],
  cosh: [uniform(-710.4, 710.4), uniform(-22, 22), logUniform(-40, 0)],
  atanh: [uniform(-1, 1), logUniform(-40, -1)],
  cbrt: [uniform(-1000, 1000), logUniform(-1074, 1024)],
  atan2: [uniform(-1e3, 1e3), logUniform(-60, 60)],
  hypot: [uniform(-1e3, 1e3), logUniform(-500, 500)],
};

const out: Record<string, number[][]> = {};
for (const [name, generators] of Object.entries(RANGES)) {
  const f = portable[name as keyof typeof portable] as (a: number, b: number) => number;
  const arity = name === 'atan2' || name === 'hypot' ? 2 : 1;
  const rows: number[][] = [];
  for (let i = 0; i < COUNT; i++) {
    const g = generators[i % generators.length]!;
    const args = arity === 2 ? [g(), g()] : [g()];
    const y = f(args[0]!, args[1]!);
    if (Number.isFinite(y)) rows.push([...args, y]);
  }
  out[name] = rows;
}
process.stdout.write(JSON.stringify(out));
