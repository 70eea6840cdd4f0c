// Pure. Deep equality of plain JSON data (properties, geometries, records) whatever the key order of its
// objects, and the first property whose value differs (named in a refusal).
import type { Properties } from '../model/types.ts';

export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    // at(), not a[i]: an indexed load that sees arrays of numbers and arrays of arrays (a geometry's nesting) makes V8's
    // optimizer box the numbers of every array of numbers it reads after.
    for (let i = 0; i < a.length; i++) if (!sameData(a.at(i), bb.at(i))) return false;
    return true;
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = Object.keys(ao).filter((k) => ao[k] !== undefined);
  if (keys.length !== Object.keys(bo).filter((k) => bo[k] !== undefined).length) return false;
  for (const k of keys) if (!Object.prototype.hasOwnProperty.call(bo, k) || !sameData(ao[k], bo[k])) return false;
  return true;
}

/** The first field (in code-unit order) whose value differs between two property sets, or null. */
export function firstDifferentField(a: Properties, b: Properties): string | null {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  return keys.find((k) => !sameData(a[k], b[k])) ?? null;
}
