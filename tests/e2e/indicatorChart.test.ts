// The indicator chart in the right dock, in the production build in headless Chromium at 1366×768 and 1920×1080:
// every indicator's name lies wholly inside the chart, in Chinese and in English (long English names such as
// "Urban development boundary expansion ratio" wrap instead of running off the chart's left edge).
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

const LABELS = '[data-testid=indicator-chart] [data-indicator] .indicator-chart-label';

/** Labels whose box is not inside the chart's box, or whose text is cut; and how many labels there are. */
async function labelsOutside(p: Page): Promise<{ count: number; outside: string[] }> {
  return p.evaluate((selector) => {
    const chart = document.querySelector('[data-testid=indicator-chart]')!.getBoundingClientRect();
    const labels = [...document.querySelectorAll<HTMLElement>(selector)];
    const outside = labels
      .filter((el) => {
        const r = el.getBoundingClientRect();
        const cut = el.scrollWidth > el.clientWidth + 1;
        return cut || r.left < chart.left - 0.5 || r.right > chart.right + 0.5 || r.top < chart.top - 0.5 || r.bottom > chart.bottom + 0.5;
      })
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `"${el.textContent}" ${Math.round(r.left)}–${Math.round(r.right)} in ${Math.round(chart.left)}–${Math.round(chart.right)}`;
      });
    return { count: labels.length, outside };
  }, LABELS);
}

describe('the indicator chart', () => {
  it('keeps every indicator name inside the chart in Chinese and English at 1366×768 and 1920×1080', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      app = await openApp({ viewport: { width, height } });
      const p = app.page;
      await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 });
      await p.getByTestId('dashboard-tab').click();
      await p.waitForSelector('[data-testid=dashboard][data-current=true]', { state: 'attached', timeout: 120_000 });
      await p.locator(LABELS).first().waitFor();
      await expect.poll(() => labelsOutside(p), { timeout: 10_000 }).toEqual({ count: expect.any(Number) as number, outside: [] });
      const { count } = await labelsOutside(p);
      expect(count).toBeGreaterThanOrEqual(3);
      await p.getByTestId('language').click();
      await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
      await expect.poll(() => p.locator(LABELS).first().textContent(), { timeout: 10_000 }).toMatch(/^[A-Z][a-z]/);
      await expect.poll(() => labelsOutside(p), { timeout: 10_000, message: `en ${width}×${height}` }).toEqual({ count, outside: [] });
      expect(app.problems.list).toEqual([]);
      await app.close();
      app = undefined;
    }
  });
});
