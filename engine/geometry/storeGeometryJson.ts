// Pure. storeGeometryJson(store, i, at) → JSON.stringify of feature i's geometry as storeGeometry builds it, each
// coordinate through `at`, written straight from the typed arrays: a city's layer GeoJSON then builds no arrays of
// positions (at 300k parcels they were 500 MB of garbage that V8 had allocated into the old generation).
import { WKB_LINESTRING, WKB_MULTILINESTRING, WKB_MULTIPOINT, WKB_MULTIPOLYGON, WKB_POINT, WKB_POLYGON, type CoordinateAt } from './wkb.ts';
import type { GeometryStore } from './geometryStore.ts';

/** A finite number as JSON.stringify writes it (-0 as 0; ToString gives the same digits). */
function numberJson(value: number): string {
  return value === 0 ? '0' : String(value);
}

function pathJson(store: GeometryStore, ring: number, at: CoordinateAt): string {
  const coords = store.coords;
  const end = store.ringVertices[ring + 1]!;
  let out = '[';
  for (let v = store.ringVertices[ring]!; v < end; v++) {
    out += `${out.length > 1 ? ',' : ''}[${numberJson(at(coords[2 * v]!))},${numberJson(at(coords[2 * v + 1]!))}]`;
  }
  return `${out}]`;
}

function ringsJson(store: GeometryStore, part: number, at: CoordinateAt): string {
  const rings: string[] = [];
  for (let r = store.partRings[part]!; r < store.partRings[part + 1]!; r++) rings.push(pathJson(store, r, at));
  return `[${rings.join(',')}]`;
}

function pointJson(store: GeometryStore, part: number, at: CoordinateAt): string {
  const v = store.ringVertices[store.partRings[part]!]!;
  return `[${numberJson(at(store.coords[2 * v]!))},${numberJson(at(store.coords[2 * v + 1]!))}]`;
}

function partsJson(store: GeometryStore, i: number, partJson: (part: number) => string): string {
  const parts: string[] = [];
  for (let p = store.featureParts[i]!; p < store.featureParts[i + 1]!; p++) parts.push(partJson(p));
  return `[${parts.join(',')}]`;
}

/** The geometry's JSON, or "null" when feature i has none (as JSON.stringify(null)). */
export function storeGeometryJson(store: GeometryStore, i: number, at: CoordinateAt = (value) => value): string {
  const first = store.featureParts[i]!;
  switch (store.types[i]) {
    case WKB_POINT:
      return `{"type":"Point","coordinates":${pointJson(store, first, at)}}`;
    case WKB_MULTIPOINT:
      return `{"type":"MultiPoint","coordinates":${partsJson(store, i, (p) => pointJson(store, p, at))}}`;
    case WKB_LINESTRING:
      return `{"type":"LineString","coordinates":${pathJson(store, store.partRings[first]!, at)}}`;
    case WKB_MULTILINESTRING:
      return `{"type":"MultiLineString","coordinates":${partsJson(store, i, (p) => pathJson(store, store.partRings[p]!, at))}}`;
    case WKB_POLYGON:
      return `{"type":"Polygon","coordinates":${ringsJson(store, first, at)}}`;
    case WKB_MULTIPOLYGON:
      return `{"type":"MultiPolygon","coordinates":${partsJson(store, i, (p) => ringsJson(store, p, at))}}`;
    default:
      return 'null';
  }
}
