// Node. Picks an option of one of the import dialog's antd Selects by value: the ImportChoice wrapper carries
// data-testid and data-value, each option's label data-option (the dropdown is portalled to the body).
import type { Page } from 'playwright-core';

export async function chooseImportOption(page: Page, testId: string, value: string): Promise<void> {
  await page.getByTestId(testId).locator('.ant-select').click();
  await page.locator(`.ant-select-dropdown [data-option="${value}"]:visible`).click();
  await page.waitForFunction(([id, v]) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-value') === v, [
    testId,
    value,
  ] as const);
}
