// Pure (geometry through the port). Takes unknown JSON, loads it as a rule pack and runs every rule's
// inline test cases on that rule alone (test plans are validated, so quality rules see their findings);
// returns the load errors or one result per test case.
import type { GeometryPort } from '../geometry/port.ts';
import { loadRulePack, type PackError } from './loadRulePack.ts';
import { qualityFindingsOf } from './qualityFindingsOf.ts';
import { runRules } from './runRules.ts';
import { testPlansOf } from './testPlansOf.ts';
import type { Conflict, RulePack, RuleTestCase } from './types.ts';

export interface RuleTestResult {
  ruleId: string;
  name: string;
  passed: boolean;
  /** Chinese explanation of a failure (expected vs found). */
  problem?: string;
}

export interface LintResult {
  ok: boolean;
  errors: PackError[];
  tests: RuleTestResult[];
  /** Rules without any inline test case. */
  untested: string[];
}

export async function lintRulePack(data: unknown, port: GeometryPort): Promise<LintResult> {
  const load = loadRulePack(data);
  if (!load.ok) return { ok: false, errors: load.errors, tests: [], untested: [] };
  const tests: RuleTestResult[] = [];
  const untested: string[] = [];
  for (const rule of load.pack.rules) {
    if (!rule.tests || rule.tests.length === 0) untested.push(rule.id);
    for (const t of rule.tests ?? []) {
      const pack: RulePack = { ...load.pack, rules: [rule] };
      const plans = testPlansOf(t.features, t.sourceCrs);
      const input = { plans, pack, qualityFindings: qualityFindingsOf(plans), ...(t.targets ? { targets: t.targets } : {}) };
      const run = await runRules(input, port);
      tests.push({ ruleId: rule.id, name: t.name, ...judge(t, run.report.conflicts) });
    }
  }
  return { ok: tests.every((t) => t.passed), errors: [], tests, untested };
}

function judge(t: RuleTestCase, conflicts: readonly Conflict[]): { passed: boolean; problem?: string } {
  const e = t.expect;
  if (conflicts.length !== e.count) return { passed: false, problem: `应有 ${e.count} 处冲突，实际 ${conflicts.length} 处` };
  for (const c of conflicts) {
    if (e.severity !== undefined && c.severity !== e.severity) {
      return { passed: false, problem: `严重程度应为 ${e.severity}，实际为 ${c.severity}（${c.key}）` };
    }
    const a = c.measure.areaM2 ?? 0;
    if (e.minAreaM2 !== undefined && a < e.minAreaM2) return { passed: false, problem: `面积应 ≥ ${e.minAreaM2} m²，实际 ${a} m²` };
    if (e.maxAreaM2 !== undefined && a > e.maxAreaM2) return { passed: false, problem: `面积应 ≤ ${e.maxAreaM2} m²，实际 ${a} m²` };
  }
  return { passed: true };
}
