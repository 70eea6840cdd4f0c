import { describe, expect, it } from 'vitest';
import { atan2 } from '../../../engine/numeric/atan2.ts';
import { createRandom } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

const random = createRandom(0x5eed03);
const PAIRS: [number, number][] = [];
for (let i = 0; i < 100_000; i++) {
  const scale = i % 3 === 0 ? 1 : 2 ** Math.floor(random() * 200 - 100);
  const y = (random() * 2 - 1) * scale;
  const x = (random() * 2 - 1) * (i % 5 === 0 ? scale * 2 ** Math.floor(random() * 140 - 70) : scale);
  PAIRS.push([y, x]);
}

describe('atan2', () => {
  it('agrees with Math.atan2 within 1 ulp on 100,000 seeded pairs, including |y/x| beyond 2^60', () => {
    let worst = 0;
    let at: [number, number] = [0, 0];
    for (const [y, x] of PAIRS) {
      const d = ulpDistance(atan2(y, x), Math.atan2(y, x));
      if (d > worst) [worst, at] = [d, [y, x]];
    }
    expect(worst, `worst pair ${at}`).toBeLessThanOrEqual(1);
  });

  it('puts the result in the quadrant of (x, y)', () => {
    for (const [y, x] of PAIRS) {
      const a = atan2(y, x);
      if (y > 0) expect(a).toBeGreaterThan(0);
      if (y < 0) expect(a).toBeLessThan(0);
      if (x > 0) expect(Math.abs(a)).toBeLessThanOrEqual(Math.PI / 2);
      if (x < 0) expect(Math.abs(a)).toBeGreaterThanOrEqual(Math.PI / 2);
    }
  });

  it('follows Math.atan2 on every combination of ±0, ±1, ±Infinity and NaN bit for bit', () => {
    const specials = [0, -0, 1, -1, Infinity, -Infinity, NaN, 5e-324, -5e-324, Number.MAX_VALUE];
    for (const y of specials) {
      for (const x of specials) {
        const got = atan2(y, x);
        const want = Math.atan2(y, x);
        expect(Number.isNaN(want) ? Number.isNaN(got) : Object.is(got, want), `atan2(${y}, ${x}) = ${got}, Math gives ${want}`).toBe(true);
      }
    }
  });
});
