// The import dialog's section of the catalogue: every message reaches the dictionary unshadowed, both languages
// take the same placeholders, the English has no Chinese, and neither language names a CLI flag.
import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { importMessagesEn, importMessagesZh } from '../../../renderer/i18n/importMessages.ts';
import { message } from '../../../renderer/i18n/message.ts';

const keys = Object.keys(importMessagesZh) as (keyof typeof importMessagesZh)[];
const placeholders = (text: string): string[] => [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1]!).sort();

describe('importMessages', () => {
  it('has every import message in the catalogue, not shadowed by a key of the same name', () => {
    for (const key of keys) {
      expect(DICTIONARIES.zh[key], key).toBe(importMessagesZh[key]);
      expect(DICTIONARIES.en[key], key).toBe(importMessagesEn[key]);
    }
  });

  it('takes the same placeholders in Chinese and English', () => {
    for (const key of keys) expect(placeholders(importMessagesEn[key]), key).toEqual(placeholders(importMessagesZh[key]));
  });

  it('says the English without Chinese and neither language with a CLI flag', () => {
    for (const key of keys) {
      expect(importMessagesEn[key], key).not.toMatch(/[\u3400-\u9fff]/);
      for (const text of [importMessagesZh[key], importMessagesEn[key]]) expect(text, key).not.toMatch(/--[a-z]/);
    }
  });

  it('fills the counts and a part worded in each language', () => {
    const counts = { read: 5, mapped: 5, valid: 4, quality: 1, fatal: 0 };
    expect(message('zh', 'importCounts', counts)).toBe('读取 5，映射 5，有效 4，有质量问题 1，致命 0');
    expect(message('en', 'importCounts', counts)).toBe('5 read, 5 mapped, 4 valid, 1 with quality issues, 0 fatal');
    const detail = { zh: '按 .cpg 文件', en: 'from the .cpg file' };
    expect(message('zh', 'importEncodingChoice', { encoding: 'GBK', detail })).toBe('属性编码：GBK（按 .cpg 文件）');
    expect(message('en', 'importEncodingChoice', { encoding: 'GBK', detail })).toBe('Encoding: GBK (from the .cpg file)');
  });
});
