// Pure. writeStoreGeometryJson(store, i, out) → the text of JSON.stringify(storeGeometry(store, i)), written straight
// from the typed arrays as punctuation (`out.text`) and coordinates (`out.number`, which may round and must write a
// number as JSON does): a city's layer GeoJSON then builds neither arrays of positions nor a string per coordinate (at
// 300k parcels they were hundreds of MB of garbage that V8 had allocated into the old generation).
import { WKB_LINESTRING, WKB_MULTILINESTRING, WKB_MULTIPOINT, WKB_MULTIPOLYGON, WKB_POINT, WKB_POLYGON } from './wkb.ts';
import type { GeometryStore } from './geometryStore.ts';

export interface JsonOut {
  text(json: string): void;
  number(value: number): void;
}

function position(store: GeometryStore, v: number, out: JsonOut): void {
  out.text('[');
  out.number(store.coords[2 * v]!);
  out.text(',');
  out.number(store.coords[2 * v + 1]!);
  out.text(']');
}

function path(store: GeometryStore, ring: number, out: JsonOut): void {
  const end = store.ringVertices[ring + 1]!;
  out.text('[');
  for (let v = store.ringVertices[ring]!; v < end; v++) {
    if (v > store.ringVertices[ring]!) out.text(',');
    position(store, v, out);
  }
  out.text(']');
}

function rings(store: GeometryStore, part: number, out: JsonOut): void {
  out.text('[');
  for (let r = store.partRings[part]!; r < store.partRings[part + 1]!; r++) {
    if (r > store.partRings[part]!) out.text(',');
    path(store, r, out);
  }
  out.text(']');
}

function parts(store: GeometryStore, i: number, out: JsonOut, part: (p: number) => void): void {
  out.text('[');
  for (let p = store.featureParts[i]!; p < store.featureParts[i + 1]!; p++) {
    if (p > store.featureParts[i]!) out.text(',');
    part(p);
  }
  out.text(']');
}

/** Writes the geometry's JSON, or `null` when feature i has none (as JSON.stringify(null)). */
export function writeStoreGeometryJson(store: GeometryStore, i: number, out: JsonOut): void {
  const first = store.featureParts[i]!;
  const point = (p: number) => position(store, store.ringVertices[store.partRings[p]!]!, out);
  switch (store.types[i]) {
    case WKB_POINT:
      out.text('{"type":"Point","coordinates":');
      point(first);
      break;
    case WKB_MULTIPOINT:
      out.text('{"type":"MultiPoint","coordinates":');
      parts(store, i, out, point);
      break;
    case WKB_LINESTRING:
      out.text('{"type":"LineString","coordinates":');
      path(store, store.partRings[first]!, out);
      break;
    case WKB_MULTILINESTRING:
      out.text('{"type":"MultiLineString","coordinates":');
      parts(store, i, out, (p) => path(store, store.partRings[p]!, out));
      break;
    case WKB_POLYGON:
      out.text('{"type":"Polygon","coordinates":');
      rings(store, first, out);
      break;
    case WKB_MULTIPOLYGON:
      out.text('{"type":"MultiPolygon","coordinates":');
      parts(store, i, out, (p) => rings(store, p, out));
      break;
    default:
      out.text('null');
      return;
  }
  out.text('}');
}
