// Pure. The order and identity of resolution records: those that change data carry a maintenance-log number
// and come first in log order; 暂缓 and 例外 without edits carry none and follow by decision time, then key.
import type { Resolution } from './types.ts';

/** The log number when there is one, else decision time and conflict key (unique: one record per key). */
export function resolutionId(r: Pick<Resolution, 'logNumber' | 'decidedAt' | 'conflictKey'>): string {
  return r.logNumber ?? `${r.decidedAt}|${r.conflictKey}`;
}

export function compareResolutions(
  a: Pick<Resolution, 'logNumber' | 'decidedAt' | 'conflictKey'>,
  b: Pick<Resolution, 'logNumber' | 'decidedAt' | 'conflictKey'>,
): number {
  if (a.logNumber !== undefined && b.logNumber === undefined) return -1;
  if (a.logNumber === undefined && b.logNumber !== undefined) return 1;
  const x = resolutionId(a);
  const y = resolutionId(b);
  if (x !== y) return x < y ? -1 : 1;
  return a.conflictKey < b.conflictKey ? -1 : a.conflictKey > b.conflictKey ? 1 : 0;
}

/** True when the record changes data and so belongs in the national maintenance log. */
export function changesData(r: Pick<Resolution, 'edits'>): boolean {
  return r.edits.length > 0;
}
