// The 专题图 sheet's ground: the Gauss-Krüger zone of its centre, the extent a scale gives in metres (checked
// against GRS80 geodesic distances, independent of the projection), the fitted scale, and the paper in pixels.
import { describe, expect, it } from 'vitest';
import { geodesicDistanceM } from '../../../engine/geometry/geodesicInverse.ts';
import {
  extentMToLonLatBox,
  fitScaleDenominator,
  gaussKrugerZone,
  gkZoneOfLon,
  mapExtentM,
  mmToPx,
  paperMm,
  roundUpTwoDigits,
  sheetGround,
  sheetLayout,
} from '../../../engine/mapSheet/index.ts';

describe('sheet geometry', () => {
  it('chooses the 3-degree zone whose central meridian is nearest the centre (Jiyuan straddles 112.5°E)', () => {
    expect(gkZoneOfLon(112.3)).toBe(37);
    expect(gkZoneOfLon(112.6)).toBe(38);
    expect(gkZoneOfLon(114)).toBe(38);
    expect(gkZoneOfLon(115.49)).toBe(38);
    expect(gkZoneOfLon(115.51)).toBe(39);
    const west = sheetGround([200, 150], 10000, [112.3, 35.1], [0, 0, 0, 0]);
    expect([west.zone, west.centralMeridianDeg]).toEqual([37, 111]);
    const east = sheetGround([200, 150], 10000, [112.6, 35.1], [0, 0, 0, 0]);
    expect([east.zone, east.centralMeridianDeg]).toEqual([38, 114]);
  });

  it('gives a map frame of W mm at 1:S an extent of W × S / 1000 metres about its centre', () => {
    expect(mapExtentM([500_000, 3_880_000], 10_000, [277, 180])).toEqual([498_615, 3_879_100, 501_385, 3_880_900]);
    const ground = sheetGround([277, 180], 25_000, [112.6, 35.1], [0, 0, 0, 0]);
    expect(ground.extentM[2] - ground.extentM[0]).toBeCloseTo(6925, 6);
    expect(ground.extentM[3] - ground.extentM[1]).toBeCloseTo(4500, 6);
    // 1 CSS px (1/96 in) of paper at 1:25 000 is 6.6146 m of ground.
    expect(ground.metresPerCssPx).toBeCloseTo(6.614583, 5);
  });

  it('measures true ground metres: the frame edge to edge is its width × scale on the ellipsoid (Web Mercator would be 1.22× off)', () => {
    const ground = sheetGround([277, 180], 10_000, [112.6, 35.1], [0, 0, 0, 0]);
    const zone = gaussKrugerZone(ground.zone);
    const [w, s, e, n] = ground.extentM;
    const left = zone.inverse(w, (s + n) / 2);
    const right = zone.inverse(e, (s + n) / 2);
    const bottom = zone.inverse((w + e) / 2, s);
    const top = zone.inverse((w + e) / 2, n);
    // The Gauss-Krüger scale factor 1.4° from the central meridian is about 1.0002: within 0.05 %.
    expect(geodesicDistanceM(left[0], left[1], right[0], right[1]) / 2770).toBeCloseTo(1, 3);
    expect(geodesicDistanceM(bottom[0], bottom[1], top[0], top[1]) / 1800).toBeCloseTo(1, 3);
    // The same lon/lat span in Web Mercator metres is 1/cos(35.1°) = 1.22 times the ground.
    const lonSpanDeg = right[0] - left[0];
    const mercatorM = (lonSpanDeg / 360) * 2 * Math.PI * 6_378_137;
    expect(mercatorM / 2770).toBeGreaterThan(1.2);
  });

  it('rounds a fitted scale up to two significant digits so the whole box fits', () => {
    expect(roundUpTwoDigits(12_345)).toBe(13_000);
    expect(roundUpTwoDigits(4_000)).toBe(4_000);
    expect(roundUpTwoDigits(99_001)).toBe(100_000);
    // 10 km × 5 km on a 277 × 180 mm frame needs 1:36 101 → 1:37 000.
    expect(fitScaleDenominator([0, 0, 10_000, 5_000], [277, 180])).toBe(37_000);
    const box: [number, number, number, number] = [112.45, 35.02, 112.7, 35.15];
    const ground = sheetGround([277, 180], 'fit', [0, 0], box);
    const shown = extentMToLonLatBox(gaussKrugerZone(ground.zone), ground.extentM);
    expect(shown[0]).toBeLessThanOrEqual(box[0]);
    expect(shown[1]).toBeLessThanOrEqual(box[1]);
    expect(shown[2]).toBeGreaterThanOrEqual(box[2]);
    expect(shown[3]).toBeGreaterThanOrEqual(box[3]);
    expect(ground.zone).toBe(38);
  });

  it('lays A4 and A3 out in both orientations with the map, legend and footer inside the margins and apart', () => {
    expect(paperMm('A3', 'landscape')).toEqual([420, 297]);
    expect(paperMm('A4', 'portrait')).toEqual([210, 297]);
    expect([mmToPx(420, 300), mmToPx(297, 300)]).toEqual([4961, 3508]);
    expect([mmToPx(210, 300), mmToPx(297, 300)]).toEqual([2480, 3508]);
    for (const paper of ['A4', 'A3'] as const) {
      for (const orientation of ['portrait', 'landscape'] as const) {
        const l = sheetLayout(paper, orientation);
        for (const r of [l.title, l.map, l.legend, l.footer]) {
          expect(r.x).toBeGreaterThanOrEqual(10);
          expect(r.y).toBeGreaterThanOrEqual(10);
          expect(r.x + r.width).toBeLessThanOrEqual(l.widthMm - 10 + 1e-9);
          expect(r.y + r.height).toBeLessThanOrEqual(l.heightMm - 10 + 1e-9);
          expect(r.width).toBeGreaterThan(0);
          expect(r.height).toBeGreaterThan(0);
        }
        const apart = (a: typeof l.map, b: typeof l.map) =>
          a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
        expect(apart(l.map, l.legend) && apart(l.map, l.title) && apart(l.map, l.footer) && apart(l.legend, l.footer)).toBe(true);
        // The map takes most of the paper.
        expect((l.map.width * l.map.height) / (l.widthMm * l.heightMm)).toBeGreaterThan(0.45);
      }
    }
  });
});
