// Every engine message lives once in the typed catalogue (engine/i18n/sections, rendered by `say`). This test reads
// every engine source file and fails on an inline `{ zh: '…', en: '…' }` literal outside the catalogue. Files not
// yet moved are listed in PENDING with their count: the count may only go down (a new inline literal fails, and so
// does a stale count, so the list shrinks as modules move).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFiles, inlineMessages, languageBranches, twoStringMessages } from './inlineMessages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOGUE = join(ROOT, 'engine', 'i18n');

/** Engine files that still hold inline messages, with how many; moved modules are gone from the list (none is left:
 * the report builders' label sets were the last). */
const PENDING: Readonly<Record<string, number>> = {};

/** Engine files that still pass messages as two strings (`invalid('缺失', 'missing')`, `['部门', 'department']`), with
 * how many; the count may only go down, like PENDING. None are left. */
const PENDING_TWO_STRING: Readonly<Record<string, number>> = {};

/** Engine files that still choose a message's language in code (`lang === 'en' ? '…' : '…'`, `{ detail: '中文', detailEn:
 * 'English' }`), with how many; the count may only go down, like PENDING. None are left. */
const PENDING_LANGUAGE_BRANCH: Readonly<Record<string, number>> = {};

describe('engine messages go through the catalogue', () => {
  it('finds inline literals with words but not joins of rendered parts or mere types', () => {
    const probe = [
      "const a = { zh: '文件为空', en: 'the file is empty' };",
      'const b = { zh: `第 ${n} 行`, en: `line ${n}` };',
      "const c = { zh: x || '空', en: x || 'nothing' };",
      'const d = { zh: `${a.zh}：${b.zh}`, en: `${a.en}: ${b.en}` };',
      "const e = { zh: values.join('、'), en: values.join(', ') };",
      'type T = { zh: string; en: string };',
      "const f = say('validate.messages.nothing');",
    ].join('\n');
    expect(inlineMessages('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3']);
  });

  it('has no inline zh/en message in engine/ outside engine/i18n beyond the pending counts', () => {
    const counts: Record<string, number> = {};
    const lines: string[] = [];
    for (const file of engineFiles(join(ROOT, 'engine'), CATALOGUE)) {
      const name = relative(ROOT, file).split('\\').join('/');
      const found = inlineMessages(name, readFileSync(file, 'utf8'));
      if (found.length) counts[name] = found.length;
      if (found.length > (PENDING[name] ?? 0)) lines.push(...found.map((f) => `${name}:${f}`));
    }
    expect(lines, 'move these messages into engine/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING').toEqual(PENDING);
  });

  it('finds messages passed as a Chinese and an English string, but not word lists or field names', () => {
    const probe = [
      "invalid('要素应为 JSON 对象', 'a feature must be a JSON object');",
      'fatal(code, path, `${where.zh}应为坐标数组`, `${where.en} must be an array of positions`);',
      "const t = ['未征求意见', 'not consulted'];",
      "const u = [['sentOn', '发函日期', 'sent-on date']];",
      "const v = ['地块编号', 'DKBH', 'DKH'];",
      "const w = new Set(['是', 'y', 'yes']);",
      "say('review.x.y', { a: '部门' });",
    ].join('\n');
    expect(twoStringMessages('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('has no message passed as two strings in engine/ beyond the pending counts', () => {
    const counts: Record<string, number> = {};
    const lines: string[] = [];
    for (const file of engineFiles(join(ROOT, 'engine'), CATALOGUE)) {
      const name = relative(ROOT, file).split('\\').join('/');
      const found = twoStringMessages(name, readFileSync(file, 'utf8'));
      if (found.length) counts[name] = found.length;
      if (found.length > (PENDING_TWO_STRING[name] ?? 0)) lines.push(...found.map((f) => `${name}:${f}`));
    }
    expect(lines, 'move these messages into engine/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING_TWO_STRING').toEqual(PENDING_TWO_STRING);
  });

  it('finds a message whose language is chosen in code, which the other two detectors miss', () => {
    const probe = [
      "const a = lang === 'en' ? `expected ${x}` : `应为${x}`;",
      "const b = language === 'zh' ? '图例' : 'Legend';",
      "const c = opts.lang !== 'zh' ? ' (no boundary)' : '（无项目界址）';",
      'const d = { detail: `文件中没有要素 ${n}`, detailEn: `the file holds no feature ${n}` };',
      "const e = lang === 'zh' ? info.nameZh : info.nameEn;",
      "const f = `<html lang=\"${language === 'zh' ? 'zh-CN' : 'en'}\">`;",
      "const g = { title: '日期', titleEn: 'date', field: '/opinion/date' };",
      "const h = { detail: say('x.y.z').zh, detailEn: say('x.y.z').en };",
      "const i = { nameZh: '行政区', nameEn: 'Administrative division' };",
    ].join('\n');
    expect(inlineMessages('probe.ts', probe)).toEqual([]);
    expect(twoStringMessages('probe.ts', probe)).toEqual([]);
    expect(languageBranches('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '4', '7']);
  });

  it('has no message whose language is chosen in code in engine/ beyond the pending counts', () => {
    const counts: Record<string, number> = {};
    const lines: string[] = [];
    for (const file of engineFiles(join(ROOT, 'engine'), CATALOGUE)) {
      const name = relative(ROOT, file).split('\\').join('/');
      const found = languageBranches(name, readFileSync(file, 'utf8'));
      if (found.length) counts[name] = found.length;
      if (found.length > (PENDING_LANGUAGE_BRANCH[name] ?? 0)) lines.push(...found.map((f) => `${name}:${f}`));
    }
    expect(lines, 'move these messages into engine/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING_LANGUAGE_BRANCH').toEqual(PENDING_LANGUAGE_BRANCH);
  });
});
