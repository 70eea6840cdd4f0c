// Pure. checkGeometry(geometry, allowedTypes, at) → the first fatal geometry problem of one feature, or
// undefined: null or empty geometry, wrong type for the layer, malformed or non-finite positions, lon/lat out
// of range (a hint when they look like projected metres), lines under 2 positions, rings under 4 or not closed.
import type { GeometryType } from '../model/types.ts';
import { finding } from './finding.ts';
import type { FeatureRef } from './messages.ts';
import type { Finding } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

const GEOJSON_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'];
/** Array nesting of `coordinates` per type: 1 = a position. */
const NESTING: Record<string, number> = { Point: 1, MultiPoint: 2, LineString: 2, MultiLineString: 3, Polygon: 3, MultiPolygon: 4 };

export interface GeometryContext {
  feature: FeatureRef;
  /** JSON pointer of the geometry member. */
  path: string;
}

export function checkGeometry(geometry: unknown, allowed: readonly GeometryType[], at: GeometryContext): Finding | undefined {
  const { feature, path } = at;
  if (geometry === null || geometry === undefined) return finding('null-geometry', path, { feature });
  if (typeof geometry !== 'object' || Array.isArray(geometry))
    return invalidGeometry(say('validate.checkGeometry.not-an-object'), path, feature);
  const g = geometry as { type?: unknown; coordinates?: unknown };
  if (typeof g.type !== 'string' || !GEOJSON_TYPES.includes(g.type)) {
    return invalidGeometry(
      say('validate.checkGeometry.unsupported-type', { type: JSON.stringify(g.type ?? null) }),
      `${path}/type`,
      feature,
    );
  }
  if (!allowed.includes(g.type as GeometryType)) {
    return finding('geometry-type-mismatch', `${path}/type`, { feature, expected: [...allowed], found: g.type });
  }
  if (!Array.isArray(g.coordinates)) return invalidGeometry(say('validate.checkGeometry.no-coordinates'), `${path}/coordinates`, feature);
  if (g.coordinates.length === 0) return finding('empty-geometry', `${path}/coordinates`, { feature });
  return checkCoordinates(g.type, g.coordinates, NESTING[g.type]!, `${path}/coordinates`, feature);
}

function invalidGeometry(detail: Bilingual, path: string, feature: FeatureRef): Finding {
  return finding('invalid-geometry', path, { feature, detail });
}

/** Every member an empty array (a loop: this runs for every polygon of a plan). */
function everyEmpty(coords: unknown[]): boolean {
  for (const c of coords) if (!Array.isArray(c) || c.length !== 0) return false;
  return true;
}

function checkCoordinates(type: string, coords: unknown[], nesting: number, path: string, feature: FeatureRef): Finding | undefined {
  if (nesting === 1) return checkPosition(coords, path, feature);
  if (nesting > 2 && everyEmpty(coords)) return finding('empty-geometry', path, { feature });
  const ringsHere = nesting === 3 && (type === 'Polygon' || type === 'MultiPolygon');
  const linesHere = nesting === 3 && type === 'MultiLineString';
  for (let i = 0; i < coords.length; i++) {
    const child = coords[i];
    if (!Array.isArray(child)) {
      return finding('invalid-geometry', `${path}/${i}`, {
        feature,
        detail: say('validate.checkGeometry.nesting', { type }),
      });
    }
    if (nesting === 2) {
      // Positions are the bulk of a document: their path is built only when one is wrong.
      if (isPlainPosition(child)) continue;
      const problem = checkPosition(child, `${path}/${i}`, feature);
      if (problem) return problem;
      continue;
    }
    const childPath = `${path}/${i}`;
    const problem = checkCoordinates(type, child, nesting - 1, childPath, feature);
    if (problem) return problem;
    if (ringsHere) {
      const ringProblem = checkRing(child as number[][], childPath, i, feature);
      if (ringProblem) return ringProblem;
    }
    if (linesHere && child.length < 2) return finding('line-too-few-positions', childPath, { feature, expected: 2, found: child.length });
  }
  if (type === 'LineString' && nesting === 2 && coords.length < 2) {
    return finding('line-too-few-positions', path, { feature, expected: 2, found: coords.length });
  }
  return undefined;
}

function checkRing(ring: number[][], path: string, ringIndex: number, feature: FeatureRef): Finding | undefined {
  const detail = { ring: ringIndex + 1 };
  if (ring.length < 4) return finding('ring-too-few-positions', path, { feature, expected: 4, found: ring.length, detail });
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return finding('ring-not-closed', path, { feature, expected: [first[0]!, first[1]!], found: [last[0]!, last[1]!], detail });
  }
  return undefined;
}

/**
 * The common case, tested without allocation: [lon, lat] or [lon, lat, z], finite, in range. Read with `at`: a malformed
 * geometry (rings where positions belong) would otherwise teach the indexed load arrays of arrays, and V8's optimizer
 * would then box the numbers of every position read after it.
 */
function isPlainPosition(p: unknown[]): boolean {
  if (p.length !== 2 && p.length !== 3) return false;
  const lon = p.at(0);
  const lat = p.at(1);
  if (typeof lon !== 'number' || typeof lat !== 'number' || !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) return false;
  if (p.length === 2) return true;
  const z = p.at(2);
  return typeof z === 'number' && Number.isFinite(z);
}

function checkPosition(position: unknown[], path: string, feature: FeatureRef): Finding | undefined {
  if (position.length < 2 || position.length > 3) {
    return finding('invalid-geometry', path, {
      feature,
      detail: say('validate.checkGeometry.position-arity', { length: position.length }),
    });
  }
  for (const v of position) {
    if (typeof v !== 'number') {
      return finding('invalid-geometry', path, {
        feature,
        detail: say('validate.checkGeometry.not-a-number', { value: JSON.stringify(v) }),
      });
    }
    if (!Number.isFinite(v)) return finding('coordinate-not-finite', path, { feature, found: String(v) });
  }
  const lon = position[0] as number;
  const lat = position[1] as number;
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) {
    const projected = Math.abs(lon) > 1000 || Math.abs(lat) > 1000;
    return finding('coordinate-out-of-range', path, {
      feature,
      found: [lon, lat],
      detail: projected
        ? {
            hintZh: '；看起来是投影坐标（米），规划文档须为 EPSG:4490 经纬度，请先投影转换',
            hintEn: '; these look like projected metres: plan documents are EPSG:4490 lon/lat',
          }
        : { hintZh: '', hintEn: '' },
    });
  }
  return undefined;
}
