// Node. Picks files through the browser's file chooser that a click opens. Headless Chromium now and then
// drops the chooser of a click under load (the click lands, no chooser comes); a user would click again, so
// the helper does once, after 10 s, before it gives up.
import type { FileChooser, Locator, Page } from 'playwright-core';

const CHOOSER_WAIT_MS = 10_000;

export async function pickFilesVia(page: Page, opener: Locator, files: string | string[]): Promise<void> {
  let chooser: FileChooser | undefined;
  for (let attempt = 0; attempt < 2 && !chooser; attempt++) {
    const coming = page.waitForEvent('filechooser', { timeout: CHOOSER_WAIT_MS }).catch(() => undefined);
    await opener.click();
    chooser = await coming;
  }
  if (!chooser) throw new Error(`no file chooser opened after two clicks on ${String(opener)}`);
  await chooser.setFiles(files);
}
