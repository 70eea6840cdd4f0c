// Pure. validatePlanStream(fileName) → { push(bytes), end() }: validatePlanBytes for a plan given as byte chunks, never
// holding it as one string or one parsed tree: each feature is parsed alone and its geometry goes straight into a
// GeometryStore (the feature keeps a getter, as compactPlanDocument gives it). end() → the same result as validatePlanBytes
// on the whole file, or null when only the whole-file reading words the findings (bad UTF-8, a syntax error, 1e400 …).
import { bindStoredFeature, storedFeatureShell } from '../geometry/compactPlanDocument.ts';
import { createGeometryStoreBuilder, isReadableGeometry } from '../geometry/geometryStore.ts';
import { createTextDecoder } from '../model/createTextDecoder.ts';
import type { PlanFeature } from '../model/types.ts';
import { DEFAULT_MAX_DEPTH, DEFAULT_MAX_STRING_LENGTH, isClean } from './decodeJsonBytes.ts';
import { finding } from './finding.ts';
import type { ValidateOptions } from './types.ts';
import { validateDecodedPlan, type PlanFileValidation } from './validatePlanBytes.ts';

export interface PlanValidationStream {
  /** The next bytes of the file (not changed by the caller afterwards). */
  push(chunk: Uint8Array): void;
  /** The validation of everything pushed, or null: the file must be validated whole (validatePlanBytes) for its findings. */
  end(): PlanFileValidation | null;
  /**
   * Once every byte is pushed: the document's top-level members, its `features` array read and left empty, for a
   * caller that tells a plan from other JSON by them without parsing the file again; undefined when the file has no
   * top-level `features` array or the stream gave up (the caller then parses the file itself).
   */
  topLevel(): Record<string, unknown> | undefined;
  /**
   * Instead of end(), once every byte is pushed: the document end() would validate (features parsed, geometries in the
   * store), not validated, or null where end() is null. For a second reader of a file that another validates: when that
   * validation passes, the plan it gives is this document, since validation changes nothing.
   */
  document(): Record<string, unknown> | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const FEATURES = [0x66, 0x65, 0x61, 0x74, 0x75, 0x72, 0x65, 0x73]; // features

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function concat(pieces: readonly Uint8Array[]): Uint8Array {
  if (pieces.length === 1) return pieces[0]!;
  let length = 0;
  for (const p of pieces) length += p.length;
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Geometries the store gives back exactly: `{type, coordinates}` in that order, 2-D numeric positions. The input is
 * unvalidated here (finite numbers only: isClean ran first), so anything else stays as parsed for the checks to word.
 */
function storable(g: unknown): boolean {
  if (typeof g !== 'object' || g === null || Array.isArray(g)) return false;
  const keys = Object.keys(g);
  return keys.length === 2 && keys[0] === 'type' && keys[1] === 'coordinates' && isReadableGeometry(g, true);
}

/**
 * Why the result equals validatePlanBytes's: the file is cut at the top-level `features` array's commas into a skeleton
 * (the document with `"features":[]`) and one slice per element. Each is decoded strictly and JSON.parsed; all parsing
 * means the whole file parses, to the skeleton with the elements in place (a second or escaped `features` key, a
 * backslash in any top-level string, gives up instead). isClean on every part is the whole walk's verdict; the nesting
 * is counted over the bytes as decodeJsonBytes counts it. Anything refused returns null, so the whole-file path words it.
 */
export function validatePlanStream(fileName: string, options: ValidateOptions = {}): PlanValidationStream {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxStringLength = options.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
  const decoder = createTextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const builder = createGeometryStoreBuilder(1 << 14);
  const features: unknown[] = [];
  const shells: PlanFeature[] = [];

  let head: Uint8Array | null = new Uint8Array(0); // the first bytes until the BOM is decided
  let bom = false;
  let gaveUp = false;
  let started = false;
  let closed = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  /** Bytes of a depth-1 string matched against `features` (−1: not it). */
  let keyMatch = -1;
  /** 0: nothing, 1: the key "features" read, 2: and its colon. */
  let featuresKey = 0;
  let inFeatures = false;
  let featuresSeen = false;
  const skeleton: Uint8Array[] = [];
  let element: Uint8Array[] = [];
  let elements = 0;

  function decode(bytes: Uint8Array): string | undefined {
    try {
      return decoder.decode(bytes);
    } catch {
      return undefined;
    }
  }

  /** One element of `features` (its bytes between the delimiters); false when the file must be read whole. */
  function takeElement(bytes: Uint8Array, closing: boolean): boolean {
    if (closing && elements === 0 && bytes.every(isSpace)) return true; // `[]`
    elements++;
    const text = decode(bytes);
    if (text === undefined) return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    if (!isClean(value, maxStringLength)) return false;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const geometry = (value as Record<string, unknown>).geometry;
      if (Object.hasOwn(value, 'geometry') && storable(geometry)) {
        const shell = storedFeatureShell(value as Record<string, unknown>, builder.add(geometry as PlanFeature['geometry']));
        shells.push(shell);
        features.push(shell);
        return true;
      }
    }
    features.push(value);
    return true;
  }

  function scan(buf: Uint8Array): void {
    const n = buf.length;
    let skeletonFrom = inFeatures ? -1 : 0;
    let elementFrom = inFeatures ? 0 : -1;
    for (let i = 0; i < n; i++) {
      const c = buf[i]!;
      if (inString) {
        // Inside a string only the closing quote matters (and what a backslash hides); depth-1 strings are keys or values.
        if (depth === 1) {
          if (escaped || c === BACKSLASH) {
            gaveUp = true; // an escaped top-level string could spell "features"
            return;
          }
          if (c === QUOTE) {
            inString = false;
            featuresKey = keyMatch === FEATURES.length ? 1 : 0;
          } else keyMatch = keyMatch >= 0 && keyMatch < FEATURES.length && c === FEATURES[keyMatch] ? keyMatch + 1 : -1;
          continue;
        }
        let k = i;
        while (k < n) {
          const d = buf[k]!;
          if (escaped) escaped = false;
          else if (d === BACKSLASH) escaped = true;
          else if (d === QUOTE) break;
          k++;
        }
        i = k;
        if (k < n) inString = false;
        continue;
      }
      if (depth > 2) {
        // Inside a feature (coordinates, nearly all the bytes): only strings and nesting matter until depth 2.
        // Locals, not the closure's variables, in this loop: it reads most bytes of a plan.
        let k = i;
        let d = depth;
        const limit = maxDepth;
        while (k < n) {
          const b = buf[k]!;
          if (b === QUOTE) break;
          if (b === 0x5b || b === 0x7b) {
            if (++d > limit) break;
          } else if ((b === 0x5d || b === 0x7d) && --d === 2) break;
          k++;
        }
        depth = d;
        if (d > limit) {
          gaveUp = true;
          return;
        }
        if (k === n) break;
        if (buf[k] === QUOTE) {
          inString = true;
          keyMatch = 0;
          featuresKey = 0;
        }
        i = k;
        continue;
      }
      if (isSpace(c)) continue;
      if (!started) {
        if (c !== 0x7b || maxDepth < 1) {
          gaveUp = true;
          return;
        }
        started = true;
        depth = 1;
        continue;
      }
      if (closed) {
        gaveUp = true;
        return;
      }
      if (c === QUOTE) {
        inString = true;
        keyMatch = 0;
        if (depth !== 1) featuresKey = 0;
        continue;
      }
      if (c === 0x5b || c === 0x7b) {
        if (depth === 1 && c === 0x5b && featuresKey === 2) {
          if (featuresSeen || maxDepth < 2) {
            gaveUp = true;
            return;
          }
          featuresSeen = true;
          inFeatures = true;
          skeleton.push(buf.slice(skeletonFrom, i + 1));
          skeletonFrom = -1;
          elementFrom = i + 1;
          featuresKey = 0;
          depth = 2;
          continue;
        }
        featuresKey = 0;
        if (++depth > maxDepth) {
          gaveUp = true;
          return;
        }
        continue;
      }
      if (inFeatures && depth === 2 && (c === 0x2c || c === 0x5d)) {
        element.push(buf.subarray(elementFrom, i));
        const bytes = concat(element);
        element = [];
        if (!takeElement(bytes, c === 0x5d)) {
          gaveUp = true;
          return;
        }
        if (c === 0x2c) elementFrom = i + 1;
        else {
          inFeatures = false;
          elementFrom = -1;
          skeletonFrom = i;
          depth = 1;
        }
        continue;
      }
      if (c === 0x5d || c === 0x7d) {
        if (inFeatures && depth === 2) {
          gaveUp = true; // `}` closing the features array
          return;
        }
        if (--depth === 0) closed = true;
        featuresKey = 0;
        continue;
      }
      if (depth === 1) featuresKey = c === 0x3a && featuresKey === 1 ? 2 : 0;
    }
    if (skeletonFrom >= 0) skeleton.push(buf.slice(skeletonFrom));
    if (elementFrom >= 0) element.push(buf.subarray(elementFrom));
  }

  function push(chunk: Uint8Array): void {
    if (gaveUp || chunk.length === 0) return;
    if (head !== null) {
      const bytes = concat([head, chunk]);
      if (bytes.length < 3) {
        head = bytes.slice();
        return;
      }
      head = null;
      bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      scan(bom ? bytes.subarray(3) : bytes);
      return;
    }
    scan(chunk);
  }

  /** Scans the bytes still held back for the BOM decision (a file of fewer than 3 bytes). */
  function flush(): void {
    if (head !== null && head.length > 0) {
      const bytes = head;
      head = null;
      scan(bytes);
    }
  }

  /** The skeleton (the document with `"features":[]`) parsed once every byte is pushed; undefined when it cannot be. */
  function skeletonDocument(): unknown {
    flush();
    if (gaveUp || !started || !closed || inString) return undefined;
    const text = decode(concat(skeleton));
    if (text === undefined) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return undefined;
    }
  }

  /** The document with its features in place and the store bound, or null: the file must be read whole. */
  function assemble(): Record<string, unknown> | null {
    const document = skeletonDocument();
    if (document === undefined || !isClean(document, maxStringLength)) return null;
    const doc = document as Record<string, unknown>;
    if (featuresSeen) {
      if (!Array.isArray(doc.features) || doc.features.length !== 0) return null;
      doc.features = features;
    }
    const store = builder.finish();
    for (const shell of shells) bindStoredFeature(shell, store);
    return doc;
  }

  return {
    push,
    topLevel() {
      const document = skeletonDocument();
      return featuresSeen && document !== null && typeof document === 'object' && !Array.isArray(document)
        ? (document as Record<string, unknown>)
        : undefined;
    },
    end() {
      const doc = assemble();
      return doc && validateDecodedPlan({ value: doc, findings: bom ? [finding('utf8-bom', '')] : [] }, fileName, options);
    },
    document: assemble,
  };
}
