// Builds a small Polygon Shapefile set (.shp, .shx, .dbf with one BSM text column) byte by byte, for inputs
// ogr2ogr would refuse to write (a 3-point ring, an index pointing every entry at one record).
export type Ring = Array<[number, number]>;

export function polygonShapefile(records: Ring[][], name = 'plan'): Map<string, Uint8Array> {
  const contents = records.map((rings) => {
    const points = rings.flat();
    const bytes = new Uint8Array(44 + rings.length * 4 + points.length * 16);
    const v = new DataView(bytes.buffer);
    v.setInt32(0, 5, true);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((n, i) => v.setFloat64(4 + i * 8, n, true));
    v.setInt32(36, rings.length, true);
    v.setInt32(40, points.length, true);
    let start = 0;
    rings.forEach((ring, i) => {
      v.setInt32(44 + i * 4, start, true);
      start += ring.length;
    });
    points.forEach(([x, y], i) => {
      v.setFloat64(44 + rings.length * 4 + i * 16, x, true);
      v.setFloat64(44 + rings.length * 4 + i * 16 + 8, y, true);
    });
    return bytes;
  });
  const shpLength = 100 + contents.reduce((sum, c) => sum + 8 + c.length, 0);
  const header = (length: number) => {
    const h = new Uint8Array(100);
    const v = new DataView(h.buffer);
    v.setInt32(0, 9994, false);
    v.setInt32(24, length / 2, false);
    v.setInt32(28, 1000, true);
    v.setInt32(32, 5, true);
    return h;
  };
  const shp = new Uint8Array(shpLength);
  const shx = new Uint8Array(100 + contents.length * 8);
  shp.set(header(shpLength));
  shx.set(header(shx.length));
  let at = 100;
  contents.forEach((c, r) => {
    const sv = new DataView(shp.buffer);
    sv.setInt32(at, r + 1, false);
    sv.setInt32(at + 4, c.length / 2, false);
    shp.set(c, at + 8);
    const xv = new DataView(shx.buffer);
    xv.setInt32(100 + r * 8, at / 2, false);
    xv.setInt32(100 + r * 8 + 4, c.length / 2, false);
    at += 8 + c.length;
  });
  // DBF: one character field BSM of 18 bytes.
  const fieldLength = 18;
  const headerLength = 32 + 32 + 1;
  const recordLength = 1 + fieldLength;
  const dbf = new Uint8Array(headerLength + records.length * recordLength + 1);
  const dv = new DataView(dbf.buffer);
  dbf[0] = 0x03;
  dv.setInt32(4, records.length, true);
  dv.setInt16(8, headerLength, true);
  dv.setInt16(10, recordLength, true);
  dbf.set(new TextEncoder().encode('BSM'), 32);
  dbf[32 + 11] = 'C'.charCodeAt(0);
  dbf[32 + 16] = fieldLength;
  dbf[64] = 0x0d;
  records.forEach((_, r) => {
    const base = headerLength + r * recordLength;
    dbf[base] = 0x20;
    dbf.set(new TextEncoder().encode(`41900100000000000${r + 1}`.slice(-fieldLength)), base + 1);
  });
  dbf[dbf.length - 1] = 0x1a;
  return new Map([
    [`${name}.shp`, shp],
    [`${name}.shx`, shx],
    [`${name}.dbf`, dbf],
  ]);
}
