// Pure. An incremental parser for a GeoJSON FeatureCollection given as UTF-8 byte chunks: it scans the bytes
// for the top-level `features` array and JSON.parses one feature at a time, so a 166 MB file never exists
// as one string or one parsed object tree. Top-level members other than `features` (`type`, `plan`, `crs`,
// …) are parsed whole and reported through `onMember`. Malformed input throws FeatureCollectionSyntaxError
// with the byte offset; callers turn it into a user-facing message.
import { createTextDecoder } from '../model/createTextDecoder.ts';

const sharedDecoder = createTextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** JSON.parse of UTF-8 bytes; errors become FeatureCollectionSyntaxError at `byteOffset`. */
export function parseJsonBytes(bytes: Uint8Array, byteOffset: number): unknown {
  let text: string;
  try {
    text = sharedDecoder.decode(bytes);
  } catch {
    throw new FeatureCollectionSyntaxError('invalid UTF-8', byteOffset);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FeatureCollectionSyntaxError(`invalid JSON: ${(error as Error).message}`, byteOffset);
  }
}

export class FeatureCollectionSyntaxError extends Error {
  override readonly name = 'FeatureCollectionSyntaxError';
  constructor(
    message: string,
    /** Byte offset from the start of the stream where the problem was found. */
    readonly byteOffset: number,
  ) {
    super(message);
  }
}

export interface FeatureCollectionHandlers {
  /**
   * Called once per element of `features`, in order, with the element parsed by JSON.parse. When the
   * feature has a `geometry` member whose value is an object, `geometryBytes` holds that value's raw bytes
   * (valid only during the call) and `feature` lacks the member: the caller reads the geometry itself
   * (readGeometryBytes) instead of paying for a JSON tree of coordinates. Otherwise `geometryBytes` is null
   * and the feature is exactly what JSON.parse gives.
   */
  onFeature(feature: unknown, index: number, geometryBytes: Uint8Array | null): void;
  /** Called for every other top-level member once its value is complete. */
  onMember?(key: string, value: unknown): void;
}

export interface FeatureCollectionStreamParser {
  /** Feeds the next chunk of bytes (any split, even inside a multi-byte character). */
  push(chunk: Uint8Array): void;
  /** Signals the end of input; throws when the document is incomplete. Returns the number of features. */
  end(): number;
}

const OPEN_OBJECT = 123; // {
const CLOSE_OBJECT = 125; // }
const OPEN_ARRAY = 91; // [
const CLOSE_ARRAY = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92; // \
const COLON = 58; // :
const COMMA = 44; // ,

function isWhitespace(byte: number): boolean {
  return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}

export function createFeatureCollectionStreamParser(handlers: FeatureCollectionHandlers): FeatureCollectionStreamParser {
  const decoder = createTextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  let carry = new Uint8Array(0);
  /** Bytes of the stream before `carry[0]`. */
  let carryOffset = 0;
  let started = false;
  let finished = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  // Top-level member parsing state (depth 1).
  let expectingKey = false;
  let keyStart = -1;
  let currentKey: string | null = null;
  let expectingValue = false;
  let valueStart = -1;
  let inFeatures = false;
  let featureStart = -1;
  let featureCount = 0;
  // Feature-level (depth 3) member tracking, to find the `geometry` value's byte range.
  let featureExpectKey = false;
  let featureKeyStart = -1;
  let geometryKeyJustRead = false;
  let geometryValuePending = false;
  let geometryKeyStart = -1;
  let geometryStart = -1;
  let geometryEnd = -1;
  /** A second `geometry` member: JSON.parse keeps the last one, so the feature is parsed whole. */
  let geometryRepeated = false;

  function decode(bytes: Uint8Array, at: number): string {
    try {
      return decoder.decode(bytes);
    } catch {
      throw new FeatureCollectionSyntaxError('invalid UTF-8', at);
    }
  }

  function parse(bytes: Uint8Array, at: number): unknown {
    const text = decode(bytes, at);
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new FeatureCollectionSyntaxError(`invalid JSON: ${(error as Error).message}`, at);
    }
  }

  function fail(message: string, at: number): never {
    throw new FeatureCollectionSyntaxError(message, at);
  }

  const GEOMETRY_KEY = [34, 103, 101, 111, 109, 101, 116, 114, 121, 34]; // "geometry"

  function isGeometryKey(buf: Uint8Array, start: number, end: number): boolean {
    if (end - start !== GEOMETRY_KEY.length) return false;
    for (let k = 0; k < GEOMETRY_KEY.length; k++) if (buf[start + k] !== GEOMETRY_KEY[k]) return false;
    return true;
  }

  function emitFeature(buf: Uint8Array, end: number): void {
    const at = carryOffset + featureStart;
    if (geometryStart >= 0 && geometryEnd > geometryStart && !geometryRepeated) {
      // Parse the feature without its geometry member (and one adjoining comma); hand the geometry over as bytes.
      let before = decode(buf.subarray(featureStart, geometryKeyStart), at);
      let after = decode(buf.subarray(geometryEnd, end), at);
      const rest = after.trimStart();
      if (rest.startsWith(',')) after = rest.slice(1);
      else before = before.trimEnd().replace(/,$/, '');
      let feature: unknown;
      try {
        feature = JSON.parse(before + after);
      } catch (error) {
        throw new FeatureCollectionSyntaxError(`invalid JSON: ${(error as Error).message}`, at);
      }
      handlers.onFeature(feature, featureCount++, buf.subarray(geometryStart, geometryEnd));
    } else {
      handlers.onFeature(parse(buf.subarray(featureStart, end), at), featureCount++, null);
    }
    featureStart = -1;
    geometryKeyStart = -1;
    geometryStart = -1;
    geometryEnd = -1;
    geometryRepeated = false;
    geometryValuePending = false;
    geometryKeyJustRead = false;
  }

  function finishValue(buf: Uint8Array, end: number): void {
    if (currentKey !== null && valueStart >= 0) {
      const value = parse(buf.subarray(valueStart, end), carryOffset + valueStart);
      if (currentKey === 'features') fail('"features" must be an array', carryOffset + valueStart);
      handlers.onMember?.(currentKey, value);
    }
    currentKey = null;
    valueStart = -1;
  }

  /**
   * Advances through bytes nested at depth ≥ 4, tracking depth and skipping strings; returns the index of
   * the bracket that would bring depth to 3 (not consumed), or n at the end of the buffer (a string left
   * open sets inString/escaped for the general loop).
   */
  function skipNested(buf: Uint8Array, from: number, n: number): number {
    let i = from;
    while (i < n) {
      const c = buf[i]!;
      if (c === QUOTE) {
        i++;
        while (i < n) {
          const d = buf[i]!;
          if (d === BACKSLASH) i += 2;
          else if (d === QUOTE) break;
          else i++;
        }
        if (i >= n) {
          inString = true;
          escaped = i > n; // the chunk ended right after a backslash
          return n;
        }
        i++;
        continue;
      }
      if (c === OPEN_OBJECT || c === OPEN_ARRAY) depth++;
      else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth === 4) return i;
        depth--;
      }
      i++;
    }
    return n;
  }

  function scan(buf: Uint8Array, from: number): void {
    let i = from;
    const n = buf.length;
    if (!started) {
      // Skip a UTF-8 byte-order mark and leading whitespace before the root object.
      if (n - i >= 3 && buf[i] === 0xef && buf[i + 1] === 0xbb && buf[i + 2] === 0xbf) i += 3;
    }
    for (; i < n; i++) {
      if (depth >= 4 && !inString) {
        // Hot path: inside a feature member's value (coordinates, properties). Only strings and brackets
        // matter here; stop before the bracket that closes the member value (depth 4 → 3).
        i = skipNested(buf, i, n);
        if (i >= n) break;
      }
      const byte = buf[i]!;
      if (inString) {
        if (escaped) escaped = false;
        else if (byte === BACKSLASH) escaped = true;
        else if (byte === QUOTE) {
          inString = false;
          if (depth === 1 && keyStart >= 0) {
            currentKey = parse(buf.subarray(keyStart, i + 1), carryOffset + keyStart) as string;
            keyStart = -1;
          } else if (featureKeyStart >= 0) {
            geometryKeyJustRead = isGeometryKey(buf, featureKeyStart, i + 1);
            if (geometryKeyJustRead) {
              if (geometryKeyStart >= 0) geometryRepeated = true;
              else geometryKeyStart = featureKeyStart;
            }
            featureKeyStart = -1;
          }
        }
        continue;
      }
      if (isWhitespace(byte)) continue;
      if (geometryValuePending) {
        // First byte of the feature's geometry value: only an object is handed over as bytes.
        geometryValuePending = false;
        if (byte === OPEN_OBJECT) geometryStart = i;
      }
      if (finished) fail('unexpected content after the FeatureCollection', carryOffset + i);
      if (!started) {
        if (byte !== OPEN_OBJECT) fail('a GeoJSON FeatureCollection must be a JSON object', carryOffset + i);
        started = true;
        depth = 1;
        expectingKey = true;
        continue;
      }
      if (depth === 1) {
        if (expectingKey) {
          if (byte === QUOTE) {
            inString = true;
            keyStart = i;
            expectingKey = false;
            continue;
          }
          if (byte === CLOSE_OBJECT && currentKey === null) {
            depth = 0;
            finished = true;
            continue;
          }
          fail('expected a member name', carryOffset + i);
        }
        if (currentKey !== null && !expectingValue && valueStart < 0 && !inFeatures) {
          if (byte !== COLON) fail('expected ":"', carryOffset + i);
          expectingValue = true;
          continue;
        }
        if (expectingValue) {
          expectingValue = false;
          if (currentKey === 'features' && byte === OPEN_ARRAY) {
            inFeatures = true;
            depth = 2;
            continue;
          }
          valueStart = i;
          if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) depth = 2;
          else if (byte === QUOTE) inString = true;
          continue;
        }
        if (byte === COMMA || byte === CLOSE_OBJECT) {
          if (inFeatures) {
            inFeatures = false;
            currentKey = null;
          } else finishValue(buf, i);
          if (byte === COMMA) expectingKey = true;
          else {
            depth = 0;
            finished = true;
          }
          continue;
        }
        // Remaining bytes of a primitive value (number, true, false, null).
        if (valueStart >= 0) continue;
        fail('unexpected character', carryOffset + i);
      }
      // depth ≥ 2: inside a member value or the features array.
      const atFeatureLevel = inFeatures && depth === 3;
      if (byte === QUOTE) {
        inString = true;
        if (atFeatureLevel && featureExpectKey) {
          featureKeyStart = i;
          featureExpectKey = false;
        }
        continue;
      }
      if (atFeatureLevel) {
        if (byte === COMMA) featureExpectKey = true;
        else if (byte === COLON) {
          geometryValuePending = geometryKeyJustRead;
          geometryKeyJustRead = false;
        }
      }
      if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
        if (inFeatures && depth === 2) {
          if (byte !== OPEN_OBJECT) fail(`feature ${featureCount} is not an object`, carryOffset + i);
          featureStart = i;
          featureExpectKey = true;
          geometryKeyStart = -1;
          geometryStart = -1;
          geometryEnd = -1;
          geometryRepeated = false;
        }
        depth++;
        continue;
      }
      if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
        depth--;
        if (inFeatures && depth === 3 && geometryStart >= 0 && geometryEnd < 0 && byte === CLOSE_OBJECT) {
          geometryEnd = i + 1;
        } else if (inFeatures && depth === 2 && featureStart >= 0) {
          emitFeature(buf, i + 1);
        }
        continue;
      }
      if (inFeatures && depth === 2 && byte !== COMMA) fail(`feature ${featureCount} is not an object`, carryOffset + i);
    }
  }

  return {
    push(chunk) {
      if (chunk.length === 0) return;
      let buf: Uint8Array;
      if (carry.length === 0) buf = chunk;
      else {
        buf = new Uint8Array(carry.length + chunk.length);
        buf.set(carry, 0);
        buf.set(chunk, carry.length);
      }
      scan(buf, carry.length);
      // Keep only the bytes of what is still being captured.
      let keepFrom = buf.length;
      for (const start of [keyStart, valueStart, featureStart]) if (start >= 0 && start < keepFrom) keepFrom = start;
      carry = keepFrom === buf.length ? new Uint8Array(0) : buf.slice(keepFrom);
      carryOffset += keepFrom;
      // featureKeyStart, geometryStart and geometryEnd lie inside the feature being captured.
      if (keyStart >= 0) keyStart -= keepFrom;
      if (valueStart >= 0) valueStart -= keepFrom;
      if (featureStart >= 0) featureStart -= keepFrom;
      if (featureKeyStart >= 0) featureKeyStart -= keepFrom;
      if (geometryKeyStart >= 0) geometryKeyStart -= keepFrom;
      if (geometryStart >= 0) geometryStart -= keepFrom;
      if (geometryEnd >= 0) geometryEnd -= keepFrom;
    },
    end() {
      if (!finished) fail('the FeatureCollection is incomplete (unexpected end of file)', carryOffset + carry.length);
      return featureCount;
    },
  };
}
