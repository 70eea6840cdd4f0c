// The workstation layout in Chromium under the app's CSP, at a 1366×768 bureau laptop and at 1920×1080: antd's
// stylesheet and its theme variables (injected with the page nonce) apply with no CSP violation, the map gets ≥ 55 % of a 1366×768 window,
// the toolbar keeps one row with no clipped label (Chinese and English, 1366 and 1600, and after the window widens
// and narrows again), the conflict list can be
// enlarged to ≥ 12 visible rows, departments show their short names with the full name in a tooltip, the
// severity header is whole, and the panel sizes come back after a reload. Screenshots go to docs/.
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { DEFAULT_DEPARTMENTS } from '../../renderer/services/review/defaultDepartments.ts';

const DOCS = join(PROJECT_ROOT, 'docs');
let app: OpenApp | undefined;

afterEach(async () => {
  await app?.close();
  app = undefined;
});

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
  await p.evaluate(() => window.lantuMap!.whenRendered());
}

/** Labels in the toolbar whose text does not fit (an ellipsis or a cut), and whether the row wrapped. */
async function toolbarProblems(p: Page): Promise<{ clipped: string[]; rows: number; overflow: boolean }> {
  return p.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[role=toolbar]')!;
    const clipped: string[] = [];
    for (const el of bar.querySelectorAll<HTMLElement>('button, button span, strong, label, label span, select')) {
      if (el.offsetParent === null) continue;
      if (el.scrollWidth > el.clientWidth + 1)
        clipped.push(`${el.tagName} "${el.textContent?.trim()}" ${el.scrollWidth}>${el.clientWidth}`);
    }
    const tops = new Set<number>();
    for (const el of bar.children) {
      const box = (el as HTMLElement).getBoundingClientRect();
      if (box.width > 0) tops.add(Math.round(box.top + box.height / 2));
    }
    return { clipped, rows: tops.size, overflow: bar.scrollWidth > bar.clientWidth };
  });
}

/** Toolbar items (and the labels in them) that end beyond the toolbar's right edge or the window's. */
async function toolbarItemsOffScreen(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const bar = document.querySelector<HTMLElement>('[role=toolbar]')!;
    const right = Math.min(bar.getBoundingClientRect().right, window.innerWidth);
    return [...bar.querySelectorAll<HTMLElement>(':scope > *, button span')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && box.right > right + 0.5;
      })
      .map((el) => `"${el.textContent?.trim()}" ends at ${Math.round(el.getBoundingClientRect().right)} > ${Math.round(right)}`);
  });
}

/** Conflict rows wholly inside the visible part of the table body. */
async function visibleRows(p: Page): Promise<number> {
  return p.evaluate(() => {
    const body = document.querySelector<HTMLElement>('.conflict-table .ant-table-tbody-virtual-holder, .conflict-table .ant-table-body')!;
    const view = body.getBoundingClientRect();
    let n = 0;
    for (const row of document.querySelectorAll<HTMLElement>('[data-testid=conflict-row]')) {
      const box = row.getBoundingClientRect();
      if (box.height > 0 && box.top >= view.top - 1 && box.bottom <= view.bottom + 1) n++;
    }
    return n;
  });
}

async function mapShare(p: Page, width: number, height: number): Promise<{ w: number; h: number; share: number }> {
  const box = (await p.locator('[data-testid=map]').boundingBox())!;
  return { w: Math.round(box.width), h: Math.round(box.height), share: (box.width * box.height) / (width * height) };
}

async function runChecks(p: Page) {
  await p.getByTestId('run-checks').click();
  await p.waitForFunction(
    () => window.lantuEditor!.store.getState().checked && !window.lantuEditor!.store.getState().progress.running,
    null,
    { timeout: 120_000 },
  );
  await p.locator('[data-testid=conflict-row]').first().waitFor();
}

/** Drags the bar above the bottom dock so the dock grows by `byPx`. */
async function enlargeBottomDock(p: Page, byPx: number) {
  const bar = p.locator('.panel-map + .ant-splitter-bar .ant-splitter-bar-dragger');
  const box = (await bar.boundingBox())!;
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await p.mouse.move(x, y);
  await p.mouse.down();
  await p.mouse.move(x, y - byPx / 2, { steps: 4 });
  await p.mouse.move(x, y - byPx, { steps: 4 });
  await p.mouse.up();
}

/**
 * Controls within 40 px of a splitter bar (filters, buttons, sliders, tabs) with a point of theirs — the centre,
 * and a quarter in from each side — where something else is topmost (`document.elementFromPoint`): there a click
 * would not reach the control. Also the fold buttons that stick out of their bar.
 */
async function controlsCoveredNearSplitters(p: Page): Promise<{ covered: string[]; foldButtons: number; foldOutsideBar: string[] }> {
  return p.evaluate(() => {
    const bars = [...document.querySelectorAll<HTMLElement>('.ant-splitter-bar')].map((bar) => bar.getBoundingClientRect());
    const near = (r: DOMRect) =>
      bars.some((b) => r.left < b.right + 40 && r.right > b.left - 40 && r.top < b.bottom + 40 && r.bottom > b.top - 40);
    const selector =
      'button, [role=button], [role=tab], a[href], .ant-select, .ant-slider, .ant-input-affix-wrapper, input:not([type=hidden]), .ant-checkbox-wrapper, .ant-radio-button-wrapper';
    const controls = [...document.querySelectorAll<HTMLElement>(`[data-testid=layout] :is(${selector})`)].filter(
      (el) => !el.closest('.ant-splitter-bar') && !el.parentElement?.closest(selector),
    );
    const clipped = (el: HTMLElement, x: number, y: number) => {
      for (let a = el.parentElement; a; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const r = a.getBoundingClientRect();
        if (x < r.left || x > r.right || y < r.top || y > r.bottom) return true;
      }
      return false;
    };
    const covered: string[] = [];
    for (const el of controls) {
      const r = el.getBoundingClientRect();
      if (r.width < 4 || r.height < 4 || r.bottom > innerHeight || r.right > innerWidth || !near(r)) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const cx = r.left + r.width / 2;
      const cy = r.top + r.height / 2;
      const points: [number, number][] = [
        [cx, cy],
        [cx, r.top + r.height / 4],
        [cx, r.bottom - r.height / 4],
        [r.left + r.width / 4, cy],
        [r.right - r.width / 4, cy],
      ];
      for (const [x, y] of points) {
        // A point its own panel clips (a folded layer tree keeps its controls, out of sight) is nobody's to click.
        if (clipped(el, x, y)) continue;
        const hit = document.elementFromPoint(x, y);
        if (hit && !el.contains(hit)) {
          const name = (el.textContent ?? '').trim() || el.getAttribute('aria-label') || el.className;
          covered.push(`"${name}" at ${Math.round(x)},${Math.round(y)} under ${hit.tagName}.${String(hit.className)}`);
          break;
        }
      }
    }
    const folds = [...document.querySelectorAll<HTMLElement>('.ant-splitter-bar-collapse-bar')];
    const foldOutsideBar = folds
      .filter((fold) => {
        const f = fold.getBoundingClientRect();
        if (f.width === 0) return false;
        const b = fold.closest('.ant-splitter-bar')!.getBoundingClientRect();
        return f.left < b.left - 0.5 || f.right > b.right + 0.5 || f.top < b.top - 0.5 || f.bottom > b.bottom + 0.5;
      })
      .map((fold) => fold.className);
    return { covered, foldButtons: folds.length, foldOutsideBar };
  });
}

describe('the workstation layout', () => {
  it('keeps the fold buttons inside their splitter bars: at 1366×768 and 1920×1080 every control near a bar gets its own clicks', async () => {
    for (const [width, height] of [
      [1366, 768],
      [1920, 1080],
    ] as const) {
      app = await openApp({ viewport: { width, height } });
      const p = app.page;
      await ready(p);
      await runChecks(p);
      await p.mouse.move(width / 2, 200);
      for (const language of ['zh', 'en']) {
        const found = await controlsCoveredNearSplitters(p);
        expect(found.covered, `${language} ${width}×${height}`).toEqual([]);
        expect(found.foldOutsideBar, `${language} ${width}×${height}`).toEqual([]);
        expect(found.foldButtons).toBeGreaterThanOrEqual(4);
        if (language === 'zh') {
          await p.getByTestId('language').click();
          await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
          await p.waitForTimeout(300);
        }
      }
      // The bottom dock's fold button still folds it.
      await p.locator('.panel-map + .ant-splitter-bar .ant-splitter-bar-collapse-bar-end').click();
      await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=panel-bottom]')!.getBoundingClientRect().height < 2);
      expect(app.problems.list).toEqual([]);
      await app.close();
      app = undefined;
    }
  });

  it("applies antd styles and the nonce'd theme at 1366×768 with no CSP violation, and gives the map ≥ 55 % of the window", async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const p = app.page;
    await ready(p);
    const styles = await p.evaluate(() => {
      const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')!.nonce ?? '';
      const button = getComputedStyle(document.querySelector('[data-testid=run-checks]')!);
      const styleTags = [...document.querySelectorAll('style')];
      const sheets = [...document.styleSheets].filter((sheet) => sheet.href !== null);
      return {
        nonceIsFresh: nonce.length > 10 && nonce !== 'LANTU_CSP_NONCE',
        themeStyleCount: styleTags.filter((s) => (s.textContent ?? '').includes('--ant-color-primary')).length,
        withoutNonce: styleTags.filter((s) => s.nonce !== nonce).length,
        antdSheet: sheets.some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.startsWith('.ant-btn'))),
        background: button.backgroundColor,
        radius: button.borderTopLeftRadius,
        height: button.height,
      };
    });
    expect(styles.nonceIsFresh).toBe(true);
    // antd's component CSS is a file from 'self'; the theme's variables are injected at run time with the nonce.
    expect(styles.antdSheet).toBe(true);
    expect(styles.themeStyleCount).toBeGreaterThan(0);
    expect(styles.withoutNonce).toBe(0);
    // The theme's primary colour and radius (antd.css alone gives rgb(22, 119, 255) and 6px): the injected
    // variables apply, so the nonce'd <style> was accepted.
    expect(styles.background).toBe('rgb(21, 101, 192)');
    expect(styles.radius).toBe('3px');
    expect(styles.height).toBe('24px');

    const map = await mapShare(p, 1366, 768);
    expect(map.share, `map ${map.w}×${map.h}`).toBeGreaterThanOrEqual(0.55);
    await expect.poll(() => toolbarProblems(p), { timeout: 10_000 }).toEqual({ clipped: [], rows: 1, overflow: false });
    expect(app.problems.list).toEqual([]);
  });

  it('enlarges the conflict list to ≥ 12 rows at 1366×768, shows short department names and whole headers, and remembers the sizes after a reload', async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const p = app.page;
    await ready(p);
    await runChecks(p);
    await p.mouse.move(600, 300);
    await p.screenshot({ path: join(DOCS, 'screenshots', 'layout-1366.png') });
    const before = await visibleRows(p);
    // By default the dock shows a few whole rows (it showed 2) while the map keeps ≥ 55 % of the window.
    expect(before).toBeGreaterThanOrEqual(4);
    expect((await mapShare(p, 1366, 768)).share).toBeGreaterThanOrEqual(0.55);
    await enlargeBottomDock(p, 320);
    // The list takes the dock's new height on React's next render: polled, not read once.
    await expect.poll(() => visibleRows(p), { timeout: 10_000, message: `rows before ${before}` }).toBeGreaterThanOrEqual(12);

    const headers = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.conflict-table .ant-table-thead th')].map((th) => ({
        text: th.textContent ?? '',
        clipped: th.scrollWidth > th.clientWidth + 1,
      })),
    );
    expect(headers.find((h) => h.text === '严重程度')).toEqual({ text: '严重程度', clipped: false });
    expect(headers.filter((h) => h.clipped)).toEqual([]);

    const names = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid=conflict-row] .department-short')].map((el) => ({
        short: el.textContent ?? '',
        full: el.dataset.department ?? '',
        clipped: el.scrollWidth > el.clientWidth + 1,
      })),
    );
    const shortNames = new Set(DEFAULT_DEPARTMENTS.map((d) => d.shortZh));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      expect(shortNames.has(name.short), `${name.short} (${name.full})`).toBe(true);
      expect(name.clipped).toBe(false);
    }
    // Every department cell is whole: no cell of the column ends in an ellipsis.
    const partiesClipped = await p.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=conflict-row] .c-parties .department-short')].filter((el) => {
          const cell = el.closest<HTMLElement>('.c-parties')!.getBoundingClientRect();
          return el.getBoundingClientRect().right > cell.right;
        }).length,
    );
    expect(partiesClipped).toBe(0);
    const first = p.locator('[data-testid=conflict-row] .department-short').first();
    await first.hover();
    const full = await first.getAttribute('data-department');
    await expect(p.locator('.ant-tooltip').getByText(full!, { exact: true }).waitFor({ timeout: 5000 })).resolves.toBeUndefined();

    const map = await mapShare(p, 1366, 768);
    await p.mouse.move(600, 100);
    await p
      .waitForFunction(
        () => [...document.querySelectorAll('.ant-tooltip')].every((el) => el.classList.contains('ant-tooltip-hidden')),
        null,
        { timeout: 5000 },
      )
      .catch(() => undefined);
    await p.screenshot({ path: join(DOCS, 'screenshots', 'layout-1366-list.png') });
    const bottomBefore = Math.round((await p.locator('[data-testid=panel-bottom]').boundingBox())!.height);

    await p.reload();
    await ready(p);
    const bottomAfter = Math.round((await p.locator('[data-testid=panel-bottom]').boundingBox())!.height);
    expect(Math.abs(bottomAfter - bottomBefore), `${bottomBefore} → ${bottomAfter}, map was ${map.w}×${map.h}`).toBeLessThanOrEqual(2);
    expect(app.problems.list).toEqual([]);
  });

  it('keeps the toolbar on one row with no clipped label in Chinese and English at 1366 and 1600 px', async () => {
    for (const width of [1366, 1600]) {
      app = await openApp({ viewport: { width, height: 900 } });
      const p = app.page;
      await ready(p);
      await expect
        .poll(() => toolbarProblems(p), { timeout: 10_000, message: `zh ${width}` })
        .toEqual({ clipped: [], rows: 1, overflow: false });
      // In Chinese the CJK face comes first: its ’ is full-width, as Chinese text wants.
      await expect(
        p.evaluate(() => {
          const span = document.createElement('span');
          span.textContent = '’';
          span.style.position = 'absolute';
          document.body.appendChild(span);
          const w = span.getBoundingClientRect().width;
          span.remove();
          return w;
        }),
      ).resolves.toBeGreaterThan(10);
      await p.getByTestId('language').click();
      await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
      await p.waitForTimeout(100);
      await expect
        .poll(() => toolbarProblems(p), { timeout: 10_000, message: `en ${width}` })
        .toEqual({ clipped: [], rows: 1, overflow: false });
      // English is set in a Latin face, in the app and in antd's pop-ups (on the body): an apostrophe is narrow, not
      // the CJK faces' full-width ’ that reads as a gap.
      const quoteWidths = await p.evaluate(() =>
        [document.querySelector('.app')!, document.body, document.querySelector('.ant-btn')!].map((host) => {
          const span = document.createElement('span');
          span.textContent = '’';
          span.style.position = 'absolute'; // out of the flex layout, at its own width
          host.appendChild(span);
          const w = span.getBoundingClientRect().width;
          span.remove();
          return w;
        }),
      );
      expect(Math.max(...quoteWidths), `apostrophe widths ${quoteWidths.join(', ')}`).toBeLessThan(6);
      // What no longer fits sits in the 更多 menu, still reachable.
      if (await p.getByTestId('toolbar-more').count()) {
        await p.getByTestId('toolbar-more').click();
        await p.getByTestId('subtract-other').waitFor();
        await p.keyboard.press('Escape');
      } else {
        await expect(p.getByTestId('subtract-other').isVisible()).resolves.toBe(true);
      }
      expect(app.problems.list).toEqual([]);
      await app.close();
      app = undefined;
    }
  });

  it('folds and unfolds the English toolbar as the window narrows and widens, with every item whole and on screen', async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const p = app.page;
    await ready(p);
    await p.getByTestId('language').click();
    await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
    await expect.poll(() => p.getByTestId('toolbar-more').count(), { timeout: 10_000 }).toBe(1);
    for (const wide of [1600, 1920]) {
      await p.setViewportSize({ width: wide, height: 768 });
      await expect.poll(() => p.getByTestId('toolbar-more').count(), { timeout: 10_000, message: `at ${wide}` }).toBe(0);
      await expect.poll(() => toolbarProblems(p), { timeout: 10_000 }).toEqual({ clipped: [], rows: 1, overflow: false });
      // Back to the laptop's width: the row folds again (it stayed 183 px too wide, the language switch off-screen).
      await p.setViewportSize({ width: 1366, height: 768 });
      await expect
        .poll(() => toolbarProblems(p), { timeout: 10_000, message: `${wide} → 1366` })
        .toEqual({ clipped: [], rows: 1, overflow: false });
      await expect.poll(() => toolbarItemsOffScreen(p), { timeout: 10_000 }).toEqual([]);
      await expect(p.getByTestId('toolbar-more').isVisible()).resolves.toBe(true);
    }
    expect(app.problems.list).toEqual([]);
  });

  it('lists the conflicts in English at 1366×768 with every dock tab whole beside the filters, and no layout loop', async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const p = app.page;
    await ready(p);
    await p.getByTestId('language').click();
    await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
    await runChecks(p);
    await p.waitForTimeout(1000);
    // The filters give way, not the tabs: no tab hides behind antd's ⋯ button.
    const tabs = () =>
      p.evaluate(() => {
        const wrap = document.querySelector('.dock-tabs > .ant-tabs-nav > .ant-tabs-nav-wrap')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('.dock-tabs > .ant-tabs-nav .ant-tabs-tab')).map((tab) => {
          const r = tab.getBoundingClientRect();
          return { text: tab.textContent, whole: r.left >= wrap.left - 0.5 && r.right <= wrap.right + 0.5 };
        });
      });
    await expect
      .poll(tabs, { timeout: 10_000 })
      .toEqual(['Conflicts173', 'Attribute table', 'Data sources'].map((text) => ({ text, whole: true })));
    await expect(p.locator('.dock-tabs > .ant-tabs-nav .ant-tabs-nav-more').isVisible()).resolves.toBe(false);
    await expect.poll(() => visibleRows(p), { timeout: 10_000 }).toBeGreaterThanOrEqual(3);
    // The right dock's four tabs keep one row of their own, each whole ("Receipt" wrapped among the package actions).
    const dockTabs = await p.evaluate(() => {
      const row = document.querySelector('.coordinator .dock-tab-row')!;
      const box = row.getBoundingClientRect();
      return Array.from(row.children).map((tab) => {
        const r = tab.getBoundingClientRect();
        return { text: tab.textContent, whole: r.top === box.top && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 };
      });
    });
    expect(dockTabs).toEqual(['Resolve', 'Indicators', 'Projects', 'Receipt'].map((text) => ({ text, whole: true })));
    // A status reads as a word of its own in its cell: Open, not the "open" a sentence embeds.
    await expect(p.locator('[data-testid=conflict-row] .c-status [data-status=open]').first().textContent()).resolves.toBe('Open');
    // When the ⋯ button (38 px) showed in the 27-px bar, the bar and the list re-measured each other until React
    // stopped the page ("Maximum update depth exceeded").
    expect(app.problems.list).toEqual([]);
  });

  it('keeps every English department, header and filter whole at 1366×768, with the layer tree folded and open', async () => {
    app = await openApp({ viewport: { width: 1366, height: 768 } });
    const p = app.page;
    await ready(p);
    await p.getByTestId('language').click();
    await p.waitForFunction(() => document.querySelector('[data-testid=run-checks]')?.textContent?.includes('Run checks'));
    await runChecks(p);
    const shortNames = new Set(DEFAULT_DEPARTMENTS.map((d) => d.shortEn));
    /** Whatever a reader of the list sees cut: headers, filter labels, department names (by their text). */
    const cut = () =>
      p.evaluate(() => {
        const found: string[] = [];
        for (const th of document.querySelectorAll<HTMLElement>('.conflict-table .ant-table-thead th')) {
          if (th.scrollWidth > th.clientWidth + 1) found.push(`header "${th.textContent}"`);
        }
        for (const item of document.querySelectorAll<HTMLElement>('.filters .ant-select-selection-item')) {
          if (item.scrollWidth > item.clientWidth + 1) found.push(`filter "${item.textContent}"`);
        }
        for (const el of document.querySelectorAll<HTMLElement>('[data-testid=conflict-row] .c-parties .department-short')) {
          const cell = el.closest<HTMLElement>('.c-parties')!.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          if (el.scrollWidth > el.clientWidth + 1 || box.right > cell.right + 0.5 || box.width === 0)
            found.push(`department "${el.textContent}"`);
        }
        return [...new Set(found)];
      });
    const departments = () =>
      p.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[data-testid=conflict-row] .department-short')].map((el) => el.textContent ?? ''),
      );
    // Folded layer tree (the laptop's default), then open: the table is 280 px narrower.
    await expect.poll(cut, { timeout: 10_000, message: 'layer tree folded' }).toEqual([]);
    await p.locator('.panel-left + .ant-splitter-bar .ant-splitter-bar-collapse-bar-end').click();
    await p.waitForFunction(() => document.querySelector<HTMLElement>('[data-testid=panel-left]')!.getBoundingClientRect().width > 200);
    await expect.poll(cut, { timeout: 10_000, message: 'layer tree open' }).toEqual([]);
    // No tab hides behind antd's ⋯ button: the filters took a row of their own under the tabs.
    const tabsWhole = () =>
      p.evaluate(() => {
        const wrap = document.querySelector('.dock-tabs > .ant-tabs-nav > .ant-tabs-nav-wrap')!.getBoundingClientRect();
        return Array.from(document.querySelectorAll('.dock-tabs > .ant-tabs-nav .ant-tabs-tab')).every((tab) => {
          const r = tab.getBoundingClientRect();
          return r.left >= wrap.left - 0.5 && r.right <= wrap.right + 0.5;
        });
      });
    await expect.poll(tabsWhole, { timeout: 10_000 }).toBe(true);
    await expect.poll(() => visibleRows(p), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    const shown = await departments();
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) {
      expect(shortNames.has(name), name).toBe(true);
      expect(name.length, name).toBeLessThanOrEqual(24);
    }
    await p.mouse.move(600, 300);
    await p.screenshot({ path: join(DOCS, 'screenshots', 'layout-1366-en-tree.png') });
    // Folded again, the filters return beside the tabs, still whole.
    await expect(p.locator('.dock-extra-row').count()).resolves.toBe(1);
    await p.locator('.panel-left + .ant-splitter-bar .ant-splitter-bar-collapse-bar-start').click();
    await expect.poll(() => p.locator('.dock-extra-row').count(), { timeout: 10_000 }).toBe(0);
    await expect.poll(cut, { timeout: 10_000, message: 'layer tree folded again' }).toEqual([]);
    expect(app.problems.list).toEqual([]);
  });

  it('lays out 1920×1080 with every panel open and the map largest', async () => {
    app = await openApp({ viewport: { width: 1920, height: 1080 } });
    const p = app.page;
    await ready(p);
    await runChecks(p);
    await p.mouse.move(900, 300);
    const map = await mapShare(p, 1920, 1080);
    expect(map.share, `map ${map.w}×${map.h}`).toBeGreaterThanOrEqual(0.45);
    expect((await p.locator('[data-testid=panel-left]').boundingBox())!.width).toBeGreaterThan(200);
    await expect.poll(() => visibleRows(p), { timeout: 10_000 }).toBeGreaterThanOrEqual(6);
    await expect.poll(() => toolbarProblems(p), { timeout: 10_000 }).toEqual({ clipped: [], rows: 1, overflow: false });
    await p.screenshot({ path: join(DOCS, 'screenshots', 'layout-1920.png') });
    await p.screenshot({ path: join(DOCS, 'screenshot-main.png') });
    expect(app.problems.list).toEqual([]);
  });
});

mkdirSync(join(DOCS, 'screenshots'), { recursive: true });
