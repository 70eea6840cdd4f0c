// Pure. Edge bookkeeping that tells the gap search where to look. Every ring is walked with the polygon's
// interior on its left; a directed edge adds +1 or −1 to its undirected key. In a clean coverage each shared
// edge is walked once each way (sum 0), and the territory, walked the other way round (sign −1), cancels the
// rim. Any edge of a gap's boundary has covered or outside land on one side only, so its sum is not 0:
// tiles without such edges are wholly covered or wholly gap. Counts are patched on edits.
import { signedRingArea } from '../../geometry/planarRing.ts';
import type { Geometry, Position } from '../../model/types.ts';

export type EdgeCounts = Map<string, number>;

// Keys are the edge's four coordinates as raw float bits (16 UTF-16 units): exact, and much cheaper to
// build than decimal strings.
const f64 = new Float64Array(4);
const u16 = new Uint16Array(f64.buffer);

function keyOf(x1: number, y1: number, x2: number, y2: number): string {
  f64[0] = x1;
  f64[1] = y1;
  f64[2] = x2;
  f64[3] = y2;
  return String.fromCharCode(
    u16[0]!, u16[1]!, u16[2]!, u16[3]!, u16[4]!, u16[5]!, u16[6]!, u16[7]!,
    u16[8]!, u16[9]!, u16[10]!, u16[11]!, u16[12]!, u16[13]!, u16[14]!, u16[15]!,
  );
}

function decode(key: string): [number, number, number, number] {
  for (let i = 0; i < 16; i++) u16[i] = key.charCodeAt(i);
  return [f64[0]!, f64[1]!, f64[2]!, f64[3]!];
}

function ringsOf(g: Geometry): Position[][][] {
  if (g.type === 'Polygon') return [g.coordinates];
  if (g.type === 'MultiPolygon') return g.coordinates;
  return [];
}

/** Adds a polygon's directed edges with `sign` (1 for the layer, −1 for the territory; negate to remove). */
export function countEdges(counts: EdgeCounts, g: Geometry, sign: number): void {
  for (const polygon of ringsOf(g)) {
    polygon.forEach((ring, r) => {
      // Exterior counter-clockwise, holes clockwise: the interior is always on the left.
      const flip = r === 0 ? signedRingArea(ring) < 0 : signedRingArea(ring) > 0;
      for (let i = 1; i < ring.length; i++) {
        const a = flip ? ring[ring.length - i]! : ring[i - 1]!;
        const b = flip ? ring[ring.length - 1 - i]! : ring[i]!;
        if (a[0] === b[0] && a[1] === b[1]) continue;
        const forward = a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
        const k = forward ? keyOf(a[0], a[1], b[0], b[1]) : keyOf(b[0], b[1], a[0], a[1]);
        const n = (counts.get(k) ?? 0) + (forward ? sign : -sign);
        if (n === 0) counts.delete(k);
        else counts.set(k, n);
      }
    });
  }
}

/** Keys "tx,ty" of the grid tiles touched by the box of every edge whose sum is not 0. */
export function unmatchedTiles(counts: EdgeCounts, tileDeg: number): Set<string> {
  const tiles = new Set<string>();
  for (const k of counts.keys()) {
    const [x1, y1, x2, y2] = decode(k);
    for (let ty = Math.floor(Math.min(y1, y2) / tileDeg); ty <= Math.floor(Math.max(y1, y2) / tileDeg); ty++) {
      for (let tx = Math.floor(x1 / tileDeg); tx <= Math.floor(x2 / tileDeg); tx++) tiles.add(`${tx},${ty}`);
    }
  }
  return tiles;
}
