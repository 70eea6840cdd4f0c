// Node. Picks an option of one of the import dialog's antd Selects by value: the ImportChoice wrapper carries
// data-testid and data-value, each option's label data-option (the dropdown is portalled to the body).
// A click that lands while the dropdown still slides in can miss the option under heavy load (CI, 2 cores), so the
// pick is retried a few times before failing: what is asserted is that the choice takes, not the first click.
import type { Page } from 'playwright-core';

const ATTEMPTS = 3;

export async function chooseImportOption(page: Page, testId: string, value: string): Promise<void> {
  const chosen = () =>
    page.waitForFunction(
      ([id, v]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === v,
      [testId, value] as const,
      { timeout: 10_000 },
    );
  for (let attempt = 1; ; attempt++) {
    try {
      const select = page.getByTestId(testId).locator('.ant-select');
      // Opened unless a previous try left it open (a click on an open Select would close it).
      if (!(await select.evaluate((el) => el.classList.contains('ant-select-open')))) await select.click();
      await page.locator(`.ant-select-dropdown [data-option="${value}"]:visible`).click({ timeout: 10_000 });
      await chosen();
      return;
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
    }
  }
}
