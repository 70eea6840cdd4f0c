// Every message of main/ (the lantu CLI, main/node, the Electron menu) lives once in main's typed catalogue
// (main/i18n/sections, rendered by `say`). This test reads every main source file and fails on an inline
// `{ zh: '…', en: '…' }` literal, a message passed as a Chinese and an English string, or a `lang === 'en' ? … : …`
// branch holding words, outside the catalogue. Files not yet moved are listed with their counts, which may only go
// down (a new inline message fails, and so does a stale count, so the lists shrink as files move).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFiles, inlineMessages, twoStringMessages } from './inlineMessages.ts';
import { languageBranches } from './languageBranches.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOGUE = join(ROOT, 'main', 'i18n');

/** main files that still hold inline `{ zh, en }` messages, with how many. */
const PENDING: Readonly<Record<string, number>> = {};

/** main files that still pass messages as two strings (`invalid('…', '…')`, `['文件', 'File']`), with how many. */
const PENDING_TWO_STRING: Readonly<Record<string, number>> = {};

/** main files that still word a message by branching on the language, with how many. */
const PENDING_BRANCHES: Readonly<Record<string, number>> = {};

function countsOf(find: (file: string, text: string) => string[], pending: Readonly<Record<string, number>>) {
  const counts: Record<string, number> = {};
  const lines: string[] = [];
  for (const file of engineFiles(join(ROOT, 'main'), CATALOGUE)) {
    const name = relative(ROOT, file).split('\\').join('/');
    const found = find(name, readFileSync(file, 'utf8'));
    if (found.length) counts[name] = found.length;
    if (found.length > (pending[name] ?? 0)) lines.push(...found.map((f) => `${name}:${f}`));
  }
  return { counts, lines };
}

describe('main messages go through the catalogue', () => {
  it('finds messages that branch on the language, but not other branches', () => {
    const probe = [
      "const a = lang === 'en' ? 'File' : '文件';",
      "const b = ctx.lang === 'zh' ? `第 ${n} 行` : `line ${n}`;",
      "const c = lang !== 'en' ? ['用法'] : ['usage'];",
      "const d = lang === 'en' ? m.en : m.zh;",
      "const e = lang === 'en' ? 10 : 12;",
      "const f = kind === 'file' ? '文件' : 'folder';",
      'const g = en ? `${path} does not exist` : `${path} 不存在`;',
    ].join('\n');
    expect(languageBranches('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3', '7']);
  });

  it('has no inline zh/en message in main/ outside main/i18n beyond the pending counts', () => {
    const { counts, lines } = countsOf(inlineMessages, PENDING);
    expect(lines, 'move these messages into main/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING').toEqual(PENDING);
  });

  it('has no message passed as two strings in main/ beyond the pending counts', () => {
    const { counts, lines } = countsOf(twoStringMessages, PENDING_TWO_STRING);
    expect(lines, 'move these messages into main/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING_TWO_STRING').toEqual(PENDING_TWO_STRING);
  });

  it('has no message that branches on the language in main/ beyond the pending counts', () => {
    const { counts, lines } = countsOf(languageBranches, PENDING_BRANCHES);
    expect(lines, 'move these messages into main/i18n/sections and render them with say()').toEqual([]);
    expect(counts, 'a pending count went down: lower it in PENDING_BRANCHES').toEqual(PENDING_BRANCHES);
  });
});
