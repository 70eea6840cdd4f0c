// Node shell. Takes a polygonal region as PostGIS returns it (ST_AsBinary: WKB bytes) and returns the GeoJSON the
// embedded engine's port would give for the same overlay result (decodeWkb keeping the pieces of dimension `keep`,
// polygons by default: one piece → Polygon, several → MultiPolygon).
import { decodeWkb } from '../../../../engine/geometry/index.ts';
import type { Geometry } from '../../../../engine/model/index.ts';

export function regionOfWkb(bytes: Buffer | null, keep: 0 | 1 | 2 = 2): Geometry | null {
  return bytes === null ? null : decodeWkb(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), keep);
}
