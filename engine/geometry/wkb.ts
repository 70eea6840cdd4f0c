// Pure. Compact little-endian 2-D WKB (OGC ISO, the form GEOS reads and writes) for moving geometries in
// and out of the geometry port without GeoJSON text: `encodeWkb(geometry)` and `decodeWkb(bytes, keep)`.
// Z is dropped on encode (planning data is 2-D); decode accepts ISO and EWKB Z/M flags and skips them.
import type { Geometry, Position, Ring } from '../model/types.ts';

export const WKB_POINT = 1;
export const WKB_LINESTRING = 2;
export const WKB_POLYGON = 3;
export const WKB_MULTIPOINT = 4;
export const WKB_MULTILINESTRING = 5;
export const WKB_MULTIPOLYGON = 6;
export const WKB_GEOMETRYCOLLECTION = 7;

/** A growable little-endian byte writer; reuse one across many encodings to avoid allocations. */
export class WkbWriter {
  private buffer: ArrayBuffer;
  private view: DataView;
  private bytes: Uint8Array;
  length = 0;

  constructor(initialBytes = 1 << 16) {
    this.buffer = new ArrayBuffer(initialBytes);
    this.view = new DataView(this.buffer);
    this.bytes = new Uint8Array(this.buffer);
  }

  reset(): void {
    this.length = 0;
  }

  reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.buffer.byteLength) return;
    let size = this.buffer.byteLength * 2;
    while (size < needed) size *= 2;
    const next = new ArrayBuffer(size);
    new Uint8Array(next).set(this.bytes.subarray(0, this.length));
    this.buffer = next;
    this.view = new DataView(next);
    this.bytes = new Uint8Array(next);
  }

  header(type: number): void {
    this.reserve(5);
    this.bytes[this.length] = 1; // little endian
    this.view.setUint32(this.length + 1, type, true);
    this.length += 5;
  }

  uint32(value: number): void {
    this.reserve(4);
    this.view.setUint32(this.length, value, true);
    this.length += 4;
  }

  xy(x: number, y: number): void {
    this.reserve(16);
    this.view.setFloat64(this.length, x, true);
    this.view.setFloat64(this.length + 8, y, true);
    this.length += 16;
  }

  /** The encoded bytes so far (a view: copy it before the next `reset`). */
  written(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }
}

function writePositions(writer: WkbWriter, positions: readonly Position[]): void {
  writer.uint32(positions.length);
  writer.reserve(16 * positions.length);
  for (const p of positions) writer.xy(p[0], p[1]);
}

function writeRings(writer: WkbWriter, rings: readonly Ring[]): void {
  writer.uint32(rings.length);
  for (const ring of rings) writePositions(writer, ring);
}

/** Appends the WKB of `geometry` to `writer`. */
export function writeWkb(writer: WkbWriter, geometry: Geometry): void {
  switch (geometry.type) {
    case 'Point':
      writer.header(WKB_POINT);
      writer.xy(geometry.coordinates[0], geometry.coordinates[1]);
      return;
    case 'LineString':
      writer.header(WKB_LINESTRING);
      writePositions(writer, geometry.coordinates);
      return;
    case 'Polygon':
      writer.header(WKB_POLYGON);
      writeRings(writer, geometry.coordinates);
      return;
    case 'MultiPoint':
      writer.header(WKB_MULTIPOINT);
      writer.uint32(geometry.coordinates.length);
      for (const p of geometry.coordinates) {
        writer.header(WKB_POINT);
        writer.xy(p[0], p[1]);
      }
      return;
    case 'MultiLineString':
      writer.header(WKB_MULTILINESTRING);
      writer.uint32(geometry.coordinates.length);
      for (const line of geometry.coordinates) {
        writer.header(WKB_LINESTRING);
        writePositions(writer, line);
      }
      return;
    case 'MultiPolygon':
      writer.header(WKB_MULTIPOLYGON);
      writer.uint32(geometry.coordinates.length);
      for (const polygon of geometry.coordinates) {
        writer.header(WKB_POLYGON);
        writeRings(writer, polygon);
      }
      return;
  }
}

/** Encodes one geometry to a fresh WKB byte array. */
export function encodeWkb(geometry: Geometry): Uint8Array {
  const writer = new WkbWriter(64);
  writeWkb(writer, geometry);
  return writer.written().slice();
}

/** Dimension filter for decoding: 0 points, 1 lines, 2 polygons, -1 the highest dimension present. */
export type WkbKeepDimension = 0 | 1 | 2 | -1;

interface Collected {
  points: Position[];
  lines: Position[][];
  polygons: Ring[][];
}

class WkbReader {
  private readonly view: DataView;
  offset = 0;
  constructor(bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  geometry(out: Collected): void {
    const little = this.view.getUint8(this.offset) === 1;
    let type = this.view.getUint32(this.offset + 1, little);
    this.offset += 5;
    let dims = 2;
    if (type & 0x20000000) this.offset += 4; // EWKB SRID
    if (type & 0x80000000) dims++;
    if (type & 0x40000000) dims++;
    type &= 0x0fffffff;
    if (type > 1000) {
      const flavour = Math.floor(type / 1000); // ISO: 1 = Z, 2 = M, 3 = ZM
      dims = flavour === 3 ? 4 : 3;
      type %= 1000;
    }
    switch (type) {
      case WKB_POINT: {
        const x = this.view.getFloat64(this.offset, little);
        const y = this.view.getFloat64(this.offset + 8, little);
        this.offset += 8 * dims;
        if (!Number.isNaN(x)) out.points.push([x, y]); // GEOS writes POINT EMPTY as NaN NaN
        return;
      }
      case WKB_LINESTRING: {
        const line = this.positions(little, dims);
        if (line.length > 0) out.lines.push(line);
        return;
      }
      case WKB_POLYGON: {
        const ringCount = this.view.getUint32(this.offset, little);
        this.offset += 4;
        const rings: Ring[] = [];
        for (let r = 0; r < ringCount; r++) rings.push(this.positions(little, dims));
        if (rings.length > 0 && rings[0]!.length > 0) out.polygons.push(rings);
        return;
      }
      case WKB_MULTIPOINT:
      case WKB_MULTILINESTRING:
      case WKB_MULTIPOLYGON:
      case WKB_GEOMETRYCOLLECTION: {
        const count = this.view.getUint32(this.offset, little);
        this.offset += 4;
        for (let i = 0; i < count; i++) this.geometry(out);
        return;
      }
      default:
        throw new Error(`WKB geometry type ${type} is not supported`);
    }
  }

  private positions(little: boolean, dims: number): Position[] {
    const n = this.view.getUint32(this.offset, little);
    this.offset += 4;
    const positions: Position[] = new Array(n);
    for (let i = 0; i < n; i++) {
      positions[i] = [this.view.getFloat64(this.offset, little), this.view.getFloat64(this.offset + 8, little)];
      this.offset += 8 * dims;
    }
    return positions;
  }
}

/**
 * Decodes WKB into a GeoJSON geometry holding only the pieces of dimension `keep` (collections are
 * flattened; one piece → single type, several → Multi type). Null when nothing of that dimension remains.
 */
export function decodeWkb(bytes: Uint8Array, keep: WkbKeepDimension = -1): Geometry | null {
  const out: Collected = { points: [], lines: [], polygons: [] };
  new WkbReader(bytes).geometry(out);
  let dimension = keep;
  if (dimension === -1) dimension = out.polygons.length > 0 ? 2 : out.lines.length > 0 ? 1 : 0;
  if (dimension === 2) {
    if (out.polygons.length === 0) return null;
    return out.polygons.length === 1
      ? { type: 'Polygon', coordinates: out.polygons[0]! }
      : { type: 'MultiPolygon', coordinates: out.polygons };
  }
  if (dimension === 1) {
    if (out.lines.length === 0) return null;
    return out.lines.length === 1
      ? { type: 'LineString', coordinates: out.lines[0]! }
      : { type: 'MultiLineString', coordinates: out.lines };
  }
  if (out.points.length === 0) return null;
  return out.points.length === 1
    ? { type: 'Point', coordinates: out.points[0]! }
    : { type: 'MultiPoint', coordinates: out.points };
}

/** Topological dimension of a GeoJSON geometry: 0 points, 1 lines, 2 polygons. */
export function geometryDimension(geometry: Geometry): 0 | 1 | 2 {
  switch (geometry.type) {
    case 'Point':
    case 'MultiPoint':
      return 0;
    case 'LineString':
    case 'MultiLineString':
      return 1;
    default:
      return 2;
  }
}
