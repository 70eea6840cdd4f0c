import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRulePack } from '../../../engine/rules/index.ts';

const root = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(root, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8'));

describe('loadRulePack', () => {
  it('loads the default Jiyuan pack with every rule of product.md §6', () => {
    const r = loadRulePack(pack);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pack.rules.map((x) => x.id)).toEqual([
      'R01',
      'R02',
      'R03',
      'R04',
      'R05',
      'R06',
      'R07',
      'R08',
      'R09',
      'R10',
      'R11',
      'R14',
      'R15',
      'R16',
      'R17',
      'R18',
      'R19',
      'R20',
      'R21',
      'R24',
      'R25',
      'R26',
      'R27',
      'R28',
      'R29',
      'R30',
    ]);
    for (const rule of r.pack.rules) {
      expect(rule.legalBasis.length).toBeGreaterThan(5);
      expect(rule.message).toMatch(/[\u4e00-\u9fff]|\{detail\}/);
    }
  });

  it('names the rule and the missing field in Chinese', () => {
    const broken = structuredClone(pack);
    delete broken.rules[7].relation;
    const r = loadRulePack(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.zh.includes('规则 R08') && e.zh.includes('缺少必填字段 relation'))).toBe(true);
  });

  it('rejects a relation parameter of the wrong kind and an unknown relation type', () => {
    const broken = structuredClone(pack);
    broken.rules[0].relation = { type: 'overlaps', minLengthM: 3 };
    broken.rules[1].relation = { type: 'touches' };
    const r = loadRulePack(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.some((e) => e.zh.includes('规则 R01') && e.zh.includes('minLengthM'))).toBe(true);
    expect(r.errors.some((e) => e.zh.includes('规则 R02') && e.path.startsWith('/rules/1/relation'))).toBe(true);
  });

  it('rejects duplicate rule ids, a pairwise relation without an object and unknown placeholders', () => {
    const broken = structuredClone(pack);
    broken.rules[1].id = 'R01';
    delete broken.rules[2].object;
    broken.rules[3].message = '{subject.name} 占用 {areaAcres}';
    const r = loadRulePack(broken);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const zh = r.errors.map((e) => e.zh).join('\n');
    expect(zh).toContain('规则编号重复');
    expect(zh).toContain('需要客体选择器 object');
    expect(zh).toContain('{areaAcres}');
  });

  it('rejects what is not a pack at all', () => {
    for (const value of [null, [], 'R01', { id: 'x' }]) expect(loadRulePack(value).ok).toBe(false);
  });
});
