// Hex EWKB of a GeoJSON geometry in EPSG:4490 (ISO WKB with the SRID flag and value after the type), the text
// form COPY … FROM STDIN reads into a geometry column. One writer reused across rows.
import { WkbWriter, writeWkb } from '../../../engine/geometry/index.ts';
import type { Geometry } from '../../../engine/model/index.ts';

export const SRID_CGCS2000 = 4490;

export function ewkbHex(writer: WkbWriter, geometry: Geometry): string {
  writer.reset();
  writeWkb(writer, geometry);
  const wkb = writer.written();
  const out = Buffer.alloc(wkb.length + 4);
  out[0] = 1;
  out.writeUInt32LE((wkb[1]! | (wkb[2]! << 8) | (wkb[3]! << 16) | (wkb[4]! << 24) | 0x20000000) >>> 0, 1);
  out.writeUInt32LE(SRID_CGCS2000, 5);
  out.set(wkb.subarray(5), 9);
  return out.toString('hex');
}
