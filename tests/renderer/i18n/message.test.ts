import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../../renderer/i18n/dictionary.ts';
import { asLine, message, messages } from '../../../renderer/i18n/message.ts';
import { screenEn, screenZh } from '../../../renderer/i18n/screenMessages.ts';

describe('message', () => {
  it('fills placeholders once, leaving user text with braces or dollar signs as typed', () => {
    expect(message('zh', 'fieldRequired', { name: '项目名称（XMMC）' })).toBe('项目名称（XMMC）为必填项，当前为空。');
    expect(message('en', 'fieldNotInEnum', { name: 'Class (GYLX)', values: 'a, b', text: '{values} $&' })).toBe(
      'Class (GYLX) must be one of a, b, found "{values} $&".',
    );
  });

  it('keeps a placeholder with no value visible rather than inventing one', () => {
    expect(message('en', 'fieldRequired')).toBe('{name} is required but empty.');
  });

  it('words a count in English as one or many, and leaves Chinese as it is', () => {
    expect(message('en', 'historyConflicts', { n: 1, rules: 'R01' })).toBe('1 conflict (R01)');
    expect(message('en', 'historyConflicts', { n: 0, rules: '—' })).toBe('0 conflicts (—)');
    expect(message('en', 'checkStale', { features: 1, conflicts: 3 })).toBe('Edited since the check: 1 feature; 3 conflicts to re-check');
    expect(message('en', 'saveBanner', { reason: 'disk full', pending: 1 })).toContain('1 change is held in memory only');
    expect(message('zh', 'historyConflicts', { n: 1, rules: 'R01' })).toBe(
      DICTIONARIES.zh.historyConflicts.replace('{n}', '1').replace('{rules}', 'R01'),
    );
    // A plural form with no value stays as written.
    expect(message('en', 'historyConflicts', { rules: 'R01' })).toBe('{n|# conflict|# conflicts} (R01)');
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

  it('starts an embedded English message with a capital as a line of its own, and leaves file names, codes and Chinese', () => {
    expect(asLine('the file is empty, not a plan document')).toBe('The file is empty, not a plan document');
    expect(asLine('feature 3 (BSM=B2) has a null geometry')).toBe('Feature 3 (BSM=B2) has a null geometry');
    expect(asLine('open')).toBe('Open');
    expect(asLine('re-check pending')).toBe('Re-check pending');
    expect(asLine('gyxm.shp is incomplete')).toBe('gyxm.shp is incomplete');
    expect(asLine('YDYHFLDM is empty')).toBe('YDYHFLDM is empty');
    expect(asLine('文件为空')).toBe('文件为空');
    expect(asLine('')).toBe('');
  });
});
