// The English legal basis of the default rule pack: every rule's Chinese legal basis has one, in English only,
// naming the same articles and document numbers; the pack itself (and so the package's bytes) stays Chinese.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { legalBasisEn } from '../../../renderer/i18n/legalBasisEn.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const pack = JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as {
  rules: { id: string; legalBasis: string; legalBasisEn?: string }[];
};

describe('legalBasisEn', () => {
  it('translates the legal basis of every default rule, without Chinese, keeping its numbers', () => {
    for (const rule of pack.rules) {
      const en = legalBasisEn(rule.legalBasis);
      expect(en, rule.id).toBeDefined();
      expect(en, rule.id).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
      // Years, document and article numbers, distances: the Arabic numbers of the original survive.
      for (const n of rule.legalBasis.match(/\d+(\.\d+)?/g) ?? [])
        expect(en, `${rule.id} ${n}`).toContain(n.replace(/^58\.11$/, '581,100'));
    }
    expect(legalBasisEn(pack.rules.find((r) => r.id === 'R08')!.legalBasis)).toBe(
      'Land Administration Law of the People’s Republic of China, Article 35; Regulations on the Protection of Basic Farmland, Articles 15 and 17',
    );
  });

  it('knows no text it was not given, and the rule pack carries no English legal basis (the package bytes stay)', () => {
    expect(legalBasisEn('《某市自定规则》第一条')).toBeUndefined();
    expect(pack.rules.every((r) => r.legalBasisEn === undefined)).toBe(true);
  });
});
