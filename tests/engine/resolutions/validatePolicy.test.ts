import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../../../engine/resolutions/types.ts';
import { describePolicyPath, validatePolicy } from '../../../engine/resolutions/validatePolicy.ts';

const policy = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'seeds', 'rules', 'policy-default.json'), 'utf8'),
) as Policy;
const ruleIds = new Set(['R04', 'R07', 'R08', 'R14', 'R19', 'R20', 'R21', 'R25', 'R26']);

describe('validatePolicy', () => {
  it('returns the policy when schema and semantics hold', () => {
    const v = validatePolicy(policy, ruleIds);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.policy).toBe(policy);
  });

  it('accepts a policy written before the English fields (titleEn, nameEn, basisEn, reasonEn are optional)', () => {
    const older = {
      ...policy,
      tiers: policy.tiers.map(({ nameEn: _n, basisEn: _b, ...t }) => t),
      rules: policy.rules.map(({ reasonEn: _r, ...r }) => r),
    };
    delete older.titleEn;
    delete older.descriptionEn;
    expect(validatePolicy(older, ruleIds).ok).toBe(true);
    expect(policy.tiers.every((t) => t.nameEn && t.basisEn) && policy.rules.every((r) => r.reasonEn)).toBe(true);
  });

  it('names an empty English reason in both languages', () => {
    const bad = { ...policy, rules: policy.rules.map((r, i) => (i === 0 ? { ...r, reasonEn: '' } : r)) };
    const v = validatePolicy(bad, ruleIds);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]).toMatchObject({ path: '/rules/0/reasonEn', zh: '第 1 条处置建议的 英文理由：不能为空' });
    if (!v.ok) expect(v.errors[0]!.en).toMatch(/English reason: must not be empty$/);
  });

  it('names the field of a schema error in Chinese: an action that is not a resolution kind', () => {
    const bad = { ...policy, rules: policy.rules.map((r, i) => (i === 2 ? { ...r, action: 'ignore' } : r)) };
    const v = validatePolicy(bad, ruleIds);
    expect(v.ok).toBe(false);
    if (!v.ok)
      expect(v.errors.map((e) => e.zh)).toContain(
        '第 3 条处置建议的 处置方式：应为 主体让步（subjectYields）、客体让步（objectYields）、修改属性（changeAttribute）、例外（批准文件）（exception）、暂缓（defer） 之一',
      );
  });

  it('names a missing required field and an empty tier', () => {
    const { title: _title, ...noTitle } = policy;
    const bad = { ...noTitle, tiers: [...policy.tiers, { tier: 6, nameZh: '新层次', layers: [], basis: '' }] };
    const v = validatePolicy(bad, ruleIds);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      const messages = v.errors.map((e) => e.zh);
      expect(messages).toContain('名称：缺少该字段');
      expect(messages).toContain('第 6 个层次的 图层：至少应有 1 项');
    }
  });

  it('refuses what is not an object at all', () => {
    const v = validatePolicy([1, 2], ruleIds);
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors[0]!.zh).toBe('策略：类型应为 object');
  });

  it('refuses a schema-valid policy that puts one layer in two tiers, and keeps warnings apart', () => {
    const bad: Policy = {
      ...policy,
      tiers: policy.tiers.map((t, i) => (i === 1 ? { ...t, layers: [...t.layers, 'YJJBNT'] } : t)),
      rules: [...policy.rules, { ruleId: 'R77', action: 'defer', reasonZh: '未知' }],
    };
    const v = validatePolicy(bad, ruleIds);
    expect(v.ok).toBe(false);
    if (!v.ok) {
      expect(v.errors.map((e) => e.zh)).toEqual([
        '第 3 个层次的 图层：YJJBNT 永久基本农田 重复出现在第 2 个层次（每个图层至多属于一个层次）',
      ]);
      expect(v.warnings.map((w) => w.path)).toEqual([`/rules/${policy.rules.length}/ruleId`]);
    }
  });

  it('accepts an unknown rule id with a warning', () => {
    const v = validatePolicy({ ...policy, rules: [{ ruleId: 'R77', action: 'defer', reasonZh: '未知' }] }, ruleIds);
    expect(v.ok).toBe(true);
    expect(v.warnings).toHaveLength(1);
  });
});

describe('describePolicyPath', () => {
  it('words pointers into tiers, rules and coverage', () => {
    expect(describePolicyPath('/tiers/1/layers/0').zh).toBe('第 2 个层次的 图层（第 1 项）');
    expect(describePolicyPath('/rules/0/reasonZh').zh).toBe('第 1 条处置建议的 理由');
    expect(describePolicyPath('/coverage/2/layer').zh).toBe('一张图用地覆盖第 3 项的 图层');
    expect(describePolicyPath('/id').zh).toBe('策略标识');
    expect(describePolicyPath('').zh).toBe('策略');
  });
});
