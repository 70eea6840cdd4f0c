// Pure. Reads one GeoJSON geometry object straight from its UTF-8 bytes into a GeometryStoreBuilder, with no
// intermediate JSON tree (the coordinates of a 150 MB plan are most of its bytes). Handles the common form
// — `type` before `coordinates`, no other members, plain JSON numbers — and returns false, leaving the
// builder untouched, for anything else (other member order, bbox/crs members, escapes, GeometryCollection,
// malformed input), so the caller falls back to JSON.parse and gets JSON.parse's exact result and errors.
import type { GeometryStoreBuilder, StoreGeometryType } from './geometryStore.ts';
import { POWERS_OF_TEN } from '../numeric/powerOfTen.ts';

const QUOTE = 34;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const MINUS = 45;
const DOT = 46;
const ZERO = 48;
const NINE = 57;

const ascii = (text: string): number[] => Array.from(text, (ch) => ch.charCodeAt(0));
const TYPE_KEY = ascii('type');
const COORDINATES_KEY = ascii('coordinates');

/** Type names, their store code and the nesting depth of `coordinates` (a position is depth 1). */
const TYPES: readonly { name: number[]; code: StoreGeometryType; depth: number }[] = [
  { name: ascii('Polygon'), code: 3, depth: 3 },
  { name: ascii('MultiPolygon'), code: 6, depth: 4 },
  { name: ascii('LineString'), code: 2, depth: 2 },
  { name: ascii('MultiLineString'), code: 5, depth: 3 },
  { name: ascii('Point'), code: 1, depth: 1 },
  { name: ascii('MultiPoint'), code: 4, depth: 2 },
];

/** Exact powers of ten: a ≤ 15-digit integer divided by one of these is correctly rounded (Clinger's fast path). */
const POW10 = POWERS_OF_TEN;

class Abort extends Error {}
const ABORT = new Abort();

class Reader {
  i: number;
  constructor(
    readonly bytes: Uint8Array,
    start: number,
    readonly end: number,
  ) {
    this.i = start;
  }

  skipWhitespace(): number {
    const b = this.bytes;
    while (this.i < this.end) {
      const c = b[this.i]!;
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return c;
      this.i++;
    }
    throw ABORT;
  }

  expect(byte: number): void {
    if (this.skipWhitespace() !== byte) throw ABORT;
    this.i++;
  }

  /** True when the next token is the string `expected` (ASCII, no escapes); consumes it. */
  matchString(expected: readonly number[]): boolean {
    if (this.skipWhitespace() !== QUOTE) throw ABORT;
    const b = this.bytes;
    const at = this.i + 1;
    if (at + expected.length >= this.end) return false;
    for (let k = 0; k < expected.length; k++) if (b[at + k] !== expected[k]) return false;
    if (b[at + expected.length] !== QUOTE) return false;
    this.i = at + expected.length + 1;
    return true;
  }

  /** A JSON number; exotic forms (exponent, > 15 digits) go through Number() of their text. */
  number(): number {
    const b = this.bytes;
    const start = this.i;
    let negative = false;
    if (b[this.i] === MINUS) {
      negative = true;
      this.i++;
    }
    let c = b[this.i]!;
    if (c < ZERO || c > NINE) throw ABORT;
    if (c === ZERO && this.i + 1 < this.end && b[this.i + 1]! >= ZERO && b[this.i + 1]! <= NINE) throw ABORT;
    let mantissa = 0;
    let digits = 0;
    let fraction = 0;
    while (this.i < this.end && (c = b[this.i]!) >= ZERO && c <= NINE) {
      mantissa = mantissa * 10 + (c - ZERO);
      if (mantissa !== 0) digits++;
      this.i++;
    }
    if (c === DOT) {
      this.i++;
      c = b[this.i]!;
      if (c < ZERO || c > NINE) throw ABORT;
      while (this.i < this.end && (c = b[this.i]!) >= ZERO && c <= NINE) {
        mantissa = mantissa * 10 + (c - ZERO);
        if (mantissa !== 0) digits++;
        fraction++;
        this.i++;
      }
    }
    if (c === 101 || c === 69 || digits > 15 || fraction > 22) {
      // e/E exponent or too many digits for the exact fast path: let the engine's own conversion decide.
      if (c === 101 || c === 69) {
        this.i++;
        c = b[this.i]!;
        if (c === 43 || c === MINUS) this.i++;
        c = b[this.i]!;
        if (c < ZERO || c > NINE) throw ABORT;
        while (this.i < this.end && (c = b[this.i]!) >= ZERO && c <= NINE) this.i++;
      }
      const value = Number(String.fromCharCode(...b.subarray(start, this.i)));
      if (!Number.isFinite(value)) throw ABORT;
      return value;
    }
    const value = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
    return negative ? -value : value;
  }
}

/**
 * Reads the coordinates array of a geometry of `depth` into the builder; `level` counts from the outside.
 * depth 1 = a position: its first two numbers are the vertex (Z and beyond dropped, as the store does).
 */
function readCoordinates(r: Reader, builder: GeometryStoreBuilder, type: StoreGeometryType, depth: number): void {
  r.expect(OPEN_ARRAY);
  if (depth === 1) {
    const x = (r.skipWhitespace(), r.number());
    r.expect(COMMA);
    const y = (r.skipWhitespace(), r.number());
    for (;;) {
      const c = r.skipWhitespace();
      if (c === CLOSE_ARRAY) break;
      if (c !== COMMA) throw ABORT;
      r.i++;
      r.skipWhitespace();
      r.number();
    }
    r.i++;
    builder.vertex(x, y);
    // A MultiPoint's positions are each a part of one ring.
    if (type === 4) {
      builder.endRing();
      builder.endPart();
    }
    return;
  }
  if (r.skipWhitespace() === CLOSE_ARRAY) r.i++;
  else {
    for (;;) {
      readCoordinates(r, builder, type, depth - 1);
      const c = r.skipWhitespace();
      r.i++;
      if (c === CLOSE_ARRAY) break;
      if (c !== COMMA) throw ABORT;
    }
  }
  // Close what an array of this depth is in the store's layout for this type.
  if (depth === 2) {
    if (type === 2 || type === 3 || type === 5 || type === 6) builder.endRing();
    if (type === 2 || type === 5) builder.endPart();
  } else if (depth === 3 && (type === 3 || type === 6)) builder.endPart();
}

/**
 * Reads the geometry object in bytes[start, end) into `builder` as one feature. Returns false (builder
 * untouched) when the bytes are not in the handled form; the caller then parses them with JSON.parse.
 */
export function readGeometryBytes(builder: GeometryStoreBuilder, bytes: Uint8Array, start = 0, end = bytes.length): boolean {
  const r = new Reader(bytes, start, end);
  let begun = false;
  try {
    r.expect(OPEN_OBJECT);
    if (!r.matchString(TYPE_KEY)) return false;
    r.expect(COLON);
    const type = TYPES.find((t) => r.matchString(t.name));
    if (type === undefined) return false;
    r.expect(COMMA);
    if (!r.matchString(COORDINATES_KEY)) return false;
    r.expect(COLON);
    builder.begin(type.code);
    begun = true;
    readCoordinates(r, builder, type.code, type.depth);
    if (type.code === 1) {
      builder.endRing();
      builder.endPart();
    }
    r.expect(CLOSE_OBJECT);
    // Only whitespace may follow the object.
    for (; r.i < end; r.i++) {
      const c = bytes[r.i]!;
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) throw ABORT;
    }
    builder.end();
    return true;
  } catch (error) {
    if (!(error instanceof Abort)) throw error;
    if (begun) builder.abort();
    return false;
  }
}
