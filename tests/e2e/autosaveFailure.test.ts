// Autosave never hides a failure, in the production build in headless Chromium with real IndexedDB: while
// every IndexedDB write fails (the browser's QuotaExceededError, thrown by the object store's write methods
// so the real transaction aborts and rolls back), edits stay in memory, the status reads 未保存（写入失败：…，
// 正在重试） with a banner that cannot be dismissed, and the log gains nothing; once the failure is gone the
// retry drains the queue, 已自动保存 appears, and a reload shows every edit. A first start whose base workspace
// cannot be written shows the demo from memory and stores it once writes work again.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, seedStation, type OpenApp } from './support/index.ts';

let app: OpenApp;

const FAULT_KEY = 'lantu.test.idbWriteFault';
const QUOTA_ZH = '本地存储空间不足（浏览器配额或磁盘已满），更改未能保存';
const QUOTA_EN = 'no storage space left (the browser quota or the disk is full); the change was not saved';

/** Context init script: IndexedDB writes throw `sessionStorage[FAULT_KEY]` (a DOMException name) while it is set;
 *  `faultAtFirstLoad` sets it before the app's first load in this tab. Counts refused writes. */
function installWriteFault({ key, faultAtFirstLoad }: { key: string; faultAtFirstLoad: string | null }) {
  if (faultAtFirstLoad && !sessionStorage.getItem(`${key}.seen`)) sessionStorage.setItem(key, faultAtFirstLoad);
  sessionStorage.setItem(`${key}.seen`, '1');
  const w = window as unknown as { __idbWriteFaultHits: number };
  w.__idbWriteFaultHits = 0;
  const wrap = (proto: object, names: string[]) => {
    for (const name of names) {
      const original = (proto as Record<string, (...args: unknown[]) => unknown>)[name]!;
      Object.defineProperty(proto, name, {
        configurable: true,
        writable: true,
        value: function (this: unknown, ...args: unknown[]) {
          const fault = sessionStorage.getItem(key);
          if (fault) {
            w.__idbWriteFaultHits++;
            throw new DOMException(`injected ${fault}`, fault);
          }
          return original.apply(this, args);
        },
      });
    }
  };
  wrap(IDBObjectStore.prototype, ['add', 'put', 'delete', 'clear']);
  wrap(IDBCursor.prototype, ['update', 'delete']);
}

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 120_000 });
}

const setFault = (p: Page, name: string | null) =>
  p.evaluate(({ key, name }) => (name ? sessionStorage.setItem(key, name) : sessionStorage.removeItem(key)), { key: FAULT_KEY, name });
const statusText = async (p: Page) => (await p.getByTestId('save-status').textContent()) ?? '';

/** The log rows as stored (applied, as JSON) and the store's history, for comparison. */
async function logAndHistory(p: Page) {
  return p.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('lantu');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const rows = db.objectStoreNames.contains('log')
      ? await new Promise<{ command: unknown; undone: number }[]>((resolve) => {
          const r = db.transaction('log', 'readonly').objectStore('log').getAll();
          r.onsuccess = () => resolve(r.result);
        })
      : [];
    const hasWorkspace = db.objectStoreNames.contains('meta')
      ? await new Promise<boolean>((resolve) => {
          const r = db.transaction('meta', 'readonly').objectStore('meta').get('workspace');
          r.onsuccess = () => resolve(r.result !== undefined);
        })
      : false;
    db.close();
    const s = window.lantuEditor!.store.getState();
    return {
      hasWorkspace,
      applied: rows.filter((r) => r.undone === 0).map((r) => JSON.stringify(r.command)),
      undone: rows.filter((r) => r.undone === 1).length,
      past: s.past.map((c) => JSON.stringify(c)),
      future: s.future.length,
    };
  });
}

/** The workspace's features with their attributes, and the history length, as one comparable string. */
const shownState = (p: Page) =>
  p.evaluate(() => {
    const s = window.lantuEditor!.store.getState();
    const ws = s.workspace;
    return JSON.stringify({
      order: ws.planOrder,
      plans: ws.planOrder.map((id) => [...ws.plans.get(id)!.features.values()].map((f) => [f.id, f.properties])),
      past: s.past.length,
      future: s.future.length,
    });
  });

/** Three edits on the land plan: two attribute changes and a deletion. */
const edit = (p: Page, tag: string) =>
  p.evaluate((tag) => {
    const s = window.lantuEditor!.store.getState();
    const land = [...s.workspace.plans.values()].find((e) => e.meta.kind === 'land')!;
    const [a, b, c] = [...land.features.values()];
    s.execute({
      kind: 'setAttributes',
      planId: land.meta.id,
      featureId: a!.id,
      before: a!.properties,
      after: { ...a!.properties, BZ: `${tag}-1` },
    });
    s.execute({
      kind: 'setAttributes',
      planId: land.meta.id,
      featureId: b!.id,
      before: b!.properties,
      after: { ...b!.properties, BZ: `${tag}-2` },
    });
    const index = [...land.features.keys()].indexOf(c!.id);
    s.execute({ kind: 'deleteFeature', planId: land.meta.id, feature: c!, index });
    return c!.id as string;
  }, tag);

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1600, height: 900 } });
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('autosave when IndexedDB refuses writes', () => {
  it('keeps the edits in memory with 未保存 and a persistent banner, retries, then shows 已自动保存 and a reload shows every edit', async () => {
    await app.context.addInitScript(installWriteFault, { key: FAULT_KEY, faultAtFirstLoad: null });
    const page = app.page;
    await page.reload();
    await ready(page);
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe('已自动保存');
    const stored = await logAndHistory(page);

    await setFault(page, 'QuotaExceededError');
    const deleted = await edit(page, '写入失败测试');
    await page.getByTestId('autosave-banner').waitFor({ timeout: 30_000 });
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe(`未保存（写入失败：${QUOTA_ZH}，正在重试）`);
    const banner = page.getByTestId('autosave-banner');
    expect(await banner.textContent()).toContain(`自动保存失败：${QUOTA_ZH}。尚有 3 项更改只在内存中`);
    expect(await banner.getAttribute('role')).toBe('alert');
    // Other notices come and go; the banner stays (it has no dismiss button).
    await page.evaluate(() => window.lantuEditor!.store.getState().notify({ kind: 'info', text: '其他提示' }));
    await page.getByTestId('notice').getByRole('button').click();
    expect(await banner.isVisible()).toBe(true);
    expect(await banner.getByRole('button').textContent()).toBe('立即重试');

    // The edits are in memory; the log has not moved (each refused transaction rolled back whole).
    const during = await logAndHistory(page);
    expect(during.past.length).toBe(stored.past.length + 3);
    expect(during.applied).toEqual(stored.applied);
    expect(
      await page.evaluate((id) => {
        const land = [...window.lantuEditor!.store.getState().workspace.plans.values()].find((e) => e.meta.kind === 'land')!;
        return { deleted: land.features.has(id as never), tags: [...land.features.values()].slice(0, 2).map((f) => f.properties.BZ) };
      }, deleted),
    ).toEqual({ deleted: false, tags: ['写入失败测试-1', '写入失败测试-2'] });

    // The retry keeps failing while the fault holds (backoff from 1 s), and never shows 已自动保存.
    const hits = await page.evaluate(() => (window as unknown as { __idbWriteFaultHits: number }).__idbWriteFaultHits);
    await page.waitForFunction((h) => (window as unknown as { __idbWriteFaultHits: number }).__idbWriteFaultHits > h, hits, {
      timeout: 10_000,
    });
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toMatch(/^未保存（写入失败：/);

    // English only, in both the status and the banner.
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe(`Not saved (write failed: ${QUOTA_EN}; retrying)`);
    await expect
      .poll(async () => (await banner.textContent()) ?? '', { timeout: 10_000 })
      .toContain(`Autosave failed: ${QUOTA_EN}. 4 changes are held in memory only`);
    expect((await banner.textContent()) ?? '').not.toMatch(/[\u4e00-\u9fff]/);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));

    // The failure goes away: the next backoff step drains the queue in order.
    const expected = await shownState(page);
    await setFault(page, null);
    await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent === '已自动保存', null, {
      timeout: 45_000,
    });
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(0);
    const after = await logAndHistory(page);
    expect(after.applied).toEqual(after.past);
    expect(after.undone).toBe(after.future);

    await page.reload();
    await ready(page);
    expect(await shownState(page)).toBe(expected);
    await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe('已自动保存');
  }, 300_000);

  it('shows the demo from memory when the first start cannot store it, and stores it with the edits once writes work', async () => {
    const context: BrowserContext = await app.browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'zh-CN' });
    try {
      await seedStation(context);
      await context.addInitScript(installWriteFault, { key: FAULT_KEY, faultAtFirstLoad: 'QuotaExceededError' });
      const page = await context.newPage();
      await page.goto(app.server.url);
      await ready(page);
      await page.getByTestId('autosave-banner').waitFor({ timeout: 60_000 });
      await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe(`未保存（写入失败：${QUOTA_ZH}，正在重试）`);
      expect(await page.evaluate(() => window.lantuEditor!.store.getState().workspace.planOrder.length)).toBeGreaterThan(0);
      await edit(page, '首次启动');
      expect((await logAndHistory(page)).hasWorkspace).toBe(false);
      const expected = await shownState(page);

      await setFault(page, null);
      await page.getByTestId('autosave-retry').click();
      await page.waitForFunction(() => document.querySelector('[data-testid=save-status]')?.textContent === '已自动保存', null, {
        timeout: 60_000,
      });
      await expect.poll(() => page.getByTestId('autosave-banner').count(), { timeout: 10_000 }).toBe(0);
      const after = await logAndHistory(page);
      expect(after.hasWorkspace).toBe(true);
      expect(after.applied).toEqual(after.past);

      await page.reload();
      await ready(page);
      expect(await shownState(page)).toBe(expected);
      await expect.poll(() => statusText(page), { timeout: 10_000 }).toBe('已自动保存');
    } finally {
      await context.close();
    }
  }, 300_000);
});
