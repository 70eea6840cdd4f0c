// Pure. Takes a geometry (EPSG:4490) and an SRS id, returns a GeoPackage geometry blob: the GPKG header
// (magic "GP", version 0, little-endian, an XY envelope) followed by ISO little-endian 2-D WKB.
import { bbox } from '../geometry/bbox.ts';
import { encodeWkb } from '../geometry/wkb.ts';
import type { Geometry } from '../model/types.ts';

const HEADER_BYTES = 8 + 32;

export function encodeGpkgGeometry(geometry: Geometry, srsId: number): Uint8Array {
  const wkb = encodeWkb(geometry);
  const box = bbox(geometry);
  const out = new Uint8Array(HEADER_BYTES + wkb.length);
  const view = new DataView(out.buffer);
  out[0] = 0x47; // G
  out[1] = 0x50; // P
  out[2] = 0; // version 1.0 of the binary format
  // Flags: bit 0 little-endian, bits 1-3 envelope type 1 ([minx, maxx, miny, maxy]).
  out[3] = 0b0000_0011;
  view.setInt32(4, srsId, true);
  const [minX, minY, maxX, maxY] = box ?? [0, 0, 0, 0];
  view.setFloat64(8, minX, true);
  view.setFloat64(16, maxX, true);
  view.setFloat64(24, minY, true);
  view.setFloat64(32, maxY, true);
  out.set(wkb, HEADER_BYTES);
  return out;
}
