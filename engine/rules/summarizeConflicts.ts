// Pure. Takes sorted conflicts, returns the summary per rule and severity: count and total area in 公顷
// (4 decimals), in rule order then severity order (blocker first).
import { m2ToHectares } from '../geometry/areaUnits.ts';
import { naturalRuleKey } from './sortConflicts.ts';
import { SEVERITIES, type Conflict, type RuleSummary } from './types.ts';

export function summarizeConflicts(conflicts: readonly Conflict[]): RuleSummary[] {
  const groups = new Map<string, { ruleId: string; severity: Conflict['severity']; count: number; areaM2: number }>();
  let last: { ruleId: string; severity: Conflict['severity']; count: number; areaM2: number } | undefined;
  for (const c of conflicts) {
    // Runs of one rule and severity are the common case: no key to build for them.
    let g = last !== undefined && last.ruleId === c.ruleId && last.severity === c.severity ? last : undefined;
    if (!g) {
      const k = `${c.ruleId}|${c.severity}`;
      g = groups.get(k);
      if (!g) groups.set(k, (g = { ruleId: c.ruleId, severity: c.severity, count: 0, areaM2: 0 }));
      last = g;
    }
    g.count++;
    g.areaM2 += c.measure.areaM2 ?? 0;
  }
  return [...groups.values()]
    .sort(
      (a, b) =>
        (naturalRuleKey(a.ruleId) < naturalRuleKey(b.ruleId) ? -1 : naturalRuleKey(a.ruleId) > naturalRuleKey(b.ruleId) ? 1 : 0) ||
        SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity),
    )
    .map((g) => ({ ruleId: g.ruleId, severity: g.severity, count: g.count, areaHa: m2ToHectares(g.areaM2) }));
}
