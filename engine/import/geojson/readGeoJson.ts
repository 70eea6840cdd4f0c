// Pure. readGeoJson(bytes, file) → SourceRead from RFC 7946 GeoJSON (FeatureCollection, Feature or bare
// geometry), honouring a legacy `crs` member and Lantu's `plan` / `layer` foreign members.
// Throws ImportFailure on text that is not UTF-8 JSON or geometry that is not well-formed.
import { say } from '../../i18n/index.ts';
import { metadataTitle } from '../metadataTitle.ts';
import { describeJsonSyntaxError } from '../describeLibraryError.ts';
import type { Geometry, PropertyValue } from '../../model/types.ts';
import { parseEpsgReference } from '../crs/crsCatalog.ts';
import { fail, importIssue } from '../importFailure.ts';
import { decodeText } from '../text/decodeText.ts';
import type { DeclaredCrs, ImportIssue, SourceFeature, SourceRead } from '../types.ts';

const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon']);
const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

function isPosition(p: unknown): boolean {
  return Array.isArray(p) && p.length >= 2 && p.length <= 4 && p.every((n) => typeof n === 'number' && Number.isFinite(n));
}

function wellFormed(coords: unknown, depth: number): boolean {
  if (depth === 0) return isPosition(coords);
  return Array.isArray(coords) && coords.every((c) => wellFormed(c, depth - 1));
}

/** Keeps x, y only (Z dropped like in Shapefiles); 2D arrays, the common case, are reused as they are. */
function flatten(coords: unknown, depth: number): unknown {
  if (depth === 0) return (coords as number[]).length === 2 ? coords : [(coords as number[])[0], (coords as number[])[1]];
  const list = coords as unknown[];
  let copy: unknown[] | undefined;
  for (let i = 0; i < list.length; i++) {
    const c = flatten(list[i], depth - 1);
    if (c !== list[i] && !copy) copy = list.slice(0, i);
    if (copy) copy.push(c);
  }
  return copy ?? list;
}

function readGeometry(g: unknown, file: string, index: number): Geometry | null {
  if (g === null || g === undefined) return null;
  const geom = g as { type?: unknown; coordinates?: unknown };
  if (typeof geom !== 'object' || typeof geom.type !== 'string') {
    fail('geometry-invalid', say('import.readGeoJson.geometry-invalid', { file, feature: index + 1 }), { file, featureIndex: index });
  }
  if (geom.type === 'GeometryCollection') {
    fail('geometry-collection', say('import.readGeoJson.geometry-collection', { file, feature: index + 1 }), { file, featureIndex: index });
  }
  if (!GEOMETRY_TYPES.has(geom.type) || !wellFormed(geom.coordinates, DEPTH[geom.type]!)) {
    fail('geometry-invalid', say('import.readGeoJson.coordinates-invalid', { file, feature: index + 1, type: String(geom.type) }), {
      file,
      featureIndex: index,
    });
  }
  return { type: geom.type, coordinates: flatten(geom.coordinates, DEPTH[geom.type]!) } as Geometry;
}

export function readGeoJson(bytes: Uint8Array, file: string): SourceRead {
  const text = decodeText(bytes, 'utf-8', true);
  if (text === null) {
    fail('geojson-not-utf8', say('import.readGeoJson.geojson-not-utf8', { file }), { file });
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const why = describeJsonSyntaxError(text, e);
    fail('geojson-syntax', say('import.readGeoJson.geojson-syntax', { file, why }), { file });
  }
  const root = doc as {
    type?: unknown;
    features?: unknown;
    crs?: unknown;
    plan?: unknown;
    name?: unknown;
    title?: unknown;
    metadata?: unknown;
  };
  if (typeof root !== 'object' || root === null || typeof root.type !== 'string') {
    fail('geojson-not-geojson', say('import.readGeoJson.geojson-not-geojson', { file }), { file });
  }
  let rawFeatures: unknown[];
  if (root.type === 'FeatureCollection') {
    if (!Array.isArray(root.features)) fail('geojson-not-geojson', say('import.readGeoJson.no-features-array', { file }), { file });
    rawFeatures = root.features;
  } else if (root.type === 'Feature') {
    rawFeatures = [root];
  } else if (GEOMETRY_TYPES.has(root.type)) {
    rawFeatures = [{ type: 'Feature', geometry: root, properties: {} }];
  } else {
    fail('geojson-not-geojson', say('import.readGeoJson.wrong-root-type', { file, type: root.type }), { file });
  }
  const issues: ImportIssue[] = [];
  const fieldSet = new Set<string>();
  const fields: string[] = [];
  const features: SourceFeature[] = [];
  const featureLayers: (string | undefined)[] = [];
  let nonScalar = 0;
  for (let i = 0; i < rawFeatures.length; i++) {
    const f = rawFeatures[i] as { type?: unknown; geometry?: unknown; properties?: unknown; id?: unknown; layer?: unknown };
    if (typeof f !== 'object' || f === null || f.type !== 'Feature') {
      fail('geojson-not-feature', say('import.readGeoJson.geojson-not-feature', { file, item: i + 1 }), {
        file,
        featureIndex: i,
      });
    }
    const props: Record<string, PropertyValue> = {};
    if (f.properties !== null && f.properties !== undefined) {
      if (typeof f.properties !== 'object' || Array.isArray(f.properties)) {
        fail('geojson-properties', say('import.readGeoJson.geojson-properties', { file, feature: i + 1 }), { file, featureIndex: i });
      }
      for (const [k, v] of Object.entries(f.properties as Record<string, unknown>)) {
        if (!fieldSet.has(k)) {
          fieldSet.add(k);
          fields.push(k);
        }
        if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') props[k] = v;
        else {
          props[k] = JSON.stringify(v);
          nonScalar++;
        }
      }
    }
    const feature: SourceFeature = { index: i, geometry: readGeometry(f.geometry, file, i), properties: props };
    if (typeof f.id === 'string' || typeof f.id === 'number') feature.sourceId = String(f.id);
    features.push(feature);
    featureLayers.push(typeof f.layer === 'string' ? f.layer : undefined);
  }
  if (nonScalar > 0) {
    issues.push(
      importIssue('property-not-scalar', 'warning', say('import.readGeoJson.property-not-scalar', { file, count: nonScalar }), { file }),
    );
  }
  let declaredCrs: DeclaredCrs | null = null;
  const crsName = (root.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name;
  if (typeof crsName === 'string') {
    const epsg = parseEpsgReference(crsName);
    declaredCrs = epsg === undefined ? { raw: crsName, from: 'geojson-crs' } : { epsg, raw: `EPSG:${epsg}`, from: 'geojson-crs' };
  } else if (root.plan !== undefined && typeof root.plan === 'object' && root.plan !== null) {
    // A Lantu plan document is stored in EPSG:4490 whatever its sourceCrs says.
    declaredCrs = { epsg: 4490, raw: 'EPSG:4490', from: 'plan-member' };
  }
  const read: SourceRead = { format: 'geojson', file, features, fields, declaredCrs, issues };
  if (root.plan !== undefined) read.planMember = root.plan;
  const plan = typeof root.plan === 'object' && root.plan !== null ? (root.plan as Record<string, unknown>) : {};
  const metadata = typeof root.metadata === 'object' && root.metadata !== null ? (root.metadata as Record<string, unknown>) : {};
  const title = metadataTitle([plan.title, root.title, metadata.title, metadata.name, root.name], file);
  if (title) read.title = title;
  if (featureLayers.some((l) => l !== undefined)) read.featureLayers = featureLayers;
  return read;
}
