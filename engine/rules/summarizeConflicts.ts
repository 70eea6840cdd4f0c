// Pure. Takes sorted conflicts, returns the summary per rule and severity: count and total area in 公顷
// (4 decimals), in rule order then severity order (blocker first).
import { m2ToHectares } from '../geometry/areaUnits.ts';
import { naturalRuleKey } from './sortConflicts.ts';
import { SEVERITIES, type Conflict, type RuleSummary } from './types.ts';


export function summarizeConflicts(conflicts: readonly Conflict[]): RuleSummary[] {
  const groups = new Map<string, { ruleId: string; severity: Conflict['severity']; count: number; areaM2: number }>();
  for (const c of conflicts) {
    const k = `${c.ruleId}|${c.severity}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { ruleId: c.ruleId, severity: c.severity, count: 0, areaM2: 0 }));
    g.count++;
    g.areaM2 += c.measure.areaM2 ?? 0;
  }
  return [...groups.values()]
    .sort((a, b) => (naturalRuleKey(a.ruleId) < naturalRuleKey(b.ruleId) ? -1 : naturalRuleKey(a.ruleId) > naturalRuleKey(b.ruleId) ? 1 : 0) || SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity))
    .map((g) => ({ ruleId: g.ruleId, severity: g.severity, count: g.count, areaHa: m2ToHectares(g.areaM2) }));
}
