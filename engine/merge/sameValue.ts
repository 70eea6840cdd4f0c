// Pure. sameValue(a, b) → structural equality of JSON values (attribute values, geometries, features);
// object key order does not matter, array order does.
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return false;
    // at(), not a[i]: an indexed load that sees arrays of numbers and arrays of arrays (a geometry's nesting) makes V8's
    // optimizer box the numbers of every array of numbers it reads after.
    for (let i = 0; i < a.length; i++) if (!sameValue(a.at(i), bb.at(i))) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) {
    if (!Object.prototype.hasOwnProperty.call(b, k)) return false;
    if (!sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}
