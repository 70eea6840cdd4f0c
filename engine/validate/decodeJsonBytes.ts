// Pure. decodeJsonBytes(bytes) → { value?, findings }: strict UTF-8 (a BOM is dropped with a warning), JSON.parse
// (iterative in V8: any nesting parses), then one walk that measures the nesting (too deep: no value, so no later
// recursion can overflow the stack) and rejects non-finite numbers (1e400), over-long strings and prototype-polluting
// keys. Any fatal → no value.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { finding, pointerSegment } from './finding.ts';
import { jsonErrorOffset } from './jsonErrorOffset.ts';
import type { Finding } from './types.ts';

export const DEFAULT_MAX_DEPTH = 64;
export const DEFAULT_MAX_STRING_LENGTH = 65_536;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface DecodeLimits {
  maxDepth?: number;
  maxStringLength?: number;
}

export function decodeJsonBytes(bytes: Uint8Array, limits: DecodeLimits = {}): { value?: unknown; findings: Finding[] } {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxStringLength = limits.maxStringLength ?? DEFAULT_MAX_STRING_LENGTH;
  const findings: Finding[] = [];
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    findings.push(finding('utf8-bom', ''));
    start = 3;
  }
  const body = bytes.subarray(start);
  if (isBlank(body)) return { findings: [...findings, finding('empty-file', '')] };

  let text: string;
  try {
    text = createTextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return { findings: [...findings, decodeFailure(body, start)] };
  }

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Too deep before invalid: a nesting bomb is named as one even when it is also cut short.
    const depth = maxNesting(body);
    if (depth > maxDepth) return { findings: [...findings, finding('too-deep', '', { expected: maxDepth, found: depth })] };
    return { findings: [...findings, parseFailure(text)] };
  }

  // The fast pass builds no paths (a 300k-feature plan holds millions of numbers); only when it finds something does
  // the slow pass walk again to name the places. Too deep comes first, as it is the one finding a later walk could not survive.
  const depth = cleanDepth(value, maxStringLength);
  const nesting = depth >= 0 ? depth : maxNesting(body); // the walk stopped early: count over the bytes
  if (nesting > maxDepth) return { findings: [...findings, finding('too-deep', '', { expected: maxDepth, found: nesting })] };
  if (depth < 0) {
    const walkFindings: Finding[] = [];
    walkWithPaths(value, '', maxStringLength, walkFindings);
    return { findings: [...findings, ...walkFindings] };
  }
  return { value, findings };
}

/**
 * Why strict decoding failed: a byte that breaks UTF-8, or, when every byte is valid, a text longer than the
 * longest string the JavaScript engine can hold (2^29 − 24 characters in V8: a plan file of about 540 MB).
 */
export function decodeFailure(body: Uint8Array, start = 0): Finding {
  const offset = firstInvalidUtf8(body);
  if (offset === body.length) return finding('file-too-large', '', { found: body.length + start });
  return finding('not-utf8', '', { detail: { offset: offset + start } });
}

function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09) return false;
  return true;
}

/** Byte offset of the first byte that breaks UTF-8 (only called once decoding has failed). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need + 1;
  }
  return i;
}

/** What maxNesting does with a byte: 0 nothing, 1 open, 2 close, 3 a string starts. */
const NESTING_BYTE = new Uint8Array(256);
NESTING_BYTE[0x5b] = NESTING_BYTE[0x7b] = 1;
NESTING_BYTE[0x5d] = NESTING_BYTE[0x7d] = 2;
NESTING_BYTE[0x22] = 3;

/**
 * Deepest [ / { nesting outside strings, for a text JSON.parse refused or a value the walk stopped in; linear, no
 * recursion. Scans the UTF-8 bytes, not the decoded text: a multi-byte character has no byte below 0x80, so the ASCII
 * brackets, quotes and backslashes are the same, and a byte array is read about twice as fast as a two-byte string
 * (any Chinese text makes the whole string so).
 * A table tells the bytes that matter (most are digits): half the time of comparing each byte four times.
 */
function maxNesting(bytes: Uint8Array): number {
  let depth = 0;
  let max = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const kind = NESTING_BYTE[bytes[i]!]!;
    if (kind === 0) continue;
    if (kind === 3) {
      // To the closing quote, skipping each escaped character.
      for (i++; i < n; i++) {
        const c = bytes[i]!;
        if (c === 0x22) break;
        if (c === 0x5c) i++;
      }
    } else if (kind === 1) {
      if (++depth > max) max = depth;
    } else depth--;
  }
  return max;
}

function parseFailure(text: string): Finding {
  const offset = jsonErrorOffset(text);
  if (offset >= text.trimEnd().length) return finding('truncated-json', '');
  const at = offset < 0 ? text.length : offset;
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  const column = at - before.lastIndexOf('\n');
  return finding('invalid-json', '', { detail: { line, column } });
}

function where(path: string): string {
  return path === '' ? '文档顶层 / top level' : path;
}

/** Values still to visit, with the nesting of the container each sits in: reused, so a walk allocates nothing. */
const pending: unknown[] = [];
let pendingDepth = new Int32Array(1024);
let top = 0;

/**
 * The deepest [ / { nesting of `value` (0 for a scalar, 1 for `[]`) when it holds no non-finite number, over-long
 * string or key, nor prototype-polluting key; −1 when it holds one (the walk stops there). Iterative: the pending
 * values live on the heap, never the call stack. A position (an array of numbers only) is checked where it is met.
 */
export function cleanDepth(value: unknown, maxStringLength: number): number {
  top = 0;
  let max = 0;
  let clean = true;
  push(value, 0);
  // The loop stays this small so that V8 optimizes it once, early; the work is in visit, called for every value.
  while (top > 0 && clean) {
    top--;
    const depth = visit(pending[top], pendingDepth[top]!, maxStringLength);
    if (depth < 0) clean = false;
    else if (depth > max) max = depth;
  }
  pending.length = 0; // nothing of the document stays reachable from the module after the walk
  return clean ? max : -1;
}

/** Checks one value and pushes what it holds; returns the deepest nesting it reached, or −1 when it is not clean. */
function visit(v: unknown, depth: number, maxStringLength: number): number {
  if (typeof v === 'number') return v - v === 0 ? depth : -1; // Infinity and NaN
  if (typeof v === 'string') return v.length > maxStringLength ? -1 : depth;
  if (v === null || typeof v !== 'object') return depth;
  const inside = depth + 1;
  let max = inside;
  if (Array.isArray(v)) {
    // v.at(i), not v[i]: one indexed load seeing arrays of numbers and arrays of arrays makes V8's optimizer turn every
    // array of numbers it meets into an array of boxed numbers (the positions of a 300k plan: +165 MB, kept, and slower
    // to read for every check after). `at` reads each kind without changing it (Node 20 and Chromium 150), and unlike
    // for…of it allocates no iterator result while the walk runs unoptimised.
    for (let i = 0; i < v.length; i++) {
      const item: unknown = v.at(i);
      if (typeof item === 'number') {
        if (item - item !== 0) return -1;
      } else if (isFinitePosition(item)) max = inside + 1;
      else push(item, inside);
    }
  } else {
    for (const key in v) {
      if (FORBIDDEN_KEYS.has(key) || key.length > maxStringLength) return -1;
      push((v as Record<string, unknown>)[key], inside);
    }
  }
  return max;
}

function push(v: unknown, depth: number): void {
  if (top === pendingDepth.length) {
    const grown = new Int32Array(2 * top);
    grown.set(pendingDepth);
    pendingDepth = grown;
  }
  pending[top] = v;
  pendingDepth[top++] = depth;
}

/** True for an array of finite numbers only (a position): checked where it is met instead of pushed. */
function isFinitePosition(item: unknown): boolean {
  if (!Array.isArray(item)) return false;
  for (let i = 0; i < item.length; i++) {
    const n: unknown = item.at(i);
    if (typeof n !== 'number' || n - n !== 0) return false;
  }
  return true;
}

/** True when `value` holds no non-finite number, over-long string or key, nor prototype-polluting key. */
export function isClean(value: unknown, maxStringLength: number): boolean {
  return cleanDepth(value, maxStringLength) >= 0;
}

function walkWithPaths(value: unknown, path: string, maxStringLength: number, out: Finding[]): void {
  // Iterative, so nesting is bounded by the pre-scan and no stack is consumed; stops after a few findings.
  const stack: [unknown, string][] = [[value, path]];
  while (stack.length > 0 && out.length < 20) {
    const [v, p] = stack.pop()!;
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) out.push(finding('number-out-of-range', p, { detail: { where: where(p) } }));
    } else if (typeof v === 'string') {
      if (v.length > maxStringLength) {
        out.push(finding('string-too-long', p, { expected: maxStringLength, found: v.length, detail: { where: where(p) } }));
      }
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push([v[i], `${p}/${i}`]);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (FORBIDDEN_KEYS.has(key)) {
          out.push(finding('forbidden-key', p, { found: key, detail: { where: where(p) } }));
          continue;
        }
        if (key.length > maxStringLength) {
          out.push(finding('string-too-long', p, { expected: maxStringLength, found: key.length, detail: { where: where(p) } }));
          continue;
        }
        stack.push([(v as Record<string, unknown>)[key], `${p}/${pointerSegment(key)}`]);
      }
    }
  }
}
