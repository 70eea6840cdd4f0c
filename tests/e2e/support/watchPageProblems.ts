// Node. Records what must never happen in a page under the app's CSP: uncaught errors, console errors and
// CSP violations (a policy that blocks WebAssembly, workers or styles shows up here instead of silently).
import type { Page } from 'playwright-core';

export interface PageProblems {
  /** Every problem seen so far, one line each. */
  readonly list: string[];
}

export async function watchPageProblems(page: Page): Promise<PageProblems> {
  const list: string[] = [];
  page.on('pageerror', (error) => list.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') list.push(`console.error: ${message.text()}`);
  });
  await page.exposeBinding('__lantuReportCspViolation', (_source, text: string) => list.push(`csp: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __lantuReportCspViolation(text: string): void }).__lantuReportCspViolation;
      report(`${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'}`);
    });
  });
  return { list };
}
