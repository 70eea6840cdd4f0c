import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../engine/resolutions/checkPolicy.ts';
import type { Policy } from '../../../engine/resolutions/types.ts';

const policy = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'rules', 'policy-default.json'), 'utf8'),
) as Policy;
const pack = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as {
  rules: { id: string }[];
};
const ruleIds = new Set(pack.rules.map((r) => r.id));

describe('checkPolicy', () => {
  it('finds nothing wrong with the bundled default against the bundled rule pack', () => {
    expect(checkPolicy(policy, ruleIds)).toEqual({ errors: [], warnings: [] });
  });

  it('refuses a layer that appears in two tiers, naming the tier, the layer and where it already is', () => {
    const bad: Policy = { ...policy, tiers: policy.tiers.map((t, i) => (i === 1 ? { ...t, layers: [...t.layers, 'ZRBHD'] } : t)) };
    const { errors } = checkPolicy(bad, ruleIds);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('/tiers/1/layers/1');
    expect(errors[0]!.zh).toBe('第 2 个层次的 图层：ZRBHD 自然保护地 重复出现在第 1 个层次（每个图层至多属于一个层次）');
  });

  it('refuses a layer listed twice in the same tier', () => {
    const bad: Policy = { ...policy, tiers: policy.tiers.map((t, i) => (i === 2 ? { ...t, layers: ['YJJBNT', 'YJJBNT'] } : t)) };
    expect(checkPolicy(bad, ruleIds).errors.map((e) => e.zh)).toEqual([
      '第 3 个层次的 图层：YJJBNT 永久基本农田 重复出现在同一层次中（每个图层至多属于一个层次）',
    ]);
  });

  it('refuses tiers that are not numbered 1..n in order', () => {
    const bad: Policy = { ...policy, tiers: policy.tiers.map((t, i) => (i === 3 ? { ...t, tier: 7 } : t)) };
    const { errors } = checkPolicy(bad, ruleIds);
    expect(errors.map((e) => e.path)).toEqual(['/tiers/3/tier']);
    expect(errors[0]!.zh).toContain('应为 4');
    expect(errors[0]!.zh).toContain('实际为 7');
  });

  it('refuses a per-rule proposal repeated for the same rule and severity', () => {
    const bad: Policy = { ...policy, rules: [...policy.rules, { ruleId: 'R08', severity: 'major', action: 'defer', reasonZh: '再议' }] };
    const { errors } = checkPolicy(bad, ruleIds);
    expect(errors.map((e) => e.path)).toEqual([`/rules/${policy.rules.length}/ruleId`]);
    expect(errors[0]!.zh).toContain('R08（仅重要）');
  });

  it('accepts the same rule once with and once without a severity', () => {
    const ok: Policy = { ...policy, rules: [...policy.rules, { ruleId: 'R08', action: 'defer', reasonZh: '其余级别暂缓' }] };
    expect(checkPolicy(ok, ruleIds).errors).toEqual([]);
  });

  it('refuses a coverage layer listed twice', () => {
    const bad: Policy = { ...policy, coverage: [...policy.coverage, { layer: 'GHYDYH' }] };
    expect(checkPolicy(bad, ruleIds).errors.map((e) => e.zh)).toEqual([
      `一张图用地覆盖第 ${policy.coverage.length + 1} 项的 图层：GHYDYH 规划用地用海 重复出现在第 1 项`,
    ]);
  });

  it('refuses a full-coverage layer listed twice and a rule given two split uses', () => {
    const entry = policy.fullCoverage![0]!;
    const twice: Policy = { ...policy, fullCoverage: [entry, entry] };
    expect(checkPolicy(twice, ruleIds).errors.map((e) => e.zh)).toEqual([
      '全覆盖图层第 2 项的 图层：GHYDYH 规划用地用海 重复出现在第 1 项',
    ]);
    const uses: Policy = {
      ...policy,
      fullCoverage: [{ ...entry, splitUses: [...entry.splitUses, { ruleId: 'R08', code: '0103', nameZh: '旱地' }] }],
    };
    const errors = checkPolicy(uses, ruleIds).errors;
    expect(errors.map((e) => e.path)).toEqual([`/fullCoverage/0/splitUses/${entry.splitUses.length}/ruleId`]);
    expect(errors[0]!.en).toContain('rule R08 repeats use 1');
  });

  it('warns, without refusing, about a rule id the rule pack does not have', () => {
    const odd: Policy = { ...policy, rules: [...policy.rules, { ruleId: 'R99', action: 'defer', reasonZh: '未知规则' }] };
    const { errors, warnings } = checkPolicy(odd, ruleIds);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.zh)).toEqual([`第 ${policy.rules.length + 1} 条处置建议的 规则：R99 不在当前规则包中，这条建议不会用到`]);
  });

  it('does not warn about rule ids when the workspace has no rule pack', () => {
    const odd: Policy = { ...policy, rules: [{ ruleId: 'R99', action: 'defer', reasonZh: '未知规则' }] };
    expect(checkPolicy(odd, null).warnings).toEqual([]);
  });
});
