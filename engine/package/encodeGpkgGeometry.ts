// Pure. Takes a geometry (EPSG:4490) and an SRS id, returns a GeoPackage geometry blob: the GPKG header
// (magic "GP", version 0, little-endian, an XY envelope) followed by ISO little-endian 2-D WKB.
// writeGpkgGeometry writes the same bytes into a reused WkbWriter, so a layer of 300k features allocates
// no buffer per feature (every small ArrayBuffer counts towards the collector's external-memory budget).
import { bbox, type BBox } from '../geometry/bbox.ts';
import { WkbWriter, writeWkb, type CoordinateAt } from '../geometry/wkb.ts';
import type { Geometry } from '../model/types.ts';

/** "G", "P", version 0, flags: bit 0 little-endian, bits 1-3 envelope type 1 ([minx, maxx, miny, maxy]). */
const MAGIC_AND_FLAGS_LE = 0x47 | (0x50 << 8) | (0 << 16) | (0b0000_0011 << 24);

/** With `at`, each coordinate is written as `at` maps it, and `box` must be the box of the mapped coordinates. */
export function writeGpkgGeometry(
  writer: WkbWriter,
  geometry: Geometry,
  srsId: number,
  box: BBox | null = bbox(geometry),
  at?: CoordinateAt,
): void {
  writeGpkgHeader(writer, srsId, box);
  writeWkb(writer, geometry, at);
}

/** The blob's header alone, for a writer that appends the WKB itself (from a geometry store). */
export function writeGpkgHeader(writer: WkbWriter, srsId: number, box: BBox | null): void {
  const [minX, minY, maxX, maxY] = box ?? [0, 0, 0, 0];
  writer.uint32(MAGIC_AND_FLAGS_LE >>> 0);
  writer.uint32(srsId >>> 0);
  writer.xy(minX, maxX);
  writer.xy(minY, maxY);
}

export function encodeGpkgGeometry(geometry: Geometry, srsId: number): Uint8Array {
  const writer = new WkbWriter(256);
  writeGpkgGeometry(writer, geometry, srsId);
  return writer.written().slice();
}
