import { describe, expect, it } from 'vitest';
import { checkPolicy } from '../../../../engine/resolutions/checkPolicy.ts';
import { DEFAULT_POLICY } from '../../../../renderer/services/blueprint/defaultPolicy.ts';
import { editPolicy, PolicyEditError } from '../../../../renderer/services/blueprint/editPolicy.ts';

const policy = DEFAULT_POLICY;
const frozen = JSON.stringify(policy);
const tierLayers = (p: typeof policy) => p.tiers.map((t) => [t.tier, ...t.layers]);

describe('editPolicy', () => {
  it('renames the policy and gives it another id', () => {
    const next = editPolicy(policy, { kind: 'setMeta', id: 'jiyuan-2026', title: '2026 修订' });
    expect([next.id, next.title, next.tiers]).toEqual(['jiyuan-2026', '2026 修订', policy.tiers]);
    expect(editPolicy(policy, { kind: 'setMeta', title: 'x' }).id).toBe(policy.id);
    // The English title no longer names a renamed policy; another id keeps it.
    expect(policy.titleEn).toBeDefined();
    expect(editPolicy(policy, { kind: 'setMeta', title: 'x' }).titleEn).toBeUndefined();
    expect(editPolicy(policy, { kind: 'setMeta', id: 'jiyuan-2026' }).titleEn).toBe(policy.titleEn);
  });

  it('moves a layer to another tier, out of the one it was in', () => {
    const next = editPolicy(policy, { kind: 'moveLayer', layer: 'YJJBNT', toTier: 1 });
    expect(next.tiers[1]!.layers).toEqual(['STBHHX', 'YJJBNT']);
    expect(next.tiers[2]!.layers).toEqual([]);
    expect(JSON.stringify(policy)).toBe(frozen);
  });

  it('refuses to move a layer to a tier that does not exist', () => {
    expect(() => editPolicy(policy, { kind: 'moveLayer', layer: 'YJJBNT', toTier: 9 })).toThrow(PolicyEditError);
  });

  it('moves a tier up and renumbers the tiers 1..n', () => {
    const next = editPolicy(policy, { kind: 'moveTier', index: 2, by: -1 });
    expect(tierLayers(next).slice(0, 3)).toEqual([
      [1, 'ZRBHD', 'YYSY'],
      [2, 'YJJBNT'],
      [3, 'STBHHX'],
    ]);
    expect(checkPolicy(next, null).errors).toEqual([]);
  });

  it('refuses to move the first tier up or the last one down', () => {
    expect(() => editPolicy(policy, { kind: 'moveTier', index: 0, by: -1 })).toThrow('已在最前');
    expect(() => editPolicy(policy, { kind: 'moveTier', index: policy.tiers.length - 1, by: 1 })).toThrow('已在最后');
  });

  it('adds an empty tier at the end and removes it again', () => {
    const added = editPolicy(policy, { kind: 'addTier', nameZh: '新层次' });
    expect(added.tiers.at(-1)).toEqual({ tier: policy.tiers.length + 1, nameZh: '新层次', layers: [], basis: '' });
    expect(editPolicy(added, { kind: 'removeTier', index: policy.tiers.length })).toEqual(policy);
  });

  it('refuses to remove a tier that still has layers, in Chinese and English', () => {
    expect(() => editPolicy(policy, { kind: 'removeTier', index: 0 })).toThrow('还有图层');
    try {
      editPolicy(policy, { kind: 'removeTier', index: 0 });
    } catch (error) {
      expect((error as PolicyEditError).en).toBe('tier 1 still has layers (ZRBHD, YYSY); move them to another tier first');
    }
  });

  it('removing an emptied middle tier renumbers the rest', () => {
    const emptied = editPolicy(policy, { kind: 'moveLayer', layer: 'STBHHX', toTier: 0 });
    const next = editPolicy(emptied, { kind: 'removeTier', index: 1 });
    expect(next.tiers.map((t) => t.tier)).toEqual([1, 2, 3, 4]);
    expect(next.tiers[0]!.layers).toEqual(['ZRBHD', 'YYSY', 'STBHHX']);
  });

  it('edits a tier name and basis', () => {
    const next = editPolicy(policy, { kind: 'setTier', index: 4, nameZh: '专项规划', basis: '依据' });
    expect(next.tiers[4]).toMatchObject({ nameZh: '专项规划', basis: '依据', tier: 5 });
  });

  it('drops the English of an edited Chinese name, basis or reason (it no longer says the same), keeps the rest', () => {
    expect(policy.tiers[4]!.nameEn).toBeDefined();
    const renamed = editPolicy(policy, { kind: 'setTier', index: 4, nameZh: '专项规划' });
    expect(renamed.tiers[4]!.nameEn).toBeUndefined();
    expect(renamed.tiers[4]!.basisEn).toBe(policy.tiers[4]!.basisEn);
    const rebased = editPolicy(policy, { kind: 'setTier', index: 4, basis: '依据' });
    expect([rebased.tiers[4]!.nameEn, rebased.tiers[4]!.basisEn]).toEqual([policy.tiers[4]!.nameEn, undefined]);
    const r14 = policy.rules.findIndex((r) => r.ruleId === 'R14');
    const reworded = editPolicy(policy, { kind: 'setRule', index: r14, rule: { ...policy.rules[r14]!, reasonZh: '改为总体规划用途' } });
    expect(reworded.rules[r14]!.reasonEn).toBeUndefined();
    const recoded = editPolicy(policy, { kind: 'setRule', index: r14, rule: { ...policy.rules[r14]!, action: 'defer' } });
    expect(recoded.rules[r14]!.reasonEn).toBe(policy.rules[r14]!.reasonEn);
    expect(JSON.stringify(policy)).toBe(frozen);
  });

  it('edits, adds and removes per-rule proposals', () => {
    const r08 = policy.rules.findIndex((r) => r.ruleId === 'R08');
    const edited = editPolicy(policy, { kind: 'setRule', index: r08, rule: { ruleId: 'R08', action: 'defer', reasonZh: '暂缓' } });
    expect(edited.rules[r08]).toEqual({ ruleId: 'R08', action: 'defer', reasonZh: '暂缓' });
    const added = editPolicy(edited, { kind: 'addRule', rule: { ruleId: 'R03', action: 'objectYields', reasonZh: '客体让步' } });
    expect(added.rules.at(-1)!.ruleId).toBe('R03');
    const removed = editPolicy(added, { kind: 'removeRule', index: r08 });
    expect(removed.rules.map((r) => r.ruleId)).not.toContain('R08');
    expect(() => editPolicy(policy, { kind: 'removeRule', index: 40 })).toThrow('没有第 41 个处置建议');
  });

  it('moves a coverage layer down, and refuses to move the last one further', () => {
    const next = editPolicy(policy, { kind: 'moveCoverage', index: 0, by: 1 });
    expect(next.coverage.map((c) => c.layer)).toEqual(['GYXM', 'GHYDYH', 'JTSS', 'CYYQ']);
    expect(() => editPolicy(policy, { kind: 'moveCoverage', index: 3, by: 1 })).toThrow(PolicyEditError);
  });
});
