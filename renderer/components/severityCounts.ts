// Pure. severityCounts(conflicts, staleKeys, resolutionsByKey, asOfDate) → per severity, how many conflicts are
// still open and how many there are in all, "open" meaning not handled as engine/resolutions/conflictStatus
// defines it (isHandled) — the same definition the list, the panel and the export refusal use.
import { isHandled } from '../../engine/resolutions/index.ts';
import type { Resolution } from '../../engine/resolutions/index.ts';
import { SEVERITIES, type Conflict, type Severity } from '../../engine/rules/index.ts';
import { conflictStatusOf } from './conflictStatusOf.ts';

export interface SeverityCount {
  open: number;
  all: number;
}

export function severityCounts(conflicts: readonly Conflict[], staleKeys: ReadonlySet<string>, resolutionsByKey: ReadonlyMap<string, Resolution>, asOfDate?: string): Map<Severity, SeverityCount> {
  const counts = new Map<Severity, SeverityCount>(SEVERITIES.map((sev) => [sev, { open: 0, all: 0 }]));
  for (const c of conflicts) {
    const n = counts.get(c.severity)!;
    n.all += 1;
    if (!isHandled(conflictStatusOf(c, staleKeys, resolutionsByKey, asOfDate))) n.open += 1;
  }
  return counts;
}
