import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { serviceMessagesEn, serviceMessagesZh } from '../../../renderer/i18n/serviceMessages.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]!).sort();
const keys = Object.keys(serviceMessagesZh) as (keyof typeof serviceMessagesZh)[];

describe('serviceMessages', () => {
  it('has every service message in the catalogue, not shadowed by a key of the same name', () => {
    for (const key of keys) {
      expect(DICTIONARIES.zh[key], key).toBe(serviceMessagesZh[key]);
      expect(DICTIONARIES.en[key], key).toBe(serviceMessagesEn[key]);
    }
  });

  it('words every message in English without Chinese characters or punctuation', () => {
    for (const key of keys) expect(serviceMessagesEn[key], key).not.toMatch(CJK);
  });

  it('fills the same placeholders in both languages (the English sheet title names no Chinese place)', () => {
    for (const key of keys) {
      const zh = placeholders(serviceMessagesZh[key]);
      expect(placeholders(serviceMessagesEn[key]), key).toEqual(key === 'printDefaultTitle' ? [] : zh);
    }
  });
});
