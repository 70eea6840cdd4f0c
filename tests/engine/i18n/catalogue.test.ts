import { describe, expect, it } from 'vitest';
import { CATALOGUE, PLACEHOLDER, say, type Entry, type Placeholders } from '../../../engine/i18n/index.ts';

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
    // A plural form's texts are English wording, not a value: they are checked too.
    const wording = (en: string) => en.replace(PLACEHOLDER, (_m, _name, one = '', other = '') => `${String(one)} ${String(other)}`);
    const leaking = entries.filter(([, e]) => IDEOGRAPH.test(wording(e.en))).map(([key, e]) => `${key}: ${e.en}`);
    expect(leaking).toEqual([]);
  });

  it('spells Gauss-Krüger one way in English (as the screens do)', () => {
    const entries = Object.entries(CATALOGUE as Record<string, Entry>);
    expect(entries.filter(([, e]) => /Gauss-Kruger/i.test(e.en)).map(([k]) => k)).toEqual([]);
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

  it('words a count of one in the singular in English, # standing for the count', () => {
    expect(say('validate.checkGeometry.position-arity', { length: 1 })).toEqual({
      zh: '坐标应为 [经度, 纬度] 或 [经度, 纬度, 高程]，实际有 1 个值',
      en: 'a position must be [lon, lat] or [lon, lat, z], found 1 value',
    });
    expect(say('validate.checkGeometry.position-arity', { length: '1' }).en).toMatch(/found 1 value$/);
    for (const n of [0, 4, '1.5', 11, 21])
      expect(say('validate.checkGeometry.position-arity', { length: n }).en).toMatch(new RegExp(`found ${n} values$`));
    expect(say('review.reviewFileFinding.conditions-unexpected', { verdict: 'ok', count: 1 }).en).toBe(
      'the verdict is ok; the 1 condition in field /opinion/conditions does not count',
    );
    expect(say('review.reviewFileFinding.conditions-unexpected', { verdict: 'ok', count: 2 }).en).toBe(
      'the verdict is ok; the 2 conditions in field /opinion/conditions do not count',
    );
  });

  it('types a plural form by its name, and reads a brace with more than two texts as literal text', () => {
    type Names = Placeholders<'found {n|# value|# values} in {file}'>;
    const plural: [Names] extends ['n' | 'file'] ? (['n' | 'file'] extends [Names] ? true : false) : false = true;
    const notPlural: [Placeholders<'{n|a|b|c}'>] extends [never] ? true : false = true;
    expect([plural, notPlural]).toEqual([true, true]);
    // @ts-expect-error: `length`, named only by a plural form, is still required
    expect(say('validate.checkGeometry.position-arity', {}).en).toContain('{length}');
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
