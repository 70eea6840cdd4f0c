// The exchange, station, department-list and workspace-file messages are in the catalogue in both languages: the
// English has no Chinese, both sides fill the same placeholders, and no other key shadows them.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { exchangeMessagesEn, exchangeMessagesZh } from '../../../renderer/i18n/exchangeMessages.ts';

const keys = Object.keys(exchangeMessagesZh) as (keyof typeof exchangeMessagesZh)[];
const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]).sort();

describe('exchangeMessages', () => {
  it('has every message in the catalogue, not shadowed by a key of the same name', () => {
    for (const key of keys) {
      expect(DICTIONARIES.zh[key], key).toBe(exchangeMessagesZh[key]);
      expect(DICTIONARIES.en[key], key).toBe(exchangeMessagesEn[key]);
    }
  });

  it('says every message in English without Chinese, with the same placeholders as the Chinese', () => {
    for (const key of keys) {
      expect(exchangeMessagesEn[key], key).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
      expect(placeholders(exchangeMessagesEn[key]), key).toEqual(placeholders(exchangeMessagesZh[key]));
    }
  });
});
