import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../renderer/services/blueprint/defaultPolicy.ts';
import { readPolicyFile } from '../../../../renderer/services/blueprint/readPolicyFile.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readPolicyFile', () => {
  it('reads a valid policy file', () => {
    const reading = readPolicyFile(bytes(JSON.stringify(DEFAULT_POLICY)), 'p.json', null);
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.policy).toEqual(DEFAULT_POLICY);
  });

  it('names the file when it is not JSON', () => {
    const reading = readPolicyFile(bytes('{ tiers: ['), '坏策略.json', null);
    expect(reading.ok).toBe(false);
    if (!reading.ok) {
      expect(reading.zh).toMatch(/^「坏策略\.json」不是有效的 JSON 文件/);
      expect(reading.zh).toContain('工作区未改变');
    }
  });

  it('names the file and the fields when it is JSON but not a policy', () => {
    const reading = readPolicyFile(bytes(JSON.stringify({ ...DEFAULT_POLICY, tiers: [] })), 'empty.json', null);
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.zh).toBe(
        '「empty.json」不是有效的优先级策略（schemas/policy.schema.json）：优先级层次：至少应有 1 项，工作区未改变。',
      );
  });

  it('passes the unknown-rule warnings on', () => {
    const reading = readPolicyFile(bytes(JSON.stringify(DEFAULT_POLICY)), 'p.json', new Set(['R08']));
    expect(reading.ok).toBe(true);
    // Every listed rule but R08 is unknown to that pack.
    if (reading.ok)
      expect(reading.warnings.map((w) => w.zh.split('：')[1])).toEqual(
        DEFAULT_POLICY.rules.filter((r) => r.ruleId !== 'R08').map((r) => `${r.ruleId} 不在当前规则包中，这条建议不会用到`),
      );
  });
});
