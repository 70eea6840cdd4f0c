// Node. The demo workspace the production build bundles (the Jiyuan seeds, or the editor fixture while
// the seeds are absent — the same choice vite.config.ts makes), and helpers to pick test targets in it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlanDocument, PlanFeature, Position } from '../../engine/model/types.ts';
import { PROJECT_ROOT } from './support/index.ts';

export function demoDir(): string {
  const seeds = join(PROJECT_ROOT, 'seeds', 'jiyuan');
  return existsSync(join(seeds, 'land.json')) ? seeds : join(PROJECT_ROOT, 'tests', 'fixtures', 'editor-demo');
}

export function loadDemoPlans(): PlanDocument[] {
  return ['land', 'ecology', 'industry', 'transport']
    .map((kind) => join(demoDir(), `${kind}.json`))
    .filter((file) => existsSync(file))
    .map((file) => JSON.parse(readFileSync(file, 'utf8')) as PlanDocument);
}

function rings(f: PlanFeature): Position[][] {
  const g = f.geometry;
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

function inside(p: Position, ring: Position[]): boolean {
  let hit = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const a = ring[i]!;
    const b = ring[j]!;
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) hit = !hit;
  }
  return hit;
}

function covers(f: PlanFeature, p: Position): boolean {
  const g = f.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  return polys.some((poly) => inside(p, poly[0]!) && !poly.slice(1).some((hole) => inside(p, hole)));
}

function segmentDistance(p: Position, a: Position, b: Position): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function edgeDistance(f: PlanFeature, p: Position): number {
  let best = Infinity;
  for (const ring of rings(f)) for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(p, ring[i - 1]!, ring[i]!));
  return best;
}

/** Layers the map draws as outlines only (renderer/map/layerStyles.ts). */
const OUTLINE_ONLY = new Set(['XZQ', 'CZKFBJ', 'CYYQ']);

/**
 * A 用地用海 parcel with the given code prefix and a point inside it that no other filled layer covers,
 * as far as possible from every drawn edge (so the sampled pixel shows the parcel's own fill). Features of
 * `hiddenLayers` are ignored (the test hides them in the layer tree).
 */
export function findParcelPoint(
  plans: PlanDocument[],
  codePrefix: string,
  hiddenLayers: readonly string[] = [],
): { feature: PlanFeature; point: Position; clearanceDeg: number } {
  const all = plans.flatMap((p) => p.features).filter((f) => !hiddenLayers.includes(f.layer));
  const others = all.filter((f) => f.layer !== 'GHYDYH');
  let best: { feature: PlanFeature; point: Position; clearanceDeg: number } | null = null;
  const parcels = all.filter((f) => f.layer === 'GHYDYH' && String(f.properties.YDYHFLDM ?? '').startsWith(codePrefix)).slice(0, 30);
  for (const parcel of parcels) {
    const ring = rings(parcel)[0]!;
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
    for (let i = 1; i < 20; i++) {
      for (let j = 1; j < 20; j++) {
        const p: Position = [x0 + ((x1 - x0) * i) / 20, y0 + ((y1 - y0) * j) / 20];
        if (!covers(parcel, p)) continue;
        const filled = others.some((o) => !OUTLINE_ONLY.has(o.layer) && covers(o, p));
        if (filled) continue;
        const clearance = Math.min(edgeDistance(parcel, p), ...others.map((o) => edgeDistance(o, p)));
        if (!best || clearance > best.clearanceDeg) best = { feature: parcel, point: p, clearanceDeg: clearance };
      }
    }
  }
  if (!best) throw new Error(`no clear point inside a ${codePrefix} parcel in the demo data`);
  return best;
}
