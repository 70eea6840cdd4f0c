// Every engine message lives once in the typed catalogue (engine/i18n/sections, rendered by `say`). This test reads
// every engine source file and fails on an inline `{ zh: '…', en: '…' }` literal outside the catalogue. Files not
// yet moved are listed in PENDING with their count: the count may only go down (a new inline literal fails, and so
// does a stale count, so the list shrinks as modules move).
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { engineFiles, inlineMessages } from './inlineMessages.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const CATALOGUE = join(ROOT, 'engine', 'i18n');

/** Engine files that still hold inline messages, with how many; moved modules are gone from the list. */
const PENDING: Readonly<Record<string, number>> = {
  'engine/edit/payloadProblemMessage.ts': 1,
  'engine/exchange/receiptCsv.ts': 1,
  'engine/exchange/signedJsonFile.ts': 1,
  'engine/import/boundary/readBoundaryDxf.ts': 1,
  'engine/import/describeLibraryError.ts': 2,
  'engine/import/prepareImport.ts': 1,
  'engine/mapSheet/sheetText.ts': 1,
  'engine/package/packageFiles.ts': 1,
  'engine/resolutions/checkPolicy.ts': 2,
  'engine/review/buildReviewReportHtml.ts': 3,
  'engine/review/checkProjectGeometry.ts': 1,
  'engine/review/reviewReportCsv.ts': 2,
  'engine/review/reviewText.ts': 1,
  'engine/rules/evaluateRule.ts': 1,
};

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
});
