import { describe, expect, it } from 'vitest';
import { PLACEHOLDER, type Entry } from '../../../engine/i18n/index.ts';
import { MAIN_CATALOGUE, say } from '../../../main/i18n/index.ts';

const IDEOGRAPH = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]/;
const names = (template: string) => [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1]!))].sort();
const entries = Object.entries(MAIN_CATALOGUE as Readonly<Record<string, Entry>>);

describe("main's message catalogue", () => {
  it('has a non-empty zh and en for every key, and keys named <area>.<file>.<what>', () => {
    expect(entries.length).toBeGreaterThan(50);
    for (const [key, entry] of entries) {
      expect(key).toMatch(/^(cli|commands|db|menu|node|station)\.[A-Za-z]+\.[A-Za-z0-9_-]+$/);
      expect(entry.zh.trim(), key).not.toBe('');
      expect(entry.en.trim(), key).not.toBe('');
    }
  });

  // These English lines quote Chinese that the user types or the files hold: option values (是/否, 一类…), a station
  // name example, a mapping example and the 界址点 term of the project document.
  const QUOTES_CHINESE = new Set([
    'commands.review.readProject-3',
    'commands.review.zdxm_help',
    'commands.review.gylb_help',
    'commands.import.mapping_help',
    'commands.station.name_help',
  ]);

  it('has no Chinese in English except in interpolated values and quoted input', () => {
    const leaking = entries
      .filter(([key, e]) => !QUOTES_CHINESE.has(key) && IDEOGRAPH.test(e.en.replace(PLACEHOLDER, '')))
      .map(([key, e]) => `${key}: ${e.en}`);
    expect(leaking).toEqual([]);
  });

  it('uses the same placeholders in zh and en', () => {
    const differing = entries.filter(([, e]) => names(e.zh).join() !== names(e.en).join()).map(([key]) => key);
    expect(differing).toEqual([]);
  });
});

describe("main's say", () => {
  it('renders both languages from the catalogue built with the engine makeSay', () => {
    expect(say('commands.review.readProject', { file: 'a.txt' })).toEqual({
      zh: '✗ a.txt：不是有效的项目文档',
      en: '✗ a.txt: not a valid project document',
    });
  });

  it('rejects a wrong key, a missing or an unknown parameter at compile time', () => {
    // @ts-expect-error: no such key
    expect(() => say('commands.review.no-such-message')).toThrow('no message commands.review.no-such-message in the main catalogue');
    // @ts-expect-error: `file` is missing
    expect(say('commands.review.readProject', {}).zh).toContain('{file}');
    // @ts-expect-error: `line` is not a parameter of this message
    expect(say('commands.review.readProject', { file: 'a', line: 2 }).en).toContain('✗ a:');
  });

  it('reads JSON braces in a template as text, not as placeholders', () => {
    expect(say('commands.import.mapping_help').en).toContain('{"columns": {…}');
  });
});
