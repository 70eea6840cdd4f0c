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
const PENDING: Readonly<Record<string, number>> = {
  'main/cli/commands/accept.ts': 18,
  'main/cli/commands/check.ts': 30,
  'main/cli/commands/diff.ts': 9,
  'main/cli/commands/export.ts': 19,
  'main/cli/commands/import.ts': 35,
  'main/cli/commands/keys.ts': 14,
  'main/cli/commands/publish.ts': 6,
  'main/cli/commands/receipt.ts': 11,
  'main/cli/commands/replay.ts': 10,
  'main/cli/commands/review.ts': 50,
  'main/cli/commands/rules.ts': 6,
  'main/cli/commands/sign.ts': 7,
  'main/cli/commands/station.ts': 14,
  'main/cli/commands/submit.ts': 8,
  'main/cli/commands/validate.ts': 5,
  'main/cli/commands/verify.ts': 12,
  'main/cli/describeInternalError.ts': 1,
  'main/cli/index.ts': 7,
  'main/cli/inflateLimitOption.ts': 3,
  'main/cli/openDatabase.ts': 1,
  'main/cli/parseArgs.ts': 6,
  'main/cli/printFindings.ts': 3,
  'main/cli/readFeatureBoundary.ts': 7,
  'main/cli/readSourceFiles.ts': 1,
  'main/cli/readWorkspaceFile.ts': 2,
  'main/cli/stationAccess.ts': 1,
  'main/cli/zipSignature.ts': 2,
  'main/node/db/readPgPass.ts': 1,
  'main/node/db/resolvePgConnection.ts': 3,
  'main/node/describeIoError.ts': 10,
  'main/node/dialogFilters.ts': 11,
  'main/node/exchange/exchangeRegisters.ts': 1,
  'main/node/station/desktopStation.ts': 1,
  'main/node/station/openStation.ts': 6,
  'main/node/station/stationKeyStore.ts': 4,
  'main/node/station/trustLogFile.ts': 1,
};

/** main files that still pass messages as two strings (`invalid('…', '…')`, `['文件', 'File']`), with how many. */
const PENDING_TWO_STRING: Readonly<Record<string, number>> = {
  'main/cli/commands/import.ts': 11,
  'main/node/buildMenuTemplate.ts': 30,
  'main/node/createIpcHandlers.ts': 15,
  'main/node/db/createDataSourceHandlers.ts': 7,
  'main/node/db/describePgError.ts': 12,
  'main/node/db/openPgClient.ts': 1,
  'main/node/db/parsePgConnectionString.ts': 9,
  'main/node/db/readPgServiceFile.ts': 2,
  'main/node/db/readPostgisLayer.ts': 3,
  'main/node/db/resolvePgConnection.ts': 6,
  'main/node/readGeoPackageInWorker.ts': 1,
};

/** main files that still word a message by branching on the language, with how many. */
const PENDING_BRANCHES: Readonly<Record<string, number>> = {
  'main/cli/formatOpinionTable.ts': 3,
  'main/cli/index.ts': 2,
  'main/cli/printFindings.ts': 2,
};

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
    ].join('\n');
    expect(languageBranches('probe.ts', probe).map((line) => line.split(':')[0])).toEqual(['1', '2', '3']);
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
