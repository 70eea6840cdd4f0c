// Pure. The project's one WKB codec. Compact little-endian 2-D WKB (OGC ISO, the form GEOS reads and writes) moves
// geometries in and out of the geometry port (`encodeWkb`, `decodeWkb(bytes, keep)`: flattened to one dimension);
// `readWkb` reads a file's WKB strictly (GeoPackage). Z is dropped on encode; decoding accepts ISO and EWKB Z/M flags.
import type { Geometry, Position, Ring } from '../model/types.ts';
import { say } from '../i18n/index.ts';

export const WKB_POINT = 1;
export const WKB_LINESTRING = 2;
export const WKB_POLYGON = 3;
export const WKB_MULTIPOINT = 4;
export const WKB_MULTILINESTRING = 5;
export const WKB_MULTIPOLYGON = 6;
export const WKB_GEOMETRYCOLLECTION = 7;

/** The Multi type of each single type (a writer that promotes a single geometry writes its header, then a count of 1). */
export const WKB_MULTI_OF: Readonly<Record<number, number>> = {
  [WKB_POINT]: WKB_MULTIPOINT,
  [WKB_LINESTRING]: WKB_MULTILINESTRING,
  [WKB_POLYGON]: WKB_MULTIPOLYGON,
};

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

/** A coordinate's value as written (the package rounds each one as it is encoded, instead of copying the geometry). */
export type CoordinateAt = (value: number) => number;

/** A position's value as written, into out[0], out[1] (a projection: GEOS's metric distances map every vertex). */
export type PositionTo = (x: number, y: number, out: Float64Array) => void;

/** How coordinates are written: as they are, each value through `at`, or each position through `to`. */
type Written = CoordinateAt | { to: PositionTo; out: Float64Array } | undefined;

function writePositions(writer: WkbWriter, positions: readonly Position[], at: Written): void {
  writer.uint32(positions.length);
  writer.reserve(16 * positions.length);
  if (typeof at === 'function') for (const p of positions) writer.xy(at(p[0]), at(p[1]));
  else if (at) {
    const { to, out } = at;
    for (const p of positions) {
      to(p[0], p[1], out);
      writer.xy(out[0]!, out[1]!);
    }
  } else for (const p of positions) writer.xy(p[0], p[1]);
}

function writeRings(writer: WkbWriter, rings: readonly Ring[], at: Written): void {
  writer.uint32(rings.length);
  for (const ring of rings) writePositions(writer, ring, at);
}

/**
 * Appends the WKB of `geometry` to `writer` with each position through `to`: the bytes `writeWkb` gives for the mapped
 * geometry, without building it.
 */
export function writeMappedWkb(writer: WkbWriter, geometry: Geometry, to: PositionTo): void {
  writeGeometry(writer, geometry, { to, out: new Float64Array(2) });
}

/** Appends the WKB of `geometry` to `writer`, each coordinate through `at` when given. */
export function writeWkb(writer: WkbWriter, geometry: Geometry, at?: CoordinateAt): void {
  writeGeometry(writer, geometry, at);
}

function writeGeometry(writer: WkbWriter, geometry: Geometry, at: Written): void {
  switch (geometry.type) {
    case 'Point':
      writer.header(WKB_POINT);
      writePoint(writer, geometry.coordinates, at);
      return;
    case 'LineString':
      writer.header(WKB_LINESTRING);
      writePositions(writer, geometry.coordinates, at);
      return;
    case 'Polygon':
      writer.header(WKB_POLYGON);
      writeRings(writer, geometry.coordinates, at);
      return;
    case 'MultiPoint':
      writer.header(WKB_MULTIPOINT);
      writer.uint32(geometry.coordinates.length);
      for (const p of geometry.coordinates) {
        writer.header(WKB_POINT);
        writePoint(writer, p, at);
      }
      return;
    case 'MultiLineString':
      writer.header(WKB_MULTILINESTRING);
      writer.uint32(geometry.coordinates.length);
      for (const line of geometry.coordinates) {
        writer.header(WKB_LINESTRING);
        writePositions(writer, line, at);
      }
      return;
    case 'MultiPolygon':
      writer.header(WKB_MULTIPOLYGON);
      writer.uint32(geometry.coordinates.length);
      for (const polygon of geometry.coordinates) {
        writer.header(WKB_POLYGON);
        writeRings(writer, polygon, at);
      }
      return;
  }
}

function writePoint(writer: WkbWriter, p: Position, at: Written): void {
  if (typeof at === 'function') writer.xy(at(p[0]), at(p[1]));
  else if (at) {
    at.to(p[0], p[1], at.out);
    writer.xy(at.out[0]!, at.out[1]!);
  } else writer.xy(p[0], p[1]);
}

/** Encodes one geometry to a fresh WKB byte array. */
export function encodeWkb(geometry: Geometry): Uint8Array {
  const writer = new WkbWriter(64);
  writeWkb(writer, geometry);
  return writer.written().slice();
}

/** Dimension filter for decoding: 0 points, 1 lines, 2 polygons, -1 the highest dimension present. */
export type WkbKeepDimension = 0 | 1 | 2 | -1;

const NAMES = ['', 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon'] as const;
const NAMES_ZH = ['', '点', '线', '面', '多点', '多线', '多面'] as const;
const nameOf = (type: number): string => NAMES[type] ?? `type ${type}`;
const nameZhOf = (type: number): string => (NAMES[type] ? `${NAMES[type]}（${NAMES_ZH[type]}）` : `类型 ${type}`);

/** Malformed WKB (an unknown type, a multi-geometry of the wrong members): a RangeError saying what, in zh and en. */
export class MalformedWkb extends RangeError {
  constructor(readonly detail: { zh: string; en: string }) {
    super(detail.en);
    this.name = 'MalformedWkb';
  }
}

interface Collected {
  points: Position[];
  lines: Position[][];
  polygons: Ring[][];
}

interface Header {
  little: boolean;
  /** The type code without flags (e.g. 1003 for ISO Polygon Z); `type` is its base 1–7. */
  raw: number;
  type: number;
  dims: number;
}

/** The one WKB decoder: ISO and EWKB headers, Z/M skipped; `collect` flattens (GEOS output), `structured` is strict (files). */
class WkbReader {
  private readonly view: DataView;
  offset: number;
  hadZOrM = false;
  constructor(bytes: Uint8Array, start = 0) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    this.offset = start;
  }

  private header(): Header {
    const little = this.view.getUint8(this.offset) === 1;
    let raw = this.view.getUint32(this.offset + 1, little);
    this.offset += 5;
    let hasZ = false;
    let hasM = false;
    if (raw & 0x20000000) this.offset += 4; // EWKB SRID
    if (raw & 0x80000000) hasZ = true;
    if (raw & 0x40000000) hasM = true;
    raw &= 0x0fffffff;
    const iso = Math.floor(raw / 1000); // ISO: 1 = Z, 2 = M, 3 = ZM
    if (iso === 1 || iso === 3) hasZ = true;
    if (iso === 2 || iso === 3) hasM = true;
    const dims = 2 + (hasZ ? 1 : 0) + (hasM ? 1 : 0);
    if (dims > 2) this.hadZOrM = true;
    return { little, raw, type: raw % 1000, dims };
  }

  private point(little: boolean, dims: number): Position {
    const p: Position = [this.view.getFloat64(this.offset, little), this.view.getFloat64(this.offset + 8, little)];
    this.offset += 8 * dims;
    return p;
  }

  private count(little: boolean): number {
    const n = this.view.getUint32(this.offset, little);
    this.offset += 4;
    return n;
  }

  private positions(little: boolean, dims: number): Position[] {
    const n = this.count(little);
    const positions: Position[] = new Array(n);
    for (let i = 0; i < n; i++) positions[i] = this.point(little, dims);
    return positions;
  }

  private rings(little: boolean, dims: number): Ring[] {
    const n = this.count(little);
    const rings: Ring[] = [];
    for (let r = 0; r < n; r++) rings.push(this.positions(little, dims));
    return rings;
  }

  /** Flattens any geometry (collections included) into points, lines and polygons, dropping empty pieces. */
  collect(out: Collected): void {
    const { little, raw, type, dims } = this.header();
    switch (type) {
      case WKB_POINT: {
        const p = this.point(little, dims);
        if (!Number.isNaN(p[0])) out.points.push(p); // GEOS writes POINT EMPTY as NaN NaN
        return;
      }
      case WKB_LINESTRING: {
        const line = this.positions(little, dims);
        if (line.length > 0) out.lines.push(line);
        return;
      }
      case WKB_POLYGON: {
        const rings = this.rings(little, dims);
        if (rings.length > 0 && rings[0]!.length > 0) out.polygons.push(rings);
        return;
      }
      case WKB_MULTIPOINT:
      case WKB_MULTILINESTRING:
      case WKB_MULTIPOLYGON:
      case WKB_GEOMETRYCOLLECTION: {
        const n = this.count(little);
        for (let i = 0; i < n; i++) this.collect(out);
        return;
      }
      default:
        throw new MalformedWkb(say('geometry.wkb.collect', { raw }));
    }
  }

  /** One Point … MultiPolygon as written; a Multi* must hold members of its own single kind. */
  structured(): { type: number; value: unknown } {
    const { little, raw, type, dims } = this.header();
    switch (type) {
      case WKB_POINT:
        return { type, value: this.point(little, dims) };
      case WKB_LINESTRING:
        return { type, value: this.positions(little, dims) };
      case WKB_POLYGON:
        return { type, value: this.rings(little, dims) };
      case WKB_MULTIPOINT:
      case WKB_MULTILINESTRING:
      case WKB_MULTIPOLYGON: {
        const n = this.count(little);
        const members: unknown[] = [];
        for (let i = 0; i < n; i++) {
          const member = this.structured();
          if (member.type !== type - 3) {
            throw new MalformedWkb(
              say('geometry.wkb.structured-2', {
                index: i + 1,
                type: { zh: String(nameZhOf(type)), en: String(nameOf(type)) },
                type2: { zh: String(nameZhOf(member.type)), en: String(nameOf(member.type)) },
                type3: { zh: String(nameZhOf(type - 3)), en: String(nameOf(type - 3)) },
              }),
            );
          }
          members.push(member.value);
        }
        return { type, value: members };
      }
      default:
        throw new MalformedWkb(say('geometry.wkb.structured', { raw }));
    }
  }
}

/**
 * Decodes WKB into a GeoJSON geometry holding only the pieces of dimension `keep` (collections are
 * flattened; one piece → single type, several → Multi type). Null when nothing of that dimension remains.
 */
export function decodeWkb(bytes: Uint8Array, keep: WkbKeepDimension = -1): Geometry | null {
  const out: Collected = { points: [], lines: [], polygons: [] };
  new WkbReader(bytes).collect(out);
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
  return out.points.length === 1 ? { type: 'Point', coordinates: out.points[0]! } : { type: 'MultiPoint', coordinates: out.points };
}

export interface WkbResult {
  geometry: Geometry | null;
  hadZOrM: boolean;
}

/**
 * Reads one geometry from a file's WKB (GeoPackage) at `start`, keeping its type and nesting: null for an empty
 * geometry; RangeError on truncated input, MalformedWkb on an unknown type or wrong multi-geometry members.
 */
export function readWkb(bytes: Uint8Array, start = 0): WkbResult {
  const reader = new WkbReader(bytes, start);
  const { type, value } = reader.structured();
  const isEmpty = type === 1 ? (value as number[]).some((n) => Number.isNaN(n)) : (value as unknown[]).length === 0;
  if (isEmpty) return { geometry: null, hadZOrM: reader.hadZOrM };
  return { geometry: { type: NAMES[type], coordinates: value } as Geometry, hadZOrM: reader.hadZOrM };
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
