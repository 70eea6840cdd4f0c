// The attribute table's modifier clicks in the production build in headless Chromium at 1366×768: Shift/Ctrl-clicks
// pick table rows without selecting page text, while a cell's text can still be selected to copy.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(30_000);
  await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
});

afterAll(async () => {
  await app?.close();
});

describe('attribute table modifier clicks', () => {
  it('picks rows with Shift and Ctrl without selecting page text, and still lets a cell’s text be selected', async () => {
    await page.getByTestId('attribute-table-tab').click();
    await page.getByTestId('table-row').nth(5).waitFor();
    const rows = page.getByTestId('table-row');
    const selectedText = () => page.evaluate(() => window.getSelection()?.toString() ?? '');
    await rows.nth(0).click();
    await rows.nth(3).click({ modifiers: ['Shift'] });
    await rows.nth(5).click({ modifiers: ['Control'] });
    await expect(page.locator('[data-testid=table-row][aria-selected=true]').count()).resolves.toBe(5);
    expect(await selectedText()).toBe('');
    // A double-click on a cell still selects its text (to copy it).
    const cell = rows.nth(1).locator('.table-cell').first();
    const text = (await cell.textContent())!.trim();
    expect(text).not.toBe('');
    await cell.dblclick();
    expect((await selectedText()).trim()).not.toBe('');
    expect(text).toContain((await selectedText()).trim());
    expect(app.problems.list).toEqual([]);
  });
});
