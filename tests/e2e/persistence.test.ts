// The workspace in IndexedDB, in the production build in headless Chromium under the app's CSP: crafted
// `.lantu` files (history.past=[null], a command of unknown kind, a schema violation, a wrong hash) dropped on
// the window are refused in Chinese and English naming the file and the field, and the stored workspace and
// the store stay exactly as they were, also after a reload; applying every default proposal autosaves without
// failure and the log and chunks hold what the store shows; a page killed while a large batch is written
// comes back at the state before the batch or after it, never between.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { packWorkspaceFile } from '../../engine/workspaceFile/index.ts';
import { dropFileOnWindow, openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { loadDemoPlans } from './demoData.ts';

let app: OpenApp;
let page: Page;

declare global {
  interface Window {
    __kept?: { workspace: unknown; past: unknown; future: unknown };
  }
}

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 120_000 });
}

/** Every IndexedDB database of the page, typed arrays included, as one SHA-256. */
async function indexedDbDigest(p: Page): Promise<string> {
  return p.evaluate(async () => {
    const parts: string[] = [];
    for (const info of (await indexedDB.databases()).sort((a, b) => (a.name! < b.name! ? -1 : 1))) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const name of [...db.objectStoreNames].sort()) {
        const store = db.transaction(name, 'readonly').objectStore(name);
        const [keys, values] = await Promise.all([
          new Promise<IDBValidKey[]>((resolve) => {
            const r = store.getAllKeys();
            r.onsuccess = () => resolve(r.result);
          }),
          new Promise<unknown[]>((resolve) => {
            const r = store.getAll();
            r.onsuccess = () => resolve(r.result);
          }),
        ]);
        parts.push(
          name,
          JSON.stringify([keys, values], (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v)),
        );
      }
      db.close();
    }
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(parts.join('\n')));
    return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
}

type StoreDigest = { digest: string; features: number; past: number; future: number };

/** Installed in every page (context init script): the store's workspace (plans in order, every feature,
 *  resolutions, policy) and history as one SHA-256, so a digest can be taken inside the same task as an edit. */
function installStoreDigest() {
  (window as unknown as { __storeDigest: () => Promise<StoreDigest> }).__storeDigest = async () => {
    const s = window.lantuEditor!.store.getState();
    const ws = s.workspace;
    const text = JSON.stringify({
      order: ws.planOrder,
      // A generated plan of tens of thousands of features counts by its size and its ends (kept cheap, so the
      // digest taken just before the page is killed does not delay the kill past the write).
      plans: ws.planOrder.map((id) => {
        const features = [...ws.plans.get(id)!.features.values()];
        return features.length > 20_000 ? [features.length, features[0], features.at(-1)] : features;
      }),
      resolutions: ws.resolutions ?? [],
      policy: ws.policy ?? null,
      past: s.past.map((c) =>
        c.kind === 'batch'
          ? {
              label: c.label,
              commands: c.commands.map((x) => (x.kind === 'importPlan' || x.kind === 'removePlan' ? [x.kind, x.plan.features.length] : x)),
            }
          : c,
      ),
      future: s.future.length,
    });
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
    return {
      digest: [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join(''),
      features: ws.planOrder.reduce((n, id) => n + ws.plans.get(id)!.features.size, 0),
      past: s.past.length,
      future: s.future.length,
    };
  };
}

async function storeDigest(p: Page): Promise<StoreDigest> {
  return p.evaluate(() => (window as unknown as { __storeDigest: () => Promise<StoreDigest> }).__storeDigest());
}

async function saveStatus(p: Page): Promise<string> {
  await p.evaluate(() => window.lantuEditor!.autosave.flush());
  // The queue is drained; React shows its last status on its next render, not synchronously.
  await p.waitForFunction(() => !document.querySelector('[data-testid=save-status]')?.classList.contains('save-saving'), null, {
    timeout: 30_000,
  });
  return (await p.getByTestId('save-status').textContent()) ?? '';
}

/** Drops a file on the window as a user would, and returns the notice it leads to. */
async function drop(p: Page, name: string, bytes: Uint8Array): Promise<string> {
  await p.evaluate(() => window.lantuEditor!.store.getState().notify({ kind: 'info', text: '—' }));
  await dropFileOnWindow(p, name, bytes);
  await p.waitForFunction(() => window.lantuEditor!.store.getState().notice?.text !== '—', null, { timeout: 60_000 });
  return p.evaluate(() => window.lantuEditor!.store.getState().notice!.text);
}

const readJson = (path: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'));

/** A valid payload on the demo plans with one attribute edit in its history. */
function demoPayload(): Record<string, any> {
  const plans = loadDemoPlans();
  const land = plans.find((p) => p.plan.kind === 'land')!;
  const parcel = land.features[0]!;
  return {
    format: 'lantu-workspace',
    schemaVersion: '1.0.0',
    plans,
    rulePack: readJson('seeds/rules/jiyuan-default.json'),
    targets: null,
    policy: null,
    history: {
      past: [
        {
          kind: 'setAttributes',
          planId: land.plan.id,
          featureId: parcel.id,
          before: parcel.properties,
          after: { ...parcel.properties, BZ: '已核实' },
        },
      ],
      future: [],
    },
    view: { language: 'zh', layerViews: {}, planOrder: plans.map((p) => p.plan.id) },
  };
}

/** A `.lantu` whose manifest hashes are recomputed for the crafted payload (anyone can do this). */
function lantuOf(payload: unknown): Uint8Array {
  return packWorkspaceFile(new Map([['workspace.json', strToU8(JSON.stringify(payload))]]), {
    createdAt: '2026-12-04T00:00:00Z',
    generator: 'crafted',
  });
}

function crafted(): { name: string; bytes: Uint8Array; zh: RegExp; en: RegExp }[] {
  const nullEntry = demoPayload();
  nullEntry.history.past = [null];
  const unknownKind = demoPayload();
  unknownKind.history.past.push({ kind: 'dropAllTables', planId: 'x' });
  const schema = demoPayload();
  schema.history.past.push({
    kind: 'setResolution',
    conflictKey: 'R01:a:b',
    before: null,
    after: { conflictKey: 'R01:a:b', ruleId: 'R01', severity: 'fatal' },
  });
  // A wrong hash: the payload is changed after the manifest was written.
  const honest = unzipSync(lantuOf(demoPayload()));
  const altered = honest['workspace.json']!.slice();
  const at = new TextDecoder().decode(altered).indexOf('"coordinates":[') + 20;
  altered[at] = altered[at] === 0x31 ? 0x32 : 0x31;
  honest['workspace.json'] = altered;
  const wrongHash = zipSync(honest);
  return [
    {
      name: '空命令.lantu',
      bytes: lantuOf(nullEntry),
      zh: /无法打开「空命令\.lantu」：.*编辑历史第 1 条的字段 history\.past\[0\] 应为编辑命令（对象），实际为 null/,
      en: /Cannot open "空命令\.lantu": .*history entry 1, the field history\.past\[0\] should be an edit command/,
    },
    {
      name: '未知命令.lantu',
      bytes: lantuOf(unknownKind),
      zh: /无法打开「未知命令\.lantu」：.*编辑历史第 2 条的字段 history\.past\[1\]\.kind 不是已知的编辑命令类型："dropAllTables"/,
      en: /Cannot open "未知命令\.lantu": .*history entry 2, the field history\.past\[1\]\.kind is not a known command kind: "dropAllTables"/,
    },
    {
      name: '违反格式.lantu',
      bytes: lantuOf(schema),
      zh: /无法打开「违反格式\.lantu」：.*编辑历史第 2 条（setResolution）的字段 history\.past\[1\]\.after\./,
      en: /Cannot open "违反格式\.lantu": .*history entry 2 \(setResolution\), the field history\.past\[1\]\.after\./,
    },
    {
      name: '哈希不符.lantu',
      bytes: wrongHash,
      zh: /无法打开 哈希不符\.lantu：workspace\.json 已被修改或损坏：SHA-256 应为/,
      en: /Cannot open 哈希不符\.lantu: workspace\.json was modified or damaged: its SHA-256 should be/,
    },
  ];
}

/** A 60,000-parcel land plan kept on the page (window.__big), to import or remove in one large batch. */
async function makeBigPlan(p: Page): Promise<void> {
  await p.evaluate(() => {
    const land = [...window.lantuEditor!.store.getState().workspace.plans.values()].find((e) => e.meta.kind === 'land')!;
    (window as unknown as { __big: unknown }).__big = {
      type: 'FeatureCollection',
      plan: { ...land.meta, id: 'crash-test-plan', title: '断电测试规划' },
      features: Array.from({ length: 60_000 }, (_, i) => {
        const x = 112.1 + (i % 300) * 0.001;
        const y = 34.9 + Math.floor(i / 300) * 0.001;
        return {
          type: 'Feature',
          id: `00000000-0000-5000-8000-${String(i + 1).padStart(12, '0')}`,
          layer: 'GHYDYH',
          geometry: {
            type: 'Polygon',
            coordinates: [
              [
                [x, y],
                [x + 0.0009, y],
                [x + 0.0009, y + 0.0009],
                [x, y + 0.0009],
                [x, y],
              ],
            ],
          },
          properties: { BSM: `4190019900${String(i + 1).padStart(8, '0')}`, YDYHFLDM: '0101' },
        };
      }),
    };
  });
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await app.context.addInitScript(installStoreDigest);
  await page.reload();
  await ready(page);
}, 180_000);

afterAll(async () => {
  await app?.close();
});

describe('the stored workspace in Chromium', () => {
  it('opens a valid .lantu dropped on the window, with its history', async () => {
    const text = await drop(page, '济源.lantu', lantuOf(demoPayload()));
    expect(text).toBe('已打开工作区「济源.lantu」');
    expect((await storeDigest(page)).past).toBe(1);
  }, 120_000);

  it('refuses crafted .lantu files in Chinese and English, naming the file and the field, and changes neither IndexedDB nor the store, also after a reload', async () => {
    const files = crafted();
    for (const lang of ['zh', 'en'] as const) {
      await page.evaluate((l) => window.lantuEditor!.store.getState().setLanguage(l), lang);
      await saveStatus(page);
      const stored = await indexedDbDigest(page);
      const shown = await storeDigest(page);
      await page.evaluate(() => {
        const s = window.lantuEditor!.store.getState();
        window.__kept = { workspace: s.workspace, past: s.past, future: s.future };
      });
      for (const file of files) {
        const text = await drop(page, file.name, file.bytes);
        expect(text).toMatch(lang === 'zh' ? file.zh : file.en);
        expect(text).toMatch(lang === 'zh' ? /当前工作(区|空间)未作改动。$/ : /The current workspace was not changed\.$/);
        // One language only: no Chinese in the English message apart from the file's own name.
        if (lang === 'en') expect(text.replaceAll(file.name, '')).not.toMatch(/[\u4e00-\u9fff]/);
        expect(
          await page.evaluate(() => {
            const s = window.lantuEditor!.store.getState();
            return s.workspace === window.__kept!.workspace && s.past === window.__kept!.past && s.future === window.__kept!.future;
          }),
        ).toBe(true);
        expect(await saveStatus(page)).not.toContain('失败');
        expect(await indexedDbDigest(page)).toBe(stored);
      }
      await page.reload();
      await ready(page);
      expect(await storeDigest(page)).toEqual(shown);
      expect(await indexedDbDigest(page)).toBe(stored);
    }
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await saveStatus(page);
  }, 300_000);

  it('autosaves every default proposal applied in bulk: the log and the chunks hold what the store shows, also after a reload', async () => {
    await page.evaluate(async () => {
      await window.lantuEditor!.checks.runAll();
      await window.lantuEditor!.checks.idle();
    });
    await page.evaluate(() => localStorage.setItem('lantu.workstationUser', '张协调'));
    const before = await storeDigest(page);
    await page.getByTestId('bulk-preview').click();
    await page.waitForSelector('[data-testid=bulk-preview-list], [data-testid=bulk-error]', { timeout: 300_000 });
    expect(
      await page.locator('[data-testid=bulk-error]').count(),
      (await page.locator('[data-testid=bulk-error]').allTextContents()).join(),
    ).toBe(0);
    const applicable = await page.locator('[data-testid=bulk-preview-list] tbody tr[data-ok=true]').count();
    expect(applicable).toBeGreaterThan(25);
    // Some default proposals remove a feature (a project wholly inside its conflict region): confirm them.
    if ((await page.getByTestId('bulk-confirm').count()) > 0) await page.getByTestId('bulk-confirm').check();
    await page.getByTestId('bulk-apply').click();
    expect(await saveStatus(page)).toBe('已自动保存');
    const after = await storeDigest(page);
    expect(after.past).toBe(before.past + 1);
    // Read the log and the chunks back: every command of the store is a log row, the last one the whole
    // batch; the base plans' chunks hold as many features as their rows declare.
    const stored = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('lantu');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const all = <T>(name: string) =>
        new Promise<T[]>((resolve) => {
          const r = db.transaction(name, 'readonly').objectStore(name).getAll();
          r.onsuccess = () => resolve(r.result as T[]);
        });
      const log = await all<{ command: unknown; undone: number }>('log');
      const blobs = await all<{ blobId: string; featureCount: number; chunkCount: number }>('planBlobs');
      const chunks = await all<{ blobId: string; ids: string[] }>('chunks');
      db.close();
      const s = window.lantuEditor!.store.getState();
      return {
        applied: log.filter((r) => r.undone === 0).map((r) => JSON.stringify(r.command)),
        undone: log.filter((r) => r.undone === 1).length,
        past: s.past.map((c) => JSON.stringify(c)),
        future: s.future.length,
        blobs: blobs.map((b) => ({
          blobId: b.blobId,
          declared: b.featureCount,
          chunks: b.chunkCount,
          found: chunks.filter((c) => c.blobId === b.blobId).reduce((n, c) => n + c.ids.length, 0),
          chunkRows: chunks.filter((c) => c.blobId === b.blobId).length,
        })),
      };
    });
    expect(stored.applied).toEqual(stored.past);
    expect(stored.undone).toBe(stored.future);
    expect(JSON.parse(stored.applied.at(-1)!).commands.length).toBeGreaterThanOrEqual(applicable);
    for (const b of stored.blobs)
      expect({ ...b, found: b.found, chunkRows: b.chunkRows }).toEqual({ ...b, found: b.declared, chunkRows: b.chunks });
    await page.reload();
    await ready(page);
    expect(await storeDigest(page)).toEqual(after);
    await expect.poll(() => page.getByTestId('save-status').textContent(), { timeout: 10_000 }).toBe('已自动保存');
  }, 600_000);

  it('comes back at the state before a large batch or after it, never between, when the page is killed while the batch is written', async () => {
    const context: BrowserContext = app.context;
    const outcomes: string[] = [];
    // First the write is timed to its end (it must survive a kill then); then the page is killed at 0, 30, 60
    // and 90 % of that time after the batch is applied.
    let writeMs = 0;
    for (const share of ['flushed', 0, 0.3, 0.6, 0.9] as const) {
      const before = await storeDigest(page);
      await makeBigPlan(page);
      await page.evaluate(() => window.lantuEditor!.autosave.flush());
      const cdp = await context.newCDPSession(page);
      const delayMs = share === 'flushed' ? null : Math.round(share * writeMs);
      const run = await page.evaluate(async (delay) => {
        const s = window.lantuEditor!.store.getState();
        const land = [...s.workspace.plans.values()].find((p) => p.meta.kind === 'land')!;
        const edits = [...land.features.values()].slice(0, 300).map((f) => ({
          kind: 'setAttributes' as const,
          planId: land.meta.id,
          featureId: f.id,
          before: f.properties,
          after: { ...f.properties, BZ: `断电测试 ${Date.now()}` },
        }));
        const imported = (window as unknown as { __big: { plan: { id: string } } }).__big;
        // Imported, then removed, then imported again: either way the plan's 60,000 features are written.
        const exists = s.workspace.plans.has(imported.plan.id as never);
        const index = exists ? s.workspace.planOrder.indexOf(imported.plan.id as never) : s.workspace.planOrder.length;
        const commands = [{ kind: exists ? ('removePlan' as const) : ('importPlan' as const), plan: imported as never, index }, ...edits];
        const t0 = performance.now();
        s.execute({ kind: 'batch', label: '断电测试', commands });
        const after = await (window as unknown as { __storeDigest: () => Promise<StoreDigest> }).__storeDigest();
        if (delay === null) {
          await window.lantuEditor!.autosave.flush();
          return { after, writeMs: performance.now() - t0 };
        }
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, delay - (performance.now() - t0))));
        return { after, writeMs: performance.now() - t0 };
      }, delayMs);
      if (share === 'flushed') writeMs = run.writeMs;
      void cdp.send('Page.crash').catch(() => undefined);
      await page.waitForEvent('crash', { timeout: 30_000 }).catch(() => undefined);
      page = await context.newPage();
      await page.goto(app.server.url);
      await ready(page);
      const back = await storeDigest(page);
      const outcome = back.digest === before.digest ? 'before' : back.digest === run.after.digest ? 'after' : 'between';
      outcomes.push(
        `${share === 'flushed' ? 'after the write' : `${delayMs} ms`} (killed at ${Math.round(run.writeMs)} ms): ${outcome} (${back.past} commands, ${back.features} features)`,
      );
      expect(outcome, outcomes.join('; ')).not.toBe('between');
      if (share === 'flushed') expect(outcome, outcomes.join('; ')).toBe('after');
      expect(await saveStatus(page)).toBe('已自动保存');
    }
    console.log(`killed mid-write: ${outcomes.join('; ')}`);
  }, 600_000);
});
