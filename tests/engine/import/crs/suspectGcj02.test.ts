import { describe, expect, it } from 'vitest';
import { suspectGcj02, toGcj02 } from '../../../../engine/import/crs/suspectGcj02.ts';

const reference: [number, number][] = [
  [112.59, 35.09],
  [112.2, 35.2],
  [112.7, 34.95],
  [112.45, 35.0],
];

describe('suspectGcj02', () => {
  it('shifts Jiyuan by a few hundred metres (the known GCJ-02 offset)', () => {
    const [lon, lat] = toGcj02(112.59, 35.09);
    const m = Math.hypot((lon - 112.59) * 111_320 * Math.cos((35.09 * Math.PI) / 180), (lat - 35.09) * 110_574);
    expect(m).toBeGreaterThan(200);
    expect(m).toBeLessThan(1000);
  });
  it('flags data offset the way GCJ-02 offsets it', () => {
    const verdict = suspectGcj02(reference.map((r) => [toGcj02(r[0], r[1]), r] as const));
    expect(verdict.suspected).toBe(true);
    expect(verdict.meanOffsetM).toBeGreaterThan(100);
  });
  it('does not flag data that matches the reference', () => {
    expect(suspectGcj02(reference.map((r) => [[r[0] + 1e-7, r[1]], r] as const)).suspected).toBe(false);
  });
  it('does not flag an offset in another direction', () => {
    expect(suspectGcj02(reference.map((r) => [[r[0] - 0.005, r[1] - 0.005], r] as const)).suspected).toBe(false);
  });
});
