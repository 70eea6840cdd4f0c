// Generates a Jiyuan-like synthetic city as four plan documents (land, ecology, industry, transport) in a
// directory: `parcels` land parcels (GHYDYH) covering the territory without gaps or overlaps (a jittered
// grid whose shared edges carry 0–2 extra vertices, so parcels have 4–12 distinct vertices), 16 towns
// (XZQ) along parcel edges, and the other layers in proportion. Deterministic for a given seed.
// Up to PROVINCE_FROM parcels the territory is Jiyuan's box (output byte-identical to before provinces existed);
// above it the territory grows with the parcel count into a Henan-like band across 3° Gauss-Krüger zones
// 37–39 (111.9°–115.8°E) with parcels of PROVINCE_PARCEL_M2, and cities, parks, towns and protected areas scaled.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/index.ts';
import { pathLengthM } from '../../../engine/geometry/index.ts';
import { featureId } from '../../../engine/model/index.ts';
import { codeInfo } from '../../../engine/model/index.ts';
import type { LayerCode, PlanKind, PlanMeta, Position } from '../../../engine/model/index.ts';
import { createRandom, hash01, valueNoise } from './random.ts';
import { lineJson, PlanDocumentWriter, pointJson, polygonJson } from './geojsonWriter.ts';

export interface SyntheticCityOptions {
  parcels: number;
  dir: string;
  seed?: number;
  /** 'province' above PROVINCE_FROM parcels, else 'city' (Jiyuan's box); given, it forces one (tests: a small province). */
  territory?: 'city' | 'province';
}

export interface SyntheticCity {
  dir: string;
  files: Record<PlanKind, string>;
  counts: Partial<Record<LayerCode, number>>;
  bytes: number;
}

// The city territory: a 0.6° × 0.33° box (≈ 2,000 km², Jiyuan has 1,931 km²) around the real city.
const M_PER_DEG_LAT = 110_950;
const M_PER_DEG_LON = 91_080; // at 35.1°N
const JIYUAN_CENTRE: Position = [112.59, 35.09];
const PARKS: readonly { name: string; at: Position }[] = [
  { name: '虎岭经济技术开发区', at: [112.5, 35.07] },
  { name: '玉川产业集聚区', at: [112.64, 35.16] },
];
const TOWN_CENTRES: readonly Position[] = [
  [112.6, 35.18],
  [112.68, 35.13],
  [112.62, 35.0],
  [112.46, 35.05],
  [112.15, 35.18],
  [112.5, 34.95],
  [112.67, 35.03],
  [112.38, 34.96],
  [112.45, 35.15],
  [112.27, 35.13],
  [112.3, 34.97],
];
const TOWNS: readonly { code: string; name: string }[] = [
  ['419001001', '沁园街道'],
  ['419001002', '济水街道'],
  ['419001003', '北海街道'],
  ['419001004', '天坛街道'],
  ['419001005', '玉泉街道'],
  ['419001100', '克井镇'],
  ['419001101', '五龙口镇'],
  ['419001102', '轵城镇'],
  ['419001103', '承留镇'],
  ['419001104', '邵原镇'],
  ['419001105', '坡头镇'],
  ['419001106', '梨林镇'],
  ['419001107', '大峪镇'],
  ['419001108', '思礼镇'],
  ['419001109', '王屋镇'],
  ['419001110', '下冶镇'],
].map(([code, name]) => ({ code: code!, name: name! }));

/** Above this many parcels the territory is a province (byte-identical output below, other benches depend on it). */
export const PROVINCE_FROM = 300_000;
/** A province parcel's mean area: a 100k-parcel city's (a 300k city's are 6,700 m²), so 3M parcels span ≈ 60,000 km². */
export const PROVINCE_PARCEL_M2 = 20_000;
/** The province band's west and east edges: across the 3° zone lines at 112.5°E and 115.5°E (zones 37, 38, 39). */
export const PROVINCE_LON0 = 111.9;
export const PROVINCE_SPAN_LON = 3.9;
const PROVINCE_LAT0 = 34.3;
/** Jiyuan's box is ≈ 2,000 km²: a province has one city (with two parks, 11 town centres, 16 towns) per that much. */
const CITY_AREA_M2 = 2_000e6;

/** Where the generator draws: the box, its local metric frame, and what it holds (cities, parks, towns, zones). */
interface Territory {
  lon0: number;
  lat0: number;
  spanLon: number;
  spanLat: number;
  centre: Position;
  /** Metres per degree of longitude in the local frame (at the centre's latitude). */
  mPerDegLon: number;
  cities: readonly Position[];
  parks: readonly { name: string; at: Position }[];
  townCentres: readonly Position[];
  towns: readonly { code: string; name: string }[];
  /** The XZQ blocks: towns.length = townCols × townRows. */
  townCols: number;
  townRows: number;
  /** Protected areas, farmland and the like per Jiyuan-sized area. */
  scale: number;
  isMountain(p: Position): boolean;
  isRiver(p: Position): boolean;
}

const JIYUAN: Territory = {
  lon0: 112.1,
  lat0: 34.92,
  spanLon: 0.6,
  spanLat: 0.33,
  centre: JIYUAN_CENTRE,
  mPerDegLon: M_PER_DEG_LON,
  cities: [JIYUAN_CENTRE],
  parks: PARKS,
  townCentres: TOWN_CENTRES,
  towns: TOWNS,
  townCols: 4,
  townRows: 4,
  scale: 1,
  isMountain: (p) => p[1] > 35.17 || p[0] < 112.3 + 0.04 * Math.sin(p[1] * 60),
  isRiver: (p) => p[1] < 34.955 + 0.01 * Math.sin(p[0] * 40),
};

/**
 * A province band of `parcels` × PROVINCE_PARCEL_M2: fixed width across zones 37–39, height from the area. Cities
 * sit on a jittered grid, each with Jiyuan's parks and town centres at the same offsets; the towns (XZQ) tile the
 * band in blocks like Jiyuan's; mountains along the west and north edges, a river meandering across the south.
 */
function provinceTerritory(parcels: number, random: () => number): Territory {
  const lat0 = PROVINCE_LAT0;
  const spanLon = PROVINCE_SPAN_LON;
  const mPerDegLon0 = 111_320 * Math.cos((lat0 * Math.PI) / 180);
  const spanLat = (parcels * PROVINCE_PARCEL_M2) / (spanLon * mPerDegLon0) / M_PER_DEG_LAT;
  const centre: Position = [PROVINCE_LON0 + spanLon / 2, lat0 + spanLat / 2];
  const mPerDegLon = 111_320 * Math.cos((centre[1] * Math.PI) / 180);
  const widthM = spanLon * mPerDegLon;
  const heightM = spanLat * M_PER_DEG_LAT;
  const grid = (count: number): [number, number] => {
    const cols = Math.min(count, Math.max(1, Math.round(Math.sqrt((count * widthM) / heightM))));
    return [cols, Math.max(1, Math.round(count / cols))];
  };
  const cityCount = Math.max(2, Math.round((widthM * heightM) / CITY_AREA_M2));
  const [cityCols, cityRows] = grid(cityCount);
  const cities: Position[] = [];
  for (let r = 0; r < cityRows; r++)
    for (let c = 0; c < cityCols; c++)
      cities.push([
        round7(PROVINCE_LON0 + ((c + 0.3 + 0.4 * random()) / cityCols) * spanLon),
        round7(lat0 + ((r + 0.3 + 0.4 * random()) / cityRows) * spanLat),
      ]);
  const offset = (c: Position, p: Position): Position => [round7(c[0] + p[0] - JIYUAN_CENTRE[0]), round7(c[1] + p[1] - JIYUAN_CENTRE[1])];
  const parks = cities.flatMap((c, k) => PARKS.map((park) => ({ name: `合成城市${k + 1}${park.name}`, at: offset(c, park.at) })));
  const townCentres = cities.flatMap((c) => TOWN_CENTRES.map((t) => offset(c, t)));
  const [townCols, townRows] = grid(cities.length * 16);
  const towns = Array.from({ length: townCols * townRows }, (_, k) => ({
    // 41 (Henan) + a 4-digit county + a 3-digit town: 9 digits like Jiyuan's 419001100.
    code: `41${String(1000 + Math.floor(k / 16)).padStart(4, '0')}${String(100 + (k % 16)).padStart(3, '0')}`,
    name: `合成${k + 1}镇`,
  }));
  const top = lat0 + spanLat;
  return {
    lon0: PROVINCE_LON0,
    lat0,
    spanLon,
    spanLat,
    centre,
    mPerDegLon,
    cities,
    parks,
    townCentres,
    towns,
    townCols,
    townRows,
    scale: (widthM * heightM) / CITY_AREA_M2,
    isMountain: (p) => p[1] > top - 0.12 * spanLat || p[0] < PROVINCE_LON0 + 0.35 + 0.04 * Math.sin(p[1] * 60),
    isRiver: (p) => Math.abs(p[1] - (lat0 + 0.3 * spanLat + 0.05 * Math.sin(p[0] * 6))) < 0.018 + 0.01 * Math.sin(p[0] * 40),
  };
}

/**
 * The territory of the city being generated. Module state because the helpers below (conversions, blobs, walks)
 * all draw in it; generateSyntheticCity is synchronous and sets and restores it, so calls never interleave.
 */
let T: Territory = JIYUAN;

const round7 = (v: number): number => Math.round(v * 1e7) / 1e7;

/** MJ: the ellipsoidal (GRS80) area of a polygon's rings, as validation recomputes it. */
const areaM2 = (rings: readonly Position[][]): number => ellipsoidalAreaM2({ type: 'Polygon', coordinates: [...rings] });

const toMetres = (p: Position): [number, number] => [(p[0] - T.centre[0]) * T.mPerDegLon, (p[1] - T.centre[1]) * M_PER_DEG_LAT];
const toLonLat = (x: number, y: number): Position => [round7(T.centre[0] + x / T.mPerDegLon), round7(T.centre[1] + y / M_PER_DEG_LAT)];
const distM = (a: Position, b: Position): number => Math.hypot((a[0] - b[0]) * T.mPerDegLon, (a[1] - b[1]) * M_PER_DEG_LAT);

/** A star-shaped blob: radius r(θ) = r0 (1 + Σ a_k sin(k θ + p_k)), Σ a_k ≤ 0.35 so it stays simple. */
interface Blob {
  centre: Position;
  radiusM: number;
  amps: [number, number, number];
  phases: [number, number, number];
}

function makeBlob(centre: Position, radiusM: number, random: () => number): Blob {
  const a = 0.35 * random();
  return {
    centre,
    radiusM,
    amps: [a * 0.55, a * 0.3, a * 0.15],
    phases: [random() * 6.283, random() * 6.283, random() * 6.283],
  };
}

function blobRadius(b: Blob, theta: number): number {
  return (
    b.radiusM *
    (1 +
      b.amps[0] * Math.sin(3 * theta + b.phases[0]) +
      b.amps[1] * Math.sin(5 * theta + b.phases[1]) +
      b.amps[2] * Math.sin(7 * theta + b.phases[2]))
  );
}

function blobContains(b: Blob, p: Position): boolean {
  const [x, y] = toMetres(p);
  const [cx, cy] = toMetres(b.centre);
  const dx = x - cx;
  const dy = y - cy;
  const r = Math.hypot(dx, dy);
  return r <= b.radiusM * 1.35 && r < blobRadius(b, Math.atan2(dy, dx));
}

/** Counter-clockwise ring (clockwise when `hole`), closed, `scale` multiplies the radius. */
function blobRing(b: Blob, vertices: number, scale = 1, hole = false): Position[] {
  const [cx, cy] = toMetres(b.centre);
  const ring: Position[] = [];
  for (let k = 0; k < vertices; k++) {
    const theta = ((hole ? -k : k) / vertices) * 2 * Math.PI;
    const r = blobRadius(b, theta) * scale;
    ring.push(toLonLat(cx + r * Math.cos(theta), cy + r * Math.sin(theta)));
  }
  ring.push(ring[0]!);
  return ring;
}

function inTerritory(p: Position, marginDeg = 0): boolean {
  return (
    p[0] > T.lon0 + marginDeg && p[0] < T.lon0 + T.spanLon - marginDeg && p[1] > T.lat0 + marginDeg && p[1] < T.lat0 + T.spanLat - marginDeg
  );
}

/** Places up to `count` non-overlapping blobs whose centres satisfy `accept`. */
function placeBlobs(
  count: number,
  radius: [number, number],
  random: () => number,
  accept: (p: Position) => boolean,
  avoid: readonly Blob[] = [],
): Blob[] {
  const placed: Blob[] = [];
  // Which blobs are near: a grid of cells as wide as the farthest two blobs can be apart and still clash, so
  // a province's thousands of blobs are not each compared with all others (the same answer, faster).
  const maxR = Math.max(radius[1], ...avoid.map((o) => o.radiusM));
  const cellM = (maxR * 2 * 1.36) | 0 || 1;
  const cells = new Map<number, Blob[]>();
  const cellKey = (gx: number, gy: number) => gx * 100_003 + gy;
  const add = (b: Blob) => {
    const [x, y] = toMetres(b.centre);
    const key = cellKey(Math.floor(x / cellM), Math.floor(y / cellM));
    const list = cells.get(key);
    if (list) list.push(b);
    else cells.set(key, [b]);
  };
  avoid.forEach(add);
  const clashes = (centre: Position, r: number): boolean => {
    const [x, y] = toMetres(centre);
    const gx = Math.floor(x / cellM);
    const gy = Math.floor(y / cellM);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const o of cells.get(cellKey(gx + dx, gy + dy)) ?? []) if (distM(o.centre, centre) < (o.radiusM + r) * 1.36) return true;
    return false;
  };
  for (let tries = 0; placed.length < count && tries < count * 60; tries++) {
    const centre: Position = [T.lon0 + random() * T.spanLon, T.lat0 + random() * T.spanLat];
    const r = radius[0] + random() * (radius[1] - radius[0]);
    const marginDeg = (r * 1.4) / M_PER_DEG_LAT;
    if (!inTerritory(centre, marginDeg) || !accept(centre)) continue;
    if (clashes(centre, r)) continue;
    const blob = makeBlob(centre, r, random);
    placed.push(blob);
    add(blob);
  }
  return placed;
}

const isMountain = (p: Position): boolean => T.isMountain(p);
const isRiver = (p: Position): boolean => T.isRiver(p);

type Weighted = readonly (readonly [string, number])[];
const URBAN: Weighted = [
  ['0701', 30],
  ['0702', 5],
  ['0804', 5],
  ['0806', 2],
  ['0801', 2],
  ['0901', 10],
  ['0902', 4],
  ['1001', 6],
  ['1101', 3],
  ['1207', 15],
  ['1208', 2],
  ['1301', 2],
  ['1401', 8],
  ['1403', 2],
  ['16', 4],
];
const PARK: Weighted = [
  ['1001', 60],
  ['1101', 10],
  ['1207', 12],
  ['1303', 3],
  ['1002', 3],
  ['1402', 6],
  ['0901', 6],
];
const TOWN: Weighted = [
  ['0701', 30],
  ['0703', 20],
  ['0804', 6],
  ['0901', 12],
  ['1001', 10],
  ['1207', 14],
  ['1401', 4],
  ['0101', 4],
];
const MOUNTAIN: Weighted = [
  ['0301', 50],
  ['0303', 14],
  ['0403', 10],
  ['0103', 10],
  ['0201', 4],
  ['0703', 4],
  ['1202', 2],
  ['1002', 2],
  ['1703', 2],
  ['2307', 2],
];
const RIVER: Weighted = [
  ['1703', 35],
  ['1701', 15],
  ['0506', 15],
  ['0301', 12],
  ['0103', 15],
  ['0703', 4],
  ['1202', 2],
  ['1311', 2],
];
const PLAIN: Weighted = [
  ['0101', 18],
  ['0102', 24],
  ['0103', 14],
  ['0703', 9],
  ['0201', 5],
  ['0601', 4],
  ['0602', 3],
  ['1202', 3],
  ['1704', 2],
  ['1705', 2],
  ['0301', 6],
  ['0403', 2],
  ['1001', 2],
  ['0901', 1],
  ['2302', 1],
  ['1201', 1],
  ['0804', 1],
  ['0506', 2],
];
const FARMLAND: Weighted = [
  ['0101', 30],
  ['0102', 40],
  ['0103', 22],
  ['0601', 3],
  ['0602', 2],
  ['1705', 3],
];

function pick(weights: Weighted, u: number): string {
  const total = weights.reduce((s, [, w]) => s + w, 0);
  let t = u * total;
  for (const [code, w] of weights) {
    t -= w;
    if (t < 0) return code;
  }
  return weights[weights.length - 1]![0];
}

/** Uniform grid of buckets over the territory for fast "which blobs may contain this point". */
class BlobBuckets {
  private readonly cells = new Map<number, Blob[]>();
  constructor(
    blobs: readonly Blob[],
    private readonly sizeM = 2000,
  ) {
    for (const b of blobs) {
      const [cx, cy] = toMetres(b.centre);
      const r = b.radiusM * 1.35;
      for (let gx = Math.floor((cx - r) / sizeM); gx <= Math.floor((cx + r) / sizeM); gx++) {
        for (let gy = Math.floor((cy - r) / sizeM); gy <= Math.floor((cy + r) / sizeM); gy++) {
          const key = gx * 100_003 + gy;
          const list = this.cells.get(key);
          if (list) list.push(b);
          else this.cells.set(key, [b]);
        }
      }
    }
  }
  find(p: Position): Blob | undefined {
    const [x, y] = toMetres(p);
    const list = this.cells.get(Math.floor(x / this.sizeM) * 100_003 + Math.floor(y / this.sizeM));
    return list?.find((b) => blobContains(b, p));
  }
}

function planMeta(kind: PlanKind, parcels: number, title: string, department: string): PlanMeta {
  return {
    schemaVersion: '1.0.0',
    kind,
    id: `synthetic-${parcels}-${kind}` as PlanMeta['id'],
    title,
    department,
    version: 'v1',
    period: { start: 2021, end: 2035 },
    classification: 'ydyh2023',
    sourceCrs: 'EPSG:4490',
  };
}

function bsm(serial: number): string {
  return `4190010000${String(serial).padStart(8, '0')}`;
}

export function generateSyntheticCity(options: SyntheticCityOptions): SyntheticCity {
  const seed = options.seed ?? 20261127;
  // The province's layout draws from its own stream, so the city's sequence below is the same in both.
  const province = (options.territory ?? (options.parcels > PROVINCE_FROM ? 'province' : 'city')) === 'province';
  T = province ? provinceTerritory(options.parcels, createRandom(seed ^ 0x5a5a5a5a)) : JIYUAN;
  try {
    return generateIn(options, seed);
  } finally {
    T = JIYUAN;
  }
}

function generateIn(options: SyntheticCityOptions, seed: number): SyntheticCity {
  const { dir, parcels } = options;
  const random = createRandom(seed);
  const { lon0: LON0, lat0: LAT0, spanLon: SPAN_LON, spanLat: SPAN_LAT } = T;
  mkdirSync(dir, { recursive: true });
  const counts: Partial<Record<LayerCode, number>> = {};
  const count = (layer: LayerCode) => (counts[layer] = (counts[layer] ?? 0) + 1);

  // --- the grid -------------------------------------------------------------------------------------
  const nx = Math.max(4, Math.round(Math.sqrt(parcels * ((SPAN_LON * T.mPerDegLon) / (SPAN_LAT * M_PER_DEG_LAT)))));
  const ny = Math.max(4, Math.round(parcels / nx));
  const dLon = SPAN_LON / nx;
  const dLat = SPAN_LAT / ny;
  const node = (i: number, j: number): Position => {
    const jx = i === 0 || i === nx ? 0 : (hash01(i, j, seed, 1) - 0.5) * 0.4;
    const jy = j === 0 || j === ny ? 0 : (hash01(i, j, seed, 2) - 0.5) * 0.4;
    return [round7(LON0 + (i + jx) * dLon), round7(LAT0 + (j + jy) * dLat)];
  };
  // Extra vertices of the edge from node(i,j) eastwards (horizontal) or northwards (vertical), in
  // that direction; both neighbouring parcels compute the same points, so they share the edge exactly.
  const edgePoints = (i: number, j: number, vertical: boolean): Position[] => {
    const a = node(i, j);
    const b = vertical ? node(i, j + 1) : node(i + 1, j);
    const tag = vertical ? 5 : 3;
    const k = Math.floor(hash01(i, j, seed, tag) * 3);
    const onBorder = vertical ? i === 0 || i === nx : j === 0 || j === ny;
    const points: Position[] = [];
    for (let m = 0; m < k; m++) {
      const t = (m + 1) / (k + 1) + (hash01(i, j, seed, tag * 10 + m) - 0.5) * 0.1;
      const off = onBorder ? 0 : (hash01(i, j, seed, tag * 100 + m) - 0.5) * 0.12;
      points.push([
        round7(a[0] + (b[0] - a[0]) * t + (vertical ? off * dLon : 0)),
        round7(a[1] + (b[1] - a[1]) * t + (vertical ? 0 : off * dLat)),
      ]);
    }
    return points;
  };
  /** Closed counter-clockwise ring around the cells [i0, i1) × [j0, j1), along the shared edges. */
  const blockRing = (i0: number, i1: number, j0: number, j1: number): Position[] => {
    const ring: Position[] = [];
    for (let i = i0; i < i1; i++) ring.push(node(i, j0), ...edgePoints(i, j0, false));
    for (let j = j0; j < j1; j++) ring.push(node(i1, j), ...edgePoints(i1, j, true));
    for (let i = i1; i > i0; i--) ring.push(node(i, j1), ...edgePoints(i - 1, j1, false).reverse());
    for (let j = j1; j > j0; j--) ring.push(node(i0, j), ...edgePoints(i0, j - 1, true).reverse());
    ring.push(ring[0]!);
    return ring;
  };
  const townCols = Array.from({ length: T.townCols + 1 }, (_, a) => Math.round((a * nx) / T.townCols));
  const townRows = Array.from({ length: T.townRows + 1 }, (_, b) => Math.round((b * ny) / T.townRows));
  /** The block of bounds [b, b+1) holding v (the last block takes the end). */
  const blockOf = (bounds: readonly number[], v: number): number => {
    let b = bounds.length - 2;
    while (b > 0 && v < bounds[b]!) b--;
    return b;
  };
  const townIndex = (i: number, j: number): number => blockOf(townRows, j) * T.townCols + blockOf(townCols, i);

  // --- zones and control lines ------------------------------------------------------------------------
  const cityBlobs = T.cities.map((c) => makeBlob(c, 4500, random));
  const parkBlobs = T.parks.map((p) => makeBlob(p.at, 2300, random));
  const townBlobs = T.townCentres.map((c) => makeBlob(c, 800 + random() * 500, random));
  const urbanAreas = [...cityBlobs, ...parkBlobs, ...townBlobs];
  const nearUrban = (p: Position, extraM: number) => urbanAreas.some((b) => distM(b.centre, p) < b.radiusM * 1.35 + extraM);
  const scaled = (n: number) => Math.round(n * T.scale);
  const redLines = placeBlobs(scaled(150), [900, 2200], random, (p) => (isMountain(p) || isRiver(p)) && !nearUrban(p, 500));
  const farmland = placeBlobs(scaled(450), [450, 1000], random, (p) => !isMountain(p) && !isRiver(p) && !nearUrban(p, 300), redLines);
  const reserves = placeBlobs(scaled(4), [2500, 3500], random, (p) => isMountain(p) && !nearUrban(p, 3000));
  const waterSources = placeBlobs(scaled(5), [1200, 1800], random, (p) => !nearUrban(p, 500) && !isMountain(p));
  const urbanBuckets = new BlobBuckets(cityBlobs, 4000);
  const parkBuckets = new BlobBuckets(parkBlobs);
  const townBuckets = new BlobBuckets(townBlobs);
  const farmBuckets = new BlobBuckets(farmland);

  // --- land plan: GHYDYH, YJJBNT, CZKFBJ, XZQ ------------------------------------------------------------
  const files: Record<PlanKind, string> = {
    land: join(dir, 'land.json'),
    ecology: join(dir, 'ecology.json'),
    industry: join(dir, 'industry.json'),
    transport: join(dir, 'transport.json'),
  };
  let bytes = 0;
  const land = new PlanDocumentWriter(files.land, planMeta('land', parcels, '合成城市国土空间总体规划', '自然资源和规划局'));
  const landPlanId = `synthetic-${parcels}-land`;
  let serial = 0;
  for (let j = 0; j < ny; j++) {
    for (let i = 0; i < nx; i++) {
      const ring = blockRing(i, i + 1, j, j + 1);
      const centre: Position = [LON0 + (i + 0.5) * dLon, LAT0 + (j + 0.5) * dLat];
      const u = hash01(i, j, seed, 7) * 0.25 + valueNoise(centre[0] * M_PER_DEG_LON, centre[1] * M_PER_DEG_LAT, 700, seed) * 0.75;
      const zone = parkBuckets.find(centre)
        ? PARK
        : urbanBuckets.find(centre)
          ? URBAN
          : townBuckets.find(centre)
            ? TOWN
            : farmBuckets.find(centre)
              ? FARMLAND
              : isRiver(centre)
                ? RIVER
                : isMountain(centre)
                  ? MOUNTAIN
                  : PLAIN;
      const code = pick(zone, Math.min(0.999, Math.max(0, (u - 0.2) / 0.6)));
      const town = T.towns[townIndex(i, j)]!;
      const id = bsm(++serial);
      land.feature(featureId(landPlanId, id), 'GHYDYH', polygonJson([ring]), {
        BSM: id,
        XZQDM: town.code,
        XZQMC: town.name,
        YDYHFLDM: code,
        YDYHFLMC: codeInfo('ydyh2023', code)?.name ?? null,
        MJ: Math.round(areaM2([ring]) * 100) / 100,
      });
      count('GHYDYH');
    }
  }
  serial = 10_000_000;
  for (const b of farmland) {
    const ring = blobRing(b, 30 + Math.floor(random() * 50));
    const id = bsm(++serial);
    land.feature(featureId(landPlanId, id), 'YJJBNT', polygonJson([ring]), {
      BSM: id,
      DLBM: '0102',
      DLMC: '水浇地',
      MJ: Math.round(areaM2([ring]) * 100) / 100,
    });
    count('YJJBNT');
  }
  serial = 20_000_000;
  for (const b of urbanAreas) {
    const ring = blobRing(b, 60 + Math.floor(random() * 60));
    const id = bsm(++serial);
    land.feature(featureId(landPlanId, id), 'CZKFBJ', polygonJson([ring]), {
      BSM: id,
      GHFQMC: '城镇集中建设区',
      MJ: Math.round(areaM2([ring]) * 100) / 100,
    });
    count('CZKFBJ');
  }
  serial = 30_000_000;
  for (let b = 0; b < T.townRows; b++) {
    for (let a = 0; a < T.townCols; a++) {
      const ring = blockRing(townCols[a]!, townCols[a + 1]!, townRows[b]!, townRows[b + 1]!);
      const town = T.towns[b * T.townCols + a]!;
      const id = bsm(++serial);
      land.feature(featureId(landPlanId, id), 'XZQ', polygonJson([ring]), {
        BSM: id,
        XZQDM: town.code,
        XZQMC: town.name,
        MJ: Math.round(areaM2([ring]) * 100) / 100,
      });
      count('XZQ');
    }
  }
  land.close();
  bytes += land.bytes;

  // --- ecology plan: STBHHX, ZRBHD, YYSY --------------------------------------------------------------
  const ecology = new PlanDocumentWriter(files.ecology, planMeta('ecology', parcels, '合成城市生态环境保护规划', '生态环境局'));
  const ecologyPlanId = `synthetic-${parcels}-ecology`;
  serial = 0;
  const hxlx = ['水源涵养', '生物多样性维护', '水土保持', '其他'];
  redLines.forEach((b, k) => {
    const ring = blobRing(b, 60 + Math.floor(random() * 100));
    const id = bsm(++serial);
    ecology.feature(featureId(ecologyPlanId, id), 'STBHHX', polygonJson([ring]), {
      BSM: id,
      HXMC: `生态保护红线${k + 1}`,
      HXLX: hxlx[k % 4]!,
      MJ: Math.round(areaM2([ring]) * 100) / 100,
    });
    count('STBHHX');
  });
  serial = 10_000_000;
  reserves.forEach((b, k) => {
    const core = blobRing(b, 80, 0.45);
    const outer = blobRing(b, 120);
    const hole = blobRing(b, 80, 0.45, true);
    for (const [rings, zone] of [
      [[core], '核心保护区'],
      [[outer, hole], '一般控制区'],
    ] as const) {
      const id = bsm(++serial);
      ecology.feature(featureId(ecologyPlanId, id), 'ZRBHD', polygonJson(rings), {
        BSM: id,
        BHDMC: `合成自然保护区${k + 1}`,
        BHDLX: '自然保护区',
        JB: '省级',
        GNFQ: zone,
        MJ: Math.round(areaM2(rings) * 100) / 100,
      });
      count('ZRBHD');
    }
  });
  serial = 20_000_000;
  waterSources.forEach((b, k) => {
    const first = blobRing(b, 48, 0.3);
    const outer = blobRing(b, 96);
    const hole = blobRing(b, 48, 0.3, true);
    for (const [rings, level] of [
      [[first], '一级'],
      [[outer, hole], '二级'],
    ] as const) {
      const id = bsm(++serial);
      ecology.feature(featureId(ecologyPlanId, id), 'YYSY', polygonJson(rings), {
        BSM: id,
        SYDMC: `合成水源地${k + 1}`,
        BHQJB: level,
        MJ: Math.round(areaM2(rings) * 100) / 100,
      });
      count('YYSY');
    }
  });
  ecology.close();
  bytes += ecology.bytes;

  // --- industry plan: CYYQ, GYXM ------------------------------------------------------------------------
  const industry = new PlanDocumentWriter(files.industry, planMeta('industry', parcels, '合成城市产业发展规划', '发展改革委'));
  const industryPlanId = `synthetic-${parcels}-industry`;
  serial = 0;
  T.parks.forEach((park, k) => {
    const ring = blobRing(parkBlobs[k]!, 90);
    const id = bsm(++serial);
    industry.feature(featureId(industryPlanId, id), 'CYYQ', polygonJson([ring]), {
      BSM: id,
      YQMC: park.name,
      YQJB: '省级',
      ZDCY: '有色金属冶炼、装备制造',
      MJ: Math.round(areaM2([ring]) * 100) / 100,
    });
    count('CYYQ');
  });
  serial = 10_000_000;
  const projects = Math.round(parcels * 0.01);
  for (let k = 0; k < projects; k++) {
    const r = random();
    // Most projects sit in the parks and the city; one in ten on the edge of permanent farmland.
    const onFarmland = r >= 0.75 && r < 0.85 && farmland.length > 0;
    const anchor =
      r < 0.55
        ? parkBlobs[k % parkBlobs.length]!
        : r < 0.75
          ? cityBlobs[k % cityBlobs.length]!
          : onFarmland
            ? farmland[k % farmland.length]!
            : undefined;
    let centre: Position;
    if (anchor) {
      const theta = random() * 2 * Math.PI;
      const d = onFarmland ? anchor.radiusM * (0.8 + random() * 0.4) : Math.sqrt(random()) * anchor.radiusM;
      const [cx, cy] = toMetres(anchor.centre);
      centre = toLonLat(cx + d * Math.cos(theta), cy + d * Math.sin(theta));
    } else {
      centre = [LON0 + 0.01 + random() * (SPAN_LON - 0.02), LAT0 + 0.01 + random() * (SPAN_LAT - 0.02)];
    }
    const ring = projectRing(centre, (2 + random() * 10) * 10_000, random);
    const klass = random();
    const [code, gylx] =
      klass < 0.45
        ? ['100101', '一类工业']
        : klass < 0.8
          ? ['100102', '二类工业']
          : klass < 0.92
            ? ['100103', '三类工业']
            : ['1101', '非工业'];
    const id = bsm(++serial);
    industry.feature(featureId(industryPlanId, id), 'GYXM', polygonJson([ring]), {
      BSM: id,
      XMMC: `合成产业项目${k + 1}`,
      XMDM: `2026-419001-${String(k + 1).padStart(6, '0')}`,
      YDYHFLDM: code,
      GYLX: gylx,
      SFZDXM: random() < 0.03,
      MJ: Math.round(areaM2([ring]) * 100) / 100,
    });
    count('GYXM');
  }
  industry.close();
  bytes += industry.bytes;

  // --- transport plan: JTXL, JTSS -----------------------------------------------------------------------
  const transport = new PlanDocumentWriter(files.transport, planMeta('transport', parcels, '合成城市综合交通规划', '交通运输局'));
  const transportPlanId = `synthetic-${parcels}-transport`;
  serial = 0;
  const grades: readonly (readonly [string, number, number, boolean])[] = [
    // grade, share, corridor width m, long
    ['高速', 0.03, 60, true],
    ['国道', 0.05, 40, true],
    ['省道', 0.1, 30, false],
    ['县道', 0.25, 20, false],
    ['乡道', 0.5, 12, false],
    ['高铁', 0.02, 40, true],
    ['普速铁路', 0.03, 30, true],
    ['城际', 0.02, 30, true],
  ];
  const lines = Math.max(8, Math.round(parcels * 0.005));
  for (let k = 0; k < lines; k++) {
    let t = random();
    const grade = grades.find(([, share]) => (t -= share) < 0) ?? grades[4]!;
    const line = randomWalk(grade[3] ? 80 + Math.floor(random() * 200) : 4 + Math.floor(random() * 30), random);
    if (line.length < 2) continue;
    const id = bsm(++serial);
    transport.feature(featureId(transportPlanId, id), 'JTXL', lineJson(line), {
      BSM: id,
      XLMC: `合成${grade[0]}${k + 1}`,
      DJ: grade[0],
      KD: grade[2],
      SFBKBR: false,
      CD: Math.round(pathLengthM(line) * 100) / 100,
    });
    count('JTXL');
  }
  serial = 10_000_000;
  const facilities = Math.max(5, Math.round(parcels * 0.0005));
  for (let k = 0; k < facilities; k++) {
    const p: Position = [round7(LON0 + 0.01 + random() * (SPAN_LON - 0.02)), round7(LAT0 + 0.01 + random() * (SPAN_LAT - 0.02))];
    const id = bsm(++serial);
    transport.feature(featureId(transportPlanId, id), 'JTSS', pointJson(p), {
      BSM: id,
      SSMC: `合成交通设施${k + 1}`,
      SSLX: k % 3 === 0 ? '汽车客运站' : '收费站',
      YDYHFLDM: '1208',
    });
    count('JTSS');
  }
  transport.close();
  bytes += transport.bytes;

  return { dir, files, counts, bytes };
}

/** A rotated rectangle of about `areaM2`, aspect 1–2.5, with an extra vertex on some edges (5–8 vertices). */
function projectRing(centre: Position, targetAreaM2: number, random: () => number): Position[] {
  const aspect = 1 + random() * 1.5;
  const w = Math.sqrt(targetAreaM2 * aspect);
  const h = targetAreaM2 / w;
  const angle = random() * Math.PI;
  const [cx, cy] = toMetres(centre);
  const corners: [number, number][] = [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ];
  const local: [number, number][] = [];
  corners.forEach((c, k) => {
    local.push(c);
    const next = corners[(k + 1) % 4]!;
    if (random() < 0.6) {
      const t = 0.3 + random() * 0.4;
      // A small outward bulge keeps the ring simple and convex.
      const nxo = -(next[1] - c[1]);
      const nyo = next[0] - c[0];
      const len = Math.hypot(nxo, nyo);
      const bulge = random() * 0.04 * Math.min(w, h);
      local.push([c[0] + (next[0] - c[0]) * t - (nxo / len) * bulge, c[1] + (next[1] - c[1]) * t - (nyo / len) * bulge]);
    }
  });
  const cos = Math.cos(angle);
  const sin = Math.sin(angle);
  const ring = local.map(([x, y]) => toLonLat(cx + x * cos - y * sin, cy + x * sin + y * cos));
  ring.push(ring[0]!);
  return ring;
}

/** A wandering line of up to `steps` steps of 150–400 m, stopping at the territory's edge. */
function randomWalk(steps: number, random: () => number): Position[] {
  let p: Position = [T.lon0 + 0.02 + random() * (T.spanLon - 0.04), T.lat0 + 0.02 + random() * (T.spanLat - 0.04)];
  let heading = random() * 2 * Math.PI;
  const line: Position[] = [[round7(p[0]), round7(p[1])]];
  for (let s = 0; s < steps; s++) {
    heading += (random() - 0.5) * 0.5;
    const step = 150 + random() * 250;
    const [x, y] = toMetres(p);
    const next = toLonLat(x + step * Math.cos(heading), y + step * Math.sin(heading));
    if (!inTerritory(next, 0.001)) break;
    line.push(next);
    p = next;
  }
  return line;
}
