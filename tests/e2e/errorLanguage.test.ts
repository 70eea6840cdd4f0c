// A library failure in the editor, read off the page in both languages: a workspace file whose container is
// sound but whose workspace.json is cut short makes V8's JSON.parse fail. The notice says so in Chinese with
// no V8 English in it, and in English with no Chinese; the workspace stays as it was.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packWorkspaceFile } from '../../engine/workspaceFile/index.ts';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;
let dir: string;
let file: string;

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
/** Three English words in a row: V8's sentence ("Unexpected end of JSON input"), not a file name or code. */
const ENGLISH_PROSE = /[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}[ ,:'’-]+[A-Za-z]{2,}/;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-error-language-'));
  file = join(dir, 'cut.lantu');
  const payload = new TextEncoder().encode('{"schemaVersion": "1", "plans": [');
  writeFileSync(
    file,
    packWorkspaceFile(new Map([['workspace.json', payload]]), { createdAt: '2026-12-04T00:00:00.000Z', generator: 'test' }),
  );
  app = await openApp();
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 60_000 });
});

afterAll(async () => {
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Opens the file through 打开工作区 (Ctrl+Shift+O and the file chooser) and returns the notice's text. */
async function openCutWorkspace(marker: string): Promise<string> {
  // `ready` is set before React's first commit, and the shortcut listener arrives with the app's effects: on a
  // loaded machine an early press can go unheard, so press again until the chooser opens.
  await page.getByTestId('app').waitFor({ timeout: 60_000 });
  let chooser: FileChooser | undefined;
  for (let attempt = 0; attempt < 5 && !chooser; attempt++) {
    [chooser] = await Promise.all([
      page.waitForEvent('filechooser', { timeout: 6_000 }).catch(() => undefined),
      page.keyboard.press('Control+Shift+O'),
    ]);
  }
  if (!chooser) throw new Error('打开工作区 (Ctrl+Shift+O) did not open a file chooser');
  await chooser.setFiles(file);
  const notice = page.getByTestId('notice').filter({ hasText: marker });
  await notice.waitFor({ timeout: 20_000 });
  return (await notice.textContent()) ?? '';
}

describe('a library failure in the editor', () => {
  it('is told in the chosen language only: Chinese, then English', async () => {
    const plansBefore = await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.join(','));

    const zh = await openCutWorkspace('不是有效的 JSON');
    expect(zh).toContain('cut.lantu');
    expect(zh).toContain('workspace.json');
    expect(zh).toContain('不是有效的 JSON');
    expect(zh).not.toMatch(ENGLISH_PROSE);

    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    const en = await openCutWorkspace('is not valid JSON');
    expect(en).toContain('is not valid JSON');
    expect(en).toContain('cut.lantu');
    expect(en).not.toMatch(CJK);

    expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.join(','))).toBe(plansBefore);
  });
});
