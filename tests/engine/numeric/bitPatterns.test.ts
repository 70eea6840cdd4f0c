import { describe, expect, it } from 'vitest';
import * as portable from '../../../engine/numeric/portableMath.ts';
import { createRandom } from './seededArguments.ts';
import { ulpDistance } from './ulpDistance.ts';

// Uniformly random 64-bit patterns reach every path the range sweeps may miss: NaNs with any payload and
// sign, subnormals, huge magnitudes, both infinities' neighbours.
const COUNT = 100_000;
const random = createRandom(0x5eed0e);
const words = new Uint32Array(2 * COUNT + 2);
for (let i = 0; i < words.length; i++) words[i] = Math.floor(random() * 4294967296);
const PATTERNS = new Float64Array(words.buffer);

// Neither hypot is correctly rounded (see hypot.test.ts): 2 ulp between two < 1 ulp results.
const TOLERANCE: Record<string, number> = { hypot: 2 };

describe('portable functions on random bit patterns', () => {
  it.each(Object.keys(portable))('%s agrees with Math within 1 ulp on 100,000 random doubles of any class', (name) => {
    const f = portable[name as keyof typeof portable] as (a: number, b: number) => number;
    const reference = (Math as unknown as Record<string, (a: number, b: number) => number>)[name]!;
    let worst = 0;
    let at = '';
    for (let i = 0; i < COUNT; i++) {
      const x = PATTERNS[i]!;
      const y = PATTERNS[i + 1]!;
      const d = ulpDistance(f(x, y), reference(x, y));
      if (d > worst) [worst, at] = [d, `${x}, ${y}`];
    }
    expect(worst, `worst arguments ${at}`).toBeLessThanOrEqual(TOLERANCE[name] ?? 1);
  });
});
