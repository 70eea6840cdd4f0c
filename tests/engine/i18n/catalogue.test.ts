import { describe, expect, it } from 'vitest';
import { CATALOGUE, PLACEHOLDER, say, type Entry } from '../../../engine/i18n/index.ts';

const IDEOGRAPH = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const names = (template: string) => [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
const entries = Object.entries(CATALOGUE as Readonly<Record<string, Entry>>);

describe('the engine message catalogue', () => {
  it('has a non-empty zh and en for every key, and keys named <module>.<file>.<what>', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^[a-z][A-Za-z]*\.[A-Za-z]+\.[A-Za-z0-9_-]+$/);
      expect(entry.zh.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
    }
  });

  it('has no Chinese in English except in interpolated values', () => {
    const leaking = entries.filter(([, e]) => IDEOGRAPH.test(e.en.replace(PLACEHOLDER, ''))).map(([key, e]) => `${key}: ${e.en}`);
    expect(leaking).toEqual([]);
  });

  it('uses the same placeholders in zh and en', () => {
    const differing = entries.filter(([, e]) => names(e.zh).join() !== names(e.en).join()).map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe('say', () => {
  it('renders both languages, with text, numbers and Bilingual values in the message language', () => {
    expect(say('validate.messages.feature-label', { index: 12, tag: ' (BSM=7)' })).toEqual({
      zh: '第 12 个要素 (BSM=7)',
      en: 'feature 12 (BSM=7)',
    });
    const feature = { zh: '第 3 个要素', en: 'feature 3' };
    expect(say('validate.messages.invalid-id', { feature, found: say('validate.messages.nothing') })).toEqual({
      zh: '第 3 个要素 的 id 应为 UUID（由规划编号与标识码派生），实际为 空',
      en: 'feature 3: id must be a UUID (derived from plan id and BSM), found nothing',
    });
  });

  it('leaves braces and $-patterns inside values as they are', () => {
    expect(say('validate.messages.not-utf8', { offset: '{offset} $& $1' }).en).toBe(
      'the file is not valid UTF-8 (from byte {offset} $& $1; possibly GBK: save it as UTF-8)',
    );
  });

  it('rejects a wrong key, a missing or an unknown parameter at compile time', () => {
    // @ts-expect-error: no such key
    expect(() => say('validate.messages.no-such-message')).toThrow();
    // @ts-expect-error: `offset` is missing
    expect(say('validate.messages.not-utf8', {}).zh).toContain('{offset}');
    // @ts-expect-error: `line` is not a parameter of this message
    expect(say('validate.messages.not-utf8', { offset: 1, line: 2 }).zh).toContain('第 1 字节');
    // @ts-expect-error: a message without parameters takes none
    expect(say('validate.messages.empty-file', { x: 1 }).en).toBe('the file is empty, not a plan document');
  });
});
