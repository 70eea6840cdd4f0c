import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { message, messages } from '../../../renderer/i18n/message.ts';
import { screenEn, screenZh } from '../../../renderer/i18n/screenMessages.ts';

describe('message', () => {
  it('fills placeholders once, leaving user text with braces or dollar signs as typed', () => {
    expect(message('zh', 'fieldRequired', { name: '项目名称（XMMC）' })).toBe('项目名称（XMMC） 为必填项，当前为空。');
    expect(message('en', 'fieldNotInEnum', { name: 'Class (GYLX)', values: 'a, b', text: '{values} $&' })).toBe(
      'Class (GYLX) must be one of a, b, found "{values} $&".',
    );
  });

  it('keeps a placeholder with no value visible rather than inventing one', () => {
    expect(message('en', 'fieldRequired')).toBe('{name} is required but empty.');
  });

  it('gives both languages', () => {
    expect(messages('fieldName', { title: '工业类别', key: 'GYLX' })).toEqual({ zh: '工业类别（GYLX）', en: '工业类别 (GYLX)' });
  });

  it('has every moved message in the catalogue, not shadowed by a key of the same name', () => {
    for (const key of Object.keys(screenZh) as (keyof typeof screenZh)[]) {
      expect(DICTIONARIES.zh[key], key).toBe(screenZh[key]);
      expect(DICTIONARIES.en[key], key).toBe(screenEn[key]);
    }
  });
});
