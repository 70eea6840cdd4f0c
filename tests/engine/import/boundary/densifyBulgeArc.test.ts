// densifyBulgeArc: points on the true circle, every chord within 1 cm of the arc, and no more points than that needs.
import { describe, expect, it } from 'vitest';
import { densifyBulgeArc } from '../../../../engine/import/boundary/densifyBulgeArc.ts';

function sagittas(x1: number, y1: number, x2: number, y2: number, pts: number[], cx: number, cy: number, r: number): number[] {
  const all = [x1, y1, ...pts, x2, y2];
  const out: number[] = [];
  for (let i = 0; i + 3 < all.length; i += 2) {
    const mx = (all[i]! + all[i + 2]!) / 2;
    const my = (all[i + 1]! + all[i + 3]!) / 2;
    out.push(r - Math.hypot(mx - cx, my - cy));
  }
  return out;
}

describe('densifyBulgeArc', () => {
  it('keeps a counter-clockwise half circle (bulge 1) within 1 cm on its circle', () => {
    const pts: number[] = [];
    const n = densifyBulgeArc(-100, 0, 100, 0, 1, 0.01, pts);
    expect(n).toBe(pts.length / 2);
    for (let i = 0; i < pts.length; i += 2) {
      expect(Math.abs(Math.hypot(pts[i]!, pts[i + 1]!) - 100)).toBeLessThan(1e-9);
      // Counter-clockwise from (−100, 0) to (100, 0) goes through y < 0.
      expect(pts[i + 1]!).toBeLessThan(0);
    }
    const s = sagittas(-100, 0, 100, 0, pts, 0, 0, 100);
    expect(Math.max(...s)).toBeLessThanOrEqual(0.01);
    expect(Math.max(...s)).toBeGreaterThan(0.005);
  });

  it('bends a negative bulge the other way', () => {
    const pts: number[] = [];
    densifyBulgeArc(-100, 0, 100, 0, -1, 0.01, pts);
    for (let i = 1; i < pts.length; i += 2) expect(pts[i]!).toBeGreaterThan(0);
  });

  it('adds nothing for a zero bulge or a zero chord', () => {
    const pts: number[] = [];
    expect(densifyBulgeArc(0, 0, 10, 0, 0, 0.01, pts)).toBe(0);
    expect(densifyBulgeArc(5, 5, 5, 5, 0.5, 0.01, pts)).toBe(0);
    expect(pts).toEqual([]);
  });

  it('reports a corrupt bulge that would need too many points', () => {
    expect(densifyBulgeArc(0, 0, 100, 0, 1e12, 0.01, [])).toBe(-1);
  });
});
