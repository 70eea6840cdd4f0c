// V8's optimizer turns an array of numbers into an array of boxed numbers when one indexed load in optimized code sees
// both arrays of numbers and arrays of arrays. Validation once did that to every position of a plan (+165 MB at 300k
// parcels, kept, and slower for every check after). This runs validation in a child with V8's natives syntax and
// counts the positions still stored as doubles.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('V8 arrays of numbers after validation and deep comparisons', () => {
  it('leaves every position of a validated plan an array of doubles, and after deep comparisons of its geometries', () => {
    const script = fileURLToPath(new URL('./fixtures/numberArraysAfterValidation.ts', import.meta.url));
    const run = spawnSync(process.execPath, ['--allow-natives-syntax', '--import', 'tsx', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const { positions, doubles } = JSON.parse(run.stdout) as { positions: number; doubles: number };
    // 20,000 parcels of 5 positions, a 5-position hole on every 10th polygon, two 5-position parts on every 7th.
    expect(positions).toBe(122_860);
    expect(doubles).toBe(positions);
  }, 60_000);
});
