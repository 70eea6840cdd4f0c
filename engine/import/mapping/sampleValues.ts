// Pure. What the mapping step shows of each source column: sampleValues → the first few distinct values as
// decoded text (so mojibake is visible before anything is imported); distinctValues → every distinct value of
// a coded column (capped) for value mapping. Code-unit order, never locale collation (Node and the editor differ).
import type { PropertyValue } from '../../model/types.ts';
import type { SourceFeature } from '../types.ts';

const SHOWN_CHARS = 60;

function shown(v: PropertyValue): string | null {
  if (v === null) return null;
  const text = typeof v === 'string' ? v.trim() : String(v);
  if (text === '') return null;
  return text.length > SHOWN_CHARS ? `${text.slice(0, SHOWN_CHARS)}…` : text;
}

/** Up to `perColumn` distinct non-empty values of every column, in source order. */
export function sampleValues(features: readonly SourceFeature[], columns: readonly string[], perColumn = 5): Record<string, string[]> {
  const samples: Record<string, string[]> = {};
  for (const column of columns) {
    const seen: string[] = [];
    for (const f of features) {
      if (!Object.hasOwn(f.properties, column)) continue;
      const text = shown(f.properties[column] ?? null);
      if (text !== null && !seen.includes(text)) seen.push(text);
      if (seen.length >= perColumn) break;
    }
    Object.defineProperty(samples, column, { value: seen, enumerable: true, writable: true, configurable: true });
  }
  return samples;
}

/** The distinct non-empty values of one column as text (the key a value mapping uses), sorted, at most `max`. */
export function distinctValues(features: readonly SourceFeature[], column: string, max = 50): string[] {
  const seen = new Set<string>();
  for (const f of features) {
    if (!Object.hasOwn(f.properties, column)) continue;
    const v = f.properties[column] ?? null;
    if (v === null) continue;
    const text = valueKey(v);
    if (text !== '') seen.add(text);
    if (seen.size >= max) break;
  }
  return [...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The text a value mapping is keyed by: trimmed text, numbers as written by String(). */
export function valueKey(v: PropertyValue): string {
  return typeof v === 'string' ? v.trim() : String(v);
}
