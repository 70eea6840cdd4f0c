// The catalogue's section files (screen, import, exchange, services): every message reaches the dictionary
// unshadowed by a key of the same name elsewhere, the English has no Chinese characters or punctuation, both
// languages fill the same placeholders, the whole English dictionary has no Chinese but the language switch, and the
// import dialog’s words name no CLI flag.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { exchangeMessagesEn, exchangeMessagesZh } from '../../../renderer/i18n/exchangeMessages.ts';
import { importMessagesEn, importMessagesZh } from '../../../renderer/i18n/importMessages.ts';
import { message } from '../../../renderer/i18n/message.ts';
import { screenEn, screenZh } from '../../../renderer/i18n/screenMessages.ts';
import { serviceMessagesEn, serviceMessagesZh } from '../../../renderer/i18n/serviceMessages.ts';

type Section = readonly [name: string, zh: Readonly<Record<string, string>>, en: Readonly<Record<string, string>>];
const SECTIONS: readonly Section[] = [
  ['screen', screenZh, screenEn],
  ['import', importMessagesZh, importMessagesEn],
  ['exchange', exchangeMessagesZh, exchangeMessagesEn],
  ['service', serviceMessagesZh, serviceMessagesEn],
];
/** Keys whose English deliberately leaves out a placeholder of the Chinese (the sheet title names no Chinese place). */
const ENGLISH_DROPS: Readonly<Record<string, readonly string[]>> = { printDefaultTitle: ['place'] };

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9]+)(?:\|[^|{}]*\|[^|{}]*)?\}/g)].map((m) => m[1]!).sort();

describe.each(SECTIONS)('the %s section of the catalogue', (_name, zh, en) => {
  const keys = Object.keys(zh);

  it('reaches the dictionary, not shadowed by a key of the same name', () => {
    const dictionaries = DICTIONARIES as unknown as Record<'zh' | 'en', Record<string, string>>;
    for (const key of keys) {
      expect(dictionaries.zh[key], key).toBe(zh[key]);
      expect(dictionaries.en[key], key).toBe(en[key]);
    }
  });

  it('words every message in English without Chinese characters or punctuation', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(en[key], key).not.toMatch(CJK);
  });

  it('fills the same placeholders in both languages', () => {
    for (const key of keys) {
      const dropped = ENGLISH_DROPS[key] ?? [];
      expect(placeholders(en[key]!), key).toEqual(placeholders(zh[key]!).filter((p) => !dropped.includes(p)));
    }
  });
});

describe('the whole English dictionary', () => {
  it('has no Chinese characters or punctuation, apart from the language switch (the other language’s name)', () => {
    const leaks = Object.entries(DICTIONARIES.en).filter(([key, text]) => key !== 'language' && CJK.test(text));
    expect(leaks).toEqual([]);
    expect(DICTIONARIES.en.language).toBe('中文');
  });

  it('spells Gauss-Krüger one way (print and Locate alike)', () => {
    expect(Object.entries(DICTIONARIES.en).filter(([, text]) => /Gauss-Kruger/i.test(text))).toEqual([]);
    expect(DICTIONARIES.en.gaussKruger).toBe('Gauss-Krüger');
  });
});

describe('the import dialog’s words', () => {
  it('name no CLI flag in either language', () => {
    for (const key of Object.keys(importMessagesZh) as (keyof typeof importMessagesZh)[])
      for (const text of [importMessagesZh[key], importMessagesEn[key]]) expect(text, key).not.toMatch(/--[a-z]/);
  });

  it('fill the counts and a part worded in each language', () => {
    const counts = { read: 5, mapped: 5, valid: 4, quality: 1, fatal: 0 };
    expect(message('zh', 'importCounts', counts)).toBe('读取 5，映射 5，有效 4，有质量问题 1，致命 0');
    expect(message('en', 'importCounts', counts)).toBe('5 read, 5 mapped, 4 valid, 1 with quality issues, 0 fatal');
    const detail = { zh: '按 .cpg 文件', en: 'from the .cpg file' };
    expect(message('zh', 'importEncodingChoice', { encoding: 'GBK', detail })).toBe('属性编码：GBK（按 .cpg 文件）');
    expect(message('en', 'importEncodingChoice', { encoding: 'GBK', detail })).toBe('Encoding: GBK (from the .cpg file)');
  });
});
