// Pure. Takes a conflict region (EPSG:4490) and returns a hex hash of it rounded to 1e-7° (≈ 1 cm):
// equal for the same region whatever ring start, orientation or part order the overlay produced,
// different once a vertex moves by more than the rounding.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Geometry, Position } from '../model/types.ts';

const SCALE = 1e7;

export function regionHash(region: Geometry | null, extra = ''): string {
  const canonical = region === null ? 'null' : canonicalGeometry(region);
  return bytesToHex(sha256(utf8ToBytes(`${canonical}|${extra}`))).slice(0, 32);
}

function pt(p: Position): [number, number] {
  return [Math.round(p[0] * SCALE), Math.round(p[1] * SCALE)];
}

function less(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
}

/** Ring without its closing point, counter-clockwise, starting at its smallest vertex. */
function canonicalRing(ring: Position[]): string {
  let pts = ring.map(pt);
  if (pts.length > 1) {
    const first = pts[0]!;
    const last = pts[pts.length - 1]!;
    if (first[0] === last[0] && first[1] === last[1]) pts = pts.slice(0, -1);
  }
  pts = pts.filter((p, i) => {
    const prev = pts[(i + pts.length - 1) % pts.length]!;
    return pts.length < 2 || p[0] !== prev[0] || p[1] !== prev[1];
  });
  let twiceArea = 0;
  for (let i = 0; i < pts.length; i++) {
    const a = pts[i]!;
    const b = pts[(i + 1) % pts.length]!;
    twiceArea += a[0] * b[1] - b[0] * a[1];
  }
  if (twiceArea < 0) pts.reverse();
  let start = 0;
  for (let i = 1; i < pts.length; i++) if (less(pts[i]!, pts[start]!)) start = i;
  const rotated = [...pts.slice(start), ...pts.slice(0, start)];
  return rotated.map((p) => `${p[0]},${p[1]}`).join(' ');
}

function canonicalPolygon(rings: Position[][]): string {
  const [outer, ...holes] = rings;
  if (!outer) return '';
  return [canonicalRing(outer), ...holes.map(canonicalRing).sort()].join('|');
}

function canonicalLine(line: Position[]): string {
  const fwd = line.map(pt).map((p) => `${p[0]},${p[1]}`);
  const rev = [...fwd].reverse();
  const a = fwd.join(' ');
  const b = rev.join(' ');
  return a < b ? a : b;
}

function canonicalGeometry(g: Geometry): string {
  switch (g.type) {
    case 'Point':
      return `P${canonicalLine([g.coordinates])}`;
    case 'MultiPoint':
      return `P${g.coordinates
        .map((c) => canonicalLine([c]))
        .sort()
        .join(';')}`;
    case 'LineString':
      return `L${canonicalLine(g.coordinates)}`;
    case 'MultiLineString':
      return `L${g.coordinates.map(canonicalLine).sort().join(';')}`;
    case 'Polygon':
      return `A${canonicalPolygon(g.coordinates)}`;
    case 'MultiPolygon':
      return `A${g.coordinates.map(canonicalPolygon).sort().join(';')}`;
  }
}
