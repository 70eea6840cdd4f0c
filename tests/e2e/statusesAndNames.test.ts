// Statuses and names in the production build, in headless Chromium with real IndexedDB: a deferred blocker
// reads 暂缓 in the resolve panel and the conflict list and is refused as 暂缓 by the export preflight, with no
// change type or log number; an exception reads 例外（已批准）; the history and the export refusal name layer,
// BSM, name, rule title and town instead of ids, in Chinese and English (ids in tooltips); the refusal says how
// many more reasons there are and shows them all on request; a 暂缓 an older version stored with "2 属性变更"
// and a log number is repaired when the workspace is opened again. The status bar counts open / all blockers
// by the same definition (the excepted one handled, the deferred one open), says no check has run before the
// first one, and counts the restored results after a reload; a re-opened exception says its area when resolved and now, the region hashes only in the tooltip.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Conflict } from '../../engine/rules/types.ts';
import { openApp, type OpenApp } from './support/index.ts';

let app: OpenApp;
let page: Page;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-/;
let deferred: Conflict;
let excepted: Conflict;

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 120_000 });
}

async function select(p: Page, c: Conflict) {
  await p.evaluate((key) => window.lantuEditor!.store.getState().selectConflict(key), c.key);
  await p.waitForSelector(`[data-testid=resolve-panel][data-conflict="${c.key}"]`);
}

async function resolutionOf(p: Page, key: string) {
  return p.evaluate((k) => window.lantuEditor!.store.getState().workspace.resolutions?.find((r) => r.conflictKey === k) ?? null, key);
}

async function listStatus(p: Page, c: Conflict, status: string): Promise<string | null> {
  await p.evaluate((s) => window.lantuEditor!.store.getState().setFilters({ status: s as never, ruleId: '' }), status);
  const cell = p.locator(`[data-testid=conflict-row][data-conflict-key="${c.key}"] .c-status`);
  await cell.waitFor({ timeout: 30_000 });
  const text = await cell.textContent();
  await p.evaluate(() => window.lantuEditor!.store.getState().setFilters({ status: '' }));
  return text;
}

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await ready(page);
  // A fresh workspace before any check: the status bar says so instead of counting zeros.
  await expect(page.getByTestId('count-not-checked').textContent()).resolves.toBe('尚未运行检查');
  await expect(page.getByTestId('count-blocker').count()).resolves.toBe(0);
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
  const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts);
  const blockers = all.filter((c) => c.severity === 'blocker' && c.subject?.bsm && c.object?.bsm && c.town);
  deferred = blockers[0]!;
  excepted = blockers.find(
    (c) =>
      c.subject!.featureId !== deferred.subject!.featureId &&
      c.object!.featureId !== deferred.object!.featureId &&
      c.subject!.featureId !== deferred.object!.featureId,
  )!;
  await page.getByTestId('resolve-tab').click();
  await select(page, deferred);
  await page.getByTestId('workstation-user-input').fill('张协调');
  await page.getByTestId('workstation-user-save').click();
}, 240_000);

afterAll(async () => {
  await app?.close();
});

describe('statuses tell the truth; names, not ids', () => {
  it('shows a deferral as 暂缓 in the panel and the list, with who, when and why but no change type or log number', async () => {
    await select(page, deferred);
    await page.getByTestId('resolve-kind').selectOption('defer');
    await page.getByTestId('resolve-reason').fill('待专题论证');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=defer]');
    const r = (await resolutionOf(page, deferred.key))!;
    expect(r).toMatchObject({ kind: 'defer', decidedBy: '张协调', reason: '待专题论证' });
    expect(r.logNumber).toBeUndefined();
    expect(r.changeType).toBeUndefined();
    await expect.poll(() => page.getByTestId('resolve-status').textContent(), { timeout: 10_000 }).toBe('暂缓');
    await expect.poll(() => page.getByTestId('resolve-record').textContent(), { timeout: 10_000 }).toContain('待专题论证');
    await expect.poll(() => page.getByTestId('resolve-not-logged').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => listStatus(page, deferred, 'deferred'), { timeout: 10_000 }).toBe('暂缓');
  });

  it('shows an exception as 例外（已批准）in the panel and the list', async () => {
    await select(page, excepted);
    await page.getByTestId('resolve-kind').selectOption('exception');
    await page.getByTestId('resolve-approval').fill('豫政土〔2026〕12号');
    await page.getByTestId('resolve-authority').fill('河南省人民政府');
    await page.getByTestId('resolve-exception-reason').fill('不可避让');
    await page.getByTestId('resolve-apply').click();
    await page.waitForSelector('[data-testid=resolve-record][data-kind=exception]');
    const r = (await resolutionOf(page, excepted.key))!;
    expect(r.logNumber).toBeUndefined();
    await expect.poll(() => page.getByTestId('resolve-status').textContent(), { timeout: 10_000 }).toBe('例外（已批准）');
    await expect.poll(() => listStatus(page, excepted, 'exceptionApproved'), { timeout: 10_000 }).toBe('例外（已批准）');
  });

  it('counts open / all blockers in the status bar: the excepted one is handled, the deferred one is not', async () => {
    const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts.filter((c) => c.severity === 'blocker').length);
    const badge = page.getByTestId('count-blocker');
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toBe(`阻断 ${all - 1} / ${all}`);
    await expect.poll(() => badge.getAttribute('title'), { timeout: 10_000 }).toBe(`未处置 ${all - 1}，共 ${all}`);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect.poll(() => badge.getAttribute('title'), { timeout: 10_000 }).toBe(`${all - 1} open of ${all}`);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
  });

  it('names the features and conflicts in the history, with the ids in the tooltip, in Chinese and English', async () => {
    const target = deferred.subject!;
    await page.evaluate((p) => {
      const s = window.lantuEditor!.store.getState();
      const feature = s.workspace.plans.get(p.planId as never)!.features.get(p.featureId as never)!;
      s.execute({
        kind: 'setAttributes',
        planId: p.planId as never,
        featureId: p.featureId as never,
        before: feature.properties,
        after: { ...feature.properties, BZ: '核查' },
      });
    }, target);
    await page.getByTestId('history-tab').click();
    const items = page.locator('[data-testid=history] li');
    const whatTexts = () => page.locator('[data-testid=history] li .history-what').allTextContents();
    await expect.poll(async () => (await whatTexts()).at(-1), { timeout: 10_000 }).toBe(`修改属性 · ${party(target, 'zh')}`);
    const texts = await whatTexts();
    // Who and when: this installation's station name (测试工作站, seeded by openApp) and the time, never an id.
    const by = await page.locator('[data-testid=history] li .history-by').allTextContents();
    expect(by.at(-1)).toMatch(/^测试工作站 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    for (const t of by) expect(t).not.toMatch(UUID);
    const resolution = texts.find((t) => t.startsWith('冲突处置 · ') && t.includes(deferred.subject!.bsm!))!;
    expect(resolution).toBe(
      `冲突处置 · ${deferred.ruleId} ${deferred.title}：${party(deferred.subject!, 'zh')} × ${party(deferred.object!, 'zh')}，${deferred.town!.name}（暂缓）`,
    );
    expect(texts.at(-1)).toBe(`修改属性 · ${party(target, 'zh')}`);
    for (const t of texts) expect(t).not.toMatch(UUID);
    await expect(items.nth(texts.indexOf(resolution)).getAttribute('title')).resolves.toBe(deferred.key);
    await expect(items.last().getAttribute('title')).resolves.toContain(target.featureId);
    await page.getByTestId('language').click();
    await expect
      .poll(
        async () =>
          (await whatTexts()).some(
            (t) =>
              t.startsWith(`Conflict resolution · ${deferred.ruleId} `) &&
              t.endsWith(`, ${deferred.town!.name} (Defer)`) &&
              t.includes(`(BSM ${deferred.object!.bsm})`),
          ),
        { timeout: 10_000 },
      )
      .toBe(true);
    const en = await whatTexts();
    expect((await page.locator('[data-testid=history] li .history-by').allTextContents()).at(-1)).toMatch(
      /^测试工作站 · \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/,
    );
    for (const t of en) expect(t).not.toMatch(UUID);
    await page.getByTestId('language').click();
  });

  it('refuses the final export naming each blocker and its status (暂缓 for the deferred one), says how many more, and shows them all', async () => {
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+e');
    await page.waitForSelector('[data-testid=export-dialog]');
    await page.getByTestId('export-final').check();
    await page.getByTestId('export-start').click();
    await page.waitForSelector('[data-testid=export-refused]', { timeout: 240_000 });
    const reasons = page.locator('[data-testid=export-reasons] li');
    const shown = await reasons.allTextContents();
    for (const t of shown) expect(t).not.toMatch(UUID);
    expect(shown.length).toBe(20);
    const more = await page.getByTestId('export-reasons-more').textContent();
    const rest = Number(/另有 (\d+) 项未列出/.exec(more ?? '')?.[1]);
    expect(rest).toBeGreaterThan(0);
    await page.getByTestId('export-reasons-toggle').click();
    await expect.poll(() => reasons.count(), { timeout: 10_000 }).toBe(20 + rest);
    const all = await reasons.allTextContents();
    expect(all.length).toBe(20 + rest);
    await expect.poll(() => page.getByTestId('export-reasons-more').textContent(), { timeout: 10_000 }).toContain(`共 ${20 + rest} 项`);
    const line = all.find(
      (t) =>
        t.includes(`（BSM ${deferred.subject!.bsm}）`) &&
        t.includes(`（BSM ${deferred.object!.bsm}）`) &&
        t.startsWith(`阻断冲突 ${deferred.ruleId} `),
    );
    expect(line).toBe(
      `阻断冲突 ${deferred.ruleId} ${deferred.title}：${party(deferred.subject!, 'zh')} × ${party(deferred.object!, 'zh')}，${deferred.town!.name}（暂缓）`,
    );
    expect(
      all.some(
        (t) =>
          t.includes(`（BSM ${excepted.subject!.bsm}）`) &&
          t.includes(`（BSM ${excepted.object!.bsm}）`) &&
          t.startsWith(`阻断冲突 ${excepted.ruleId} `),
      ),
    ).toBe(false);
    expect(all.filter((t) => t.startsWith('阻断冲突 ')).every((t) => /（(未处置|暂缓|例外（已过期）|重新打开)）$/.test(t))).toBe(true);
    const index = all.indexOf(line!);
    await expect(reasons.nth(index).getAttribute('title')).resolves.toBe(deferred.key);
    // The dialog covers the toolbar: the language is switched through the store, as the toolbar button does.
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(async () => (await reasons.allTextContents())[index], { timeout: 10_000 })
      .toMatch(
        new RegExp(
          `^blocker ${deferred.ruleId} .+: .+ \\(BSM ${deferred.subject!.bsm}\\) × .+ \\(BSM ${deferred.object!.bsm}\\), .+ \\(deferred\\)$`,
        ),
      );
    const en = await reasons.allTextContents();
    for (const t of en) expect(t).not.toMatch(UUID);
    await expect.poll(() => page.getByTestId('export-reasons-more').textContent(), { timeout: 10_000 }).toContain(`${20 + rest} in all.`);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.getByTestId('export-close').click();
  }, 300_000);

  it('repairs a 暂缓 an older version stored as "2 属性变更" with a log number when the workspace is opened again', async () => {
    await page.evaluate(() => window.lantuEditor!.autosave.flush());
    const patched = await page.evaluate(
      (key) =>
        new Promise<number>((done, fail) => {
          const open = indexedDB.open('lantu');
          open.onerror = () => fail(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('log', 'readwrite');
            let count = 0;
            const age = (c: { kind: string; commands?: unknown[]; after?: Record<string, unknown> | null }): void => {
              if (c.kind === 'batch') c.commands!.forEach((x) => age(x as never));
              if (c.kind === 'setResolution' && c.after && c.after['conflictKey'] === key) {
                c.after['logNumber'] = '20260101000009';
                c.after['changeType'] = 2;
                count++;
              }
            };
            tx.objectStore('log').openCursor().onsuccess = (e) => {
              const cursor = (e.target as IDBRequest<IDBCursorWithValue | null>).result;
              if (!cursor) return;
              const row = cursor.value as { command: never };
              age(row.command);
              cursor.update(row);
              cursor.continue();
            };
            tx.oncomplete = () => {
              open.result.close();
              done(count);
            };
          };
        }),
      deferred.key,
    );
    expect(patched).toBe(1);
    const blockerBadge = await page.getByTestId('count-blocker').textContent();
    await page.reload();
    await ready(page);
    await page.evaluate(() => window.lantuEditor!.checks.idle());
    const r = (await resolutionOf(page, deferred.key))!;
    expect(r).toMatchObject({ kind: 'defer', decidedBy: '张协调', reason: '待专题论证' });
    expect(r.logNumber).toBeUndefined();
    expect(r.changeType).toBeUndefined();
    // The last check's results survive the reload: the status bar counts them as before (the excepted one handled,
    // the repaired 暂缓 still open) instead of saying no check has run or counting zeros.
    const all = await page.evaluate(() => window.lantuEditor!.store.getState().conflicts.filter((c) => c.severity === 'blocker').length);
    expect(all).toBeGreaterThan(1);
    await expect.poll(() => page.getByTestId('count-not-checked').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(() => page.getByTestId('count-blocker').textContent(), { timeout: 10_000 }).toBe(`阻断 ${all - 1} / ${all}`);
    expect(blockerBadge).toBe(`阻断 ${all - 1} / ${all}`);
    expect(app.problems.list).toEqual([]);
  }, 180_000);

  it("says a re-opened exception's area when resolved and now, in words, with the region hashes only in the tooltip", async () => {
    // Move the excepted conflict's subject a few metres: its region changes, the exception is re-opened.
    await page.evaluate(async (p) => {
      const s = window.lantuEditor!.store.getState();
      const feature = s.workspace.plans.get(p.planId as never)!.features.get(p.featureId as never)!;
      const shift = (c: unknown): unknown =>
        typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + 0.00003, (c as number[])[1]!] : (c as unknown[]).map(shift);
      const geometry = { ...feature.geometry, coordinates: shift((feature.geometry as { coordinates: unknown }).coordinates) } as never;
      s.execute({
        kind: 'setGeometry',
        planId: p.planId as never,
        featureId: p.featureId as never,
        before: feature.geometry,
        after: geometry,
      });
      await window.lantuEditor!.checks.runAll();
      await window.lantuEditor!.checks.idle();
    }, excepted.subject!);
    await page.getByTestId('resolve-tab').click();
    await select(page, excepted);
    const reason = page.getByTestId('resolve-reopen-reason');
    await expect
      .poll(() => reason.textContent(), { timeout: 10_000 })
      .toMatch(/^冲突区域已变化：处置时 \d+\.\d+ (公顷|米)，现在 \d+\.\d+ (公顷|米)，需重新处置$/);
    const zh = (await reason.textContent())!;
    await expect.poll(() => reason.getAttribute('title'), { timeout: 10_000 }).toMatch(/^区域哈希 [0-9a-f]{8} → [0-9a-f]{8}$/);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(() => reason.textContent(), { timeout: 10_000 })
      .toMatch(/^The conflict region changed: \d+\.\d+ (ha|m) when resolved, \d+\.\d+ (ha|m) now\. Resolve it again\.$/);
    const en = (await reason.textContent())!;
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    for (const t of [zh, en]) expect(t).not.toMatch(/哈希|hash|[0-9a-f]{8}/i);
  }, 180_000);
});

function party(p: NonNullable<Conflict['subject']>, lang: 'zh' | 'en'): string {
  const layers: Record<string, [string, string]> = {
    GHYDYH: ['规划用地用海', 'Planned land and sea use'],
    YJJBNT: ['永久基本农田', 'Permanent basic farmland'],
    CZKFBJ: ['城镇开发边界', 'Urban development boundary'],
    XZQ: ['行政区', 'Administrative division'],
    STBHHX: ['生态保护红线', 'Ecological protection red line'],
    ZRBHD: ['自然保护地', 'Nature reserve'],
    YYSY: ['饮用水水源保护区', 'Drinking-water source protection zone'],
    CYYQ: ['产业园区', 'Industrial park'],
    GYXM: ['产业项目', 'Industrial project'],
    JTXL: ['交通线路', 'Transport line'],
    JTSS: ['交通设施', 'Transport facility'],
  };
  const layer = layers[p.layer]![lang === 'zh' ? 0 : 1];
  return lang === 'zh'
    ? `${layer}${p.name ? `「${p.name}」` : ''}（BSM ${p.bsm}）`
    : `${layer}${p.name ? ` "${p.name}"` : ''} (BSM ${p.bsm})`;
}
