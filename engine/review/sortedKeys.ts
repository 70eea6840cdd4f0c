// Pure. sortedKeys(value) → a copy of a JSON value with every object's keys in code-point order and undefined
// members dropped, so that files built from objects made anywhere (a store, a file read back) have the same bytes.

export function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sortedKeys(v);
  }
  return out;
}
