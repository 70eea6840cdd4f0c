import { describe, expect, it } from 'vitest';
import codeTable from '../../../schemas/codes/ydyh-2023.json' with { type: 'json' };
import { GRADE_SYMBOLS, UNKNOWN_GRADE_SYMBOL } from '../../../engine/model/index.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('English names in the data files', () => {
  it('gives every 用地用海 class an English name with no Chinese in it, distinct within its parent', () => {
    const byParent = new Map<string, Set<string>>();
    for (const c of codeTable.codes) {
      expect(c.nameEn, c.code).toMatch(/^[A-Z]/);
      expect(CJK.test(c.nameEn), c.code).toBe(false);
      const siblings = byParent.get(String(c.parent)) ?? new Set<string>();
      expect(siblings.has(c.nameEn), `${c.code} ${c.nameEn}`).toBe(false);
      siblings.add(c.nameEn);
      byParent.set(String(c.parent), siblings);
    }
  });

  it('gives every road and railway grade an English name', () => {
    for (const [grade, symbol] of Object.entries(GRADE_SYMBOLS)) expect(symbol.nameEn, grade).toMatch(/^[A-Z][a-z-]+( [a-z]+)?$/);
    expect(UNKNOWN_GRADE_SYMBOL.nameEn).toBe('Other grade');
  });
});
