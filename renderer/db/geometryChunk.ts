// Pure. encodeChunk(features) → a compact row (typed arrays for coordinates, one JSON string for the
// attributes) and decodeChunk(row) → the same features. Geometry is stored in chunks rather than one row
// per feature: in Chromium 100k single-feature writes took 7.3 s, chunked typed arrays 0.19 s.
// Coordinates are stored as 2-D (lon, lat) Float64 values: plan documents are 2-D.
import type { FeatureId, Geometry, LayerCode, PlanFeature, Position } from '../../engine/model/index.ts';
import { positionCount } from '../../engine/geometry/index.ts';

export interface EncodedChunk {
  ids: string[];
  layers: string[];
  /** JSON array of the features' properties objects. */
  properties: string;
  /** Geometry type per feature (index into GEOMETRY_TYPES). */
  types: Uint8Array;
  /** Nested part/ring/vertex counts, feature after feature. */
  structure: Uint32Array;
  coords: Float64Array;
}

const GEOMETRY_TYPES = ['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon'] as const;

export function encodeChunk(features: readonly PlanFeature[]): EncodedChunk {
  const structure: number[] = [];
  let coordCount = 0;
  const types = new Uint8Array(features.length);
  for (const [i, f] of features.entries()) {
    types[i] = GEOMETRY_TYPES.indexOf(f.geometry.type);
    coordCount += positionCount(f.geometry);
  }
  const coords = new Float64Array(coordCount * 2);
  let at = 0;
  const put = (p: Position) => {
    coords[at++] = p[0];
    coords[at++] = p[1];
  };
  const putLine = (line: Position[]) => {
    structure.push(line.length);
    line.forEach(put);
  };
  for (const f of features) {
    const g = f.geometry;
    switch (g.type) {
      case 'Point':
        put(g.coordinates);
        break;
      case 'MultiPoint':
      case 'LineString':
        putLine(g.coordinates);
        break;
      case 'MultiLineString':
      case 'Polygon':
        structure.push(g.coordinates.length);
        g.coordinates.forEach(putLine);
        break;
      case 'MultiPolygon':
        structure.push(g.coordinates.length);
        for (const poly of g.coordinates) {
          structure.push(poly.length);
          poly.forEach(putLine);
        }
        break;
    }
  }
  return {
    ids: features.map((f) => f.id),
    layers: features.map((f) => f.layer),
    properties: JSON.stringify(features.map((f) => f.properties)),
    types,
    structure: Uint32Array.from(structure),
    coords,
  };
}

export function decodeChunk(chunk: EncodedChunk): PlanFeature[] {
  const properties = JSON.parse(chunk.properties) as PlanFeature['properties'][];
  let s = 0;
  let c = 0;
  const next = (): Position => {
    const p: Position = [chunk.coords[c]!, chunk.coords[c + 1]!];
    c += 2;
    return p;
  };
  const line = (): Position[] => {
    const n = chunk.structure[s++]!;
    const out: Position[] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = next();
    return out;
  };
  const lines = (): Position[][] => {
    const n = chunk.structure[s++]!;
    const out: Position[][] = new Array(n);
    for (let i = 0; i < n; i++) out[i] = line();
    return out;
  };
  return chunk.ids.map((id, i) => {
    const type = GEOMETRY_TYPES[chunk.types[i]!];
    let geometry: Geometry;
    switch (type) {
      case 'Point':
        geometry = { type, coordinates: next() };
        break;
      case 'MultiPoint':
      case 'LineString':
        geometry = { type, coordinates: line() };
        break;
      case 'MultiLineString':
      case 'Polygon':
        geometry = { type, coordinates: lines() };
        break;
      case 'MultiPolygon': {
        const n = chunk.structure[s++]!;
        const polys: Position[][][] = new Array(n);
        for (let k = 0; k < n; k++) polys[k] = lines();
        geometry = { type, coordinates: polys };
        break;
      }
      default:
        throw new Error(`unknown geometry type code ${chunk.types[i]} in stored chunk`);
    }
    return { type: 'Feature', id: id as FeatureId, layer: chunk.layers[i] as LayerCode, geometry, properties: properties[i] ?? {} };
  });
}
