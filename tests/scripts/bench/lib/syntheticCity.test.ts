// The synthetic city generator: a city (≤ 300k parcels) is byte-identical to what the benches and README figures
// were measured on; a province crosses the 3° Gauss-Krüger zone lines at 112.5°E and 115.5°E with parcels that
// tile its band without gap or overlap (every inner edge shared by exactly two parcels, in opposite directions),
// and the same seed gives the same bytes.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticCity, PROVINCE_LON0, PROVINCE_SPAN_LON } from '../../../../scripts/bench/lib/syntheticCity.ts';

const root = mkdtempSync(join(tmpdir(), 'lantu-synthetic-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

type Ring = [number, number][];
interface Feature {
  layer: string;
  geometry: { type: string; coordinates: Ring[] };
  properties: Record<string, unknown>;
}
const featuresOf = (file: string): Feature[] => (JSON.parse(readFileSync(file, 'utf8')) as { features: Feature[] }).features;
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** Twice the signed planar area of a closed ring (positive when counter-clockwise). */
function signedArea2(ring: Ring): number {
  let sum = 0;
  for (let k = 0; k + 1 < ring.length; k++) sum += ring[k]![0] * ring[k + 1]![1] - ring[k + 1]![0] * ring[k]![1];
  return sum;
}

describe('generateSyntheticCity', () => {
  it('writes a 10k city byte for byte as before provinces existed', () => {
    const city = generateSyntheticCity({ parcels: 10_000, dir: join(root, 'city10k') });
    expect(Object.fromEntries(Object.entries(city.files).map(([kind, file]) => [kind, sha256(file)]))).toEqual({
      land: '9d1b3d2f9c63d2d194e33d2c9799e875b559f38fac2c522fbbd38b7d3418a913',
      ecology: 'e0e5a0450b6b04c692476d7b137b95557a3d4e6cb1561a6c354e92998f818b49',
      industry: '3eb0338a84d1fd7fe549709db5e2b5514513c1aa9b745a1667628d9beec35cd8',
      transport: '2d92d66a49f1048d1ead1858a8f5229e000d2543f1966020713ce42fc47a82e0',
    });
  }, 60_000);

  it('tiles a province band across zones 37–39 with parcels and towns, without gaps or overlaps', () => {
    const province = generateSyntheticCity({ parcels: 20_000, dir: join(root, 'province'), territory: 'province' });
    const land = featuresOf(province.files.land);
    const parcels = land.filter((f) => f.layer === 'GHYDYH');
    const towns = land.filter((f) => f.layer === 'XZQ');
    expect(parcels.length).toBeGreaterThan(19_000);
    expect(towns.length).toBeGreaterThan(16);

    for (const layer of [parcels, towns]) {
      const xs = layer.flatMap((f) => f.geometry.coordinates[0]!.map((p) => p[0]));
      const ys = layer.flatMap((f) => f.geometry.coordinates[0]!.map((p) => p[1]));
      const range = (v: number[]): [number, number] =>
        v.reduce<[number, number]>(([lo, hi], x) => [Math.min(lo, x), Math.max(hi, x)], [Infinity, -Infinity]);
      const [[minX, maxX], [minY, maxY]] = [range(xs), range(ys)];
      expect(minX).toBe(PROVINCE_LON0);
      expect(maxX).toBeCloseTo(PROVINCE_LON0 + PROVINCE_SPAN_LON, 7);
      const onBorder = (a: [number, number], b: [number, number]) =>
        (a[0] === b[0] && (a[0] === minX || a[0] === maxX)) || (a[1] === b[1] && (a[1] === minY || a[1] === maxY));
      // Every ring counter-clockwise, every inner edge walked once each way: a tiling of the band's box.
      const edges = new Map<string, number>();
      let borderEdges = 0;
      for (const f of layer) {
        const ring = f.geometry.coordinates[0]!;
        expect(signedArea2(ring)).toBeGreaterThan(0);
        for (let k = 0; k + 1 < ring.length; k++) {
          const [a, b] = [ring[k]!, ring[k + 1]!];
          if (onBorder(a, b)) borderEdges++;
          else edges.set(`${a.join()}>${b.join()}`, (edges.get(`${a.join()}>${b.join()}`) ?? 0) + 1);
        }
      }
      expect(borderEdges).toBeGreaterThan(0);
      const unmatched = [...edges].filter(([key, n]) => {
        const [a, b] = key.split('>');
        return n !== 1 || edges.get(`${b}>${a}`) !== 1;
      });
      expect(unmatched).toEqual([]);
      // Planar shoelace in degrees: the pieces add up to the box (no gap anywhere, none counted twice).
      const total = layer.reduce((sum, f) => sum + signedArea2(f.geometry.coordinates[0]!) / 2, 0);
      expect(Math.abs(total - (maxX - minX) * (maxY - minY))).toBeLessThan(1e-9);
    }
    // Parcels on both sides of each zone line, and parcels the line passes through (shared edges checked above).
    for (const line of [112.5, 115.5]) {
      const straddling = parcels.filter((f) => {
        const xs = f.geometry.coordinates[0]!.map((p) => p[0]);
        return Math.min(...xs) < line && Math.max(...xs) > line;
      });
      expect(straddling.length).toBeGreaterThan(0);
    }
    // Each town's parcels carry its code: the XZQ blocks and the parcels' XZQDM agree on the count.
    expect(new Set(parcels.map((f) => f.properties.XZQDM)).size).toBe(towns.length);
  }, 120_000);

  it('gives the same bytes for the same seed and different ones for another seed', () => {
    const a = generateSyntheticCity({ parcels: 6_000, dir: join(root, 'a'), territory: 'province', seed: 7 });
    const b = generateSyntheticCity({ parcels: 6_000, dir: join(root, 'b'), territory: 'province', seed: 7 });
    const c = generateSyntheticCity({ parcels: 6_000, dir: join(root, 'c'), territory: 'province', seed: 8 });
    for (const kind of ['land', 'ecology', 'industry', 'transport'] as const) expect(sha256(a.files[kind])).toBe(sha256(b.files[kind]));
    expect(sha256(a.files.land)).not.toBe(sha256(c.files.land));
  }, 120_000);
});
