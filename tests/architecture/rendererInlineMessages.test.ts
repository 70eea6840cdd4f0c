// Every renderer message lives once in the typed catalogue (renderer/i18n/dictionary.ts, read with useT / message()).
// This test reads every renderer source file outside renderer/i18n and fails on Chinese text in a literal, a
// `lang === 'en' ? '…' : '…'` branch, an inline `{ zh: '…', en: '…' }` literal or a Chinese + English argument pair.
// Files that keep some are listed with their count and why: data (code-table values, place-name parsers) stays;
// the rest is pending and the count may only go down (a new literal fails, and so does a stale count).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inlineMessages, twoStringMessages } from './inlineMessages.ts';
import { chineseLiterals, languageBranches, rendererFiles } from './rendererMessages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOGUE = join(ROOT, 'renderer', 'i18n');

type Allowed = Readonly<Record<string, readonly [count: number, reason: string]>>;

const DATA = 'data';
const PENDING = 'pending: not moved yet';

/** Files whose string literals still hold Chinese text. */
const CHINESE: Allowed = {
  'renderer/components/DepartmentListDialog.tsx': [1, 'data: the title inside the list document checked by loadDepartments (not shown)'],
  'renderer/components/resolve/ResolvePanel.tsx': [1, 'data: a sample document number in a placeholder'],
  'renderer/components/review/BoundaryImportDialog.tsx': [13, 'data: stored project facts (是/否, 一类…, the stage and type values)'],
  'renderer/map/layerStyles.ts': [6, 'data: stored values of GNFQ, JB and GYLX matched to pick a style'],
  'renderer/print/defaultSheetTitle.ts': [4, 'data: the place-name suffixes (市县区镇) a plan title is cut at'],
  'renderer/services/platform/createBrowserPlatform.ts': [1, 'data: the product name 蓝图 Lantu written into PDF metadata'],
  'renderer/services/platform/createElectronPlatform.ts': [1, 'data: the product name 蓝图 Lantu written into PDF metadata'],
  'renderer/services/review/projectFromBoundary.ts': [11, 'data: the project types and stages stored in XMLX/JD'],
};

/** Files that still choose between a Chinese and an English literal on the language. */
const BRANCHES: Allowed = {};

/** Files that still build `{ zh: '…', en: '…' }` messages in place. */
const INLINE: Allowed = {};

/** Files that still pass a message as a Chinese and an English argument (`bilingualNotice('error', '…', '…')`). */
const TWO_STRING: Allowed = {};

function scan(find: (file: string, text: string) => string[], allowed: Allowed): { lines: string[]; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const file of rendererFiles(join(ROOT, 'renderer'), CATALOGUE)) {
    const name = relative(ROOT, file).split('\\').join('/');
    const found = find(name, readFileSync(file, 'utf8'));
    if (found.length) counts[name] = found.length;
    if (found.length > (allowed[name]?.[0] ?? 0)) lines.push(...found.map((f) => `${name}:${f}`));
  }
  return { lines, counts };
}

const countsOf = (allowed: Allowed): Record<string, number> => Object.fromEntries(Object.entries(allowed).map(([k, [n]]) => [k, n]));

describe('renderer messages go through the catalogue', () => {
  it('finds Chinese literals and JSX text but not comments or literal types', () => {
    const probe = [
      "const a = '文件为空';",
      '// 注释不是消息',
      'const b = <p>图层</p>;',
      'const c = `第 ${n} 行`;',
      "type T = '一类工业' | '二类工业';",
      "const d = t('layers');",
    ].join('\n');
    expect(chineseLiterals('probe.tsx', probe).map((line) => line.split(':')[0])).toEqual(['1', '3', '4']);
  });

  it('finds language branches with words in both languages, but not language tags or property names', () => {
    const probe = [
      "const a = lang === 'en' ? 'the file is empty' : '文件为空';",
      'const b = zh ? `${n} 个要素` : `${n} features`;',
      "const c = language() === 'zh' ? '图层' : 'Layer';",
      "const d = language === 'zh' ? 'en' : 'zh-CN';",
      "const e = zh ? 'nameZh' : 'nameEn';",
      "const f = zh ? t('a') : t('b');",
    ].join('\n');
    expect(languageBranches('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3']);
  });

  const cases: [string, (file: string, text: string) => string[], Allowed][] = [
    ['Chinese literals', chineseLiterals, CHINESE],
    ['language branches', languageBranches, BRANCHES],
    ['inline {zh, en} literals', inlineMessages, INLINE],
    ['Chinese + English argument pairs', twoStringMessages, TWO_STRING],
  ];
  for (const [what, find, allowed] of cases)
    it(`has no ${what} in renderer/ outside renderer/i18n beyond the listed counts`, () => {
      const { lines, counts } = scan(find, allowed);
      expect(lines, 'move these messages into renderer/i18n/dictionary.ts and render them with useT() or message()').toEqual([]);
      expect(counts, 'a listed count went down: lower it').toEqual(countsOf(allowed));
    });

  it('gives a reason for every listed file', () => {
    for (const allowed of [CHINESE, BRANCHES, INLINE, TWO_STRING])
      for (const [file, [, reason]] of Object.entries(allowed)) expect(reason.length, file).toBeGreaterThan(3);
    expect(DATA).not.toBe(PENDING);
  });
});
