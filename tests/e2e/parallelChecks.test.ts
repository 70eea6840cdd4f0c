// The editor's F5 over several rules Web Workers, in Chromium against the production build. With 2 cores reported the
// default pack still runs in one worker (its largest part would prepare every feature); with the workstation's worker
// setting at 2 it runs in two (each with its part of the pack and only the layers its rules read), and the conflict
// list is the same, conflict by conflict (key, region hash, severity, message, town).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  // Before any page script: the core count the test asks for, and a record of the rules workers started.
  await app.context.addInitScript(() => {
    const cores = Number(sessionStorage.getItem('test.cores') ?? '0');
    const forced = sessionStorage.getItem('test.rulesWorkers');
    if (forced) localStorage.setItem('lantu.rulesWorkers', forced);
    else localStorage.removeItem('lantu.rulesWorkers');
    if (cores > 0) Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => cores, configurable: true });
    const Native = window.Worker;
    const started: string[] = [];
    (window as never as { startedWorkers: string[] }).startedWorkers = started;
    window.Worker = class extends Native {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        started.push(String(url));
      }
    };
  });
}, 200_000);

afterAll(async () => {
  await app?.close();
});

/** Reloads with `cores` reported (and the workstation's worker setting, if given), runs F5 and returns the list and
 * the rules workers started. */
async function checkWith(cores: number, setting?: number): Promise<{ conflicts: string[]; workers: number }> {
  await page.evaluate(
    ([n, w]) => {
      sessionStorage.setItem('test.cores', String(n));
      if (w) sessionStorage.setItem('test.rulesWorkers', String(w));
      else sessionStorage.removeItem('test.rulesWorkers');
    },
    [cores, setting ?? 0] as const,
  );
  await page.reload();
  await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
  await page.evaluate(() => window.lantuEditor!.checks.idle());
  await page.evaluate(() => window.lantuEditor!.store.getState().setConflicts([]));
  await page.getByTestId('status-bar').click();
  await page.keyboard.press('F5');
  await page.waitForFunction(
    () => {
      const s = window.lantuEditor!.store.getState();
      return s.checked && !s.progress.running && s.conflicts.length > 0;
    },
    null,
    { timeout: 180_000 },
  );
  expect(await page.evaluate(() => window.lantuEditor!.store.getState().checkError)).toBeNull();
  return page.evaluate(() => ({
    conflicts: window
      .lantuEditor!.store.getState()
      .conflicts.map((c) => JSON.stringify([c.key, c.regionHash, c.severity, c.message, c.town ?? null, c.measure])),
    workers: (window as never as { startedWorkers: string[] }).startedWorkers.filter((u) => /rulesWorker/.test(u)).length,
  }));
}

describe('F5 in several rules workers', () => {
  it('lists the same conflicts with two rules workers as with one', async () => {
    const one = await checkWith(1);
    const defaultOnTwoCores = await checkWith(2);
    const two = await checkWith(2, 2);
    expect(one.workers).toBe(1);
    expect(defaultOnTwoCores.workers).toBe(1);
    expect(two.workers).toBe(2);
    expect(one.conflicts.length).toBeGreaterThan(100);
    expect(defaultOnTwoCores.conflicts).toEqual(one.conflicts);
    expect(two.conflicts).toEqual(one.conflicts);
    expect(app.problems.list).toEqual([]);
  }, 600_000);
});
