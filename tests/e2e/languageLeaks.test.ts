// Every panel, tab and dialog in English with the Jiyuan demo loaded shows no CJK character outside user data
// (nodes marked `data-user-text`: plan titles, feature names, departments typed by users), and in Chinese no
// stray English word from the code outside a small reviewed allowlist (format names, field codes, units…). Lists a
// tour does not open are read on their own: the conflict filters, the attribute table's layers, its CSV and notice.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chooseImportOption, dropFileOnWindow, openApp, pickFilesVia, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const BOUNDARY_TXT = join(PROJECT_ROOT, 'tests', 'fixtures', 'import', 'boundary', 'gbk-crlf-two-parcels.txt');

let app: OpenApp;
let page: Page;
/** A GBK Shapefile of industrial projects with a coded WRDJ column (1/2/3), for the import dialog's later steps. */
let shpDir: string;

/** Visible text (text nodes and title / aria-label / placeholder) outside user-data nodes that matches `pattern`. */
async function leaksIn(p: Page, scope: string, mode: 'cjk' | 'latin'): Promise<string[]> {
  return p.evaluate(
    ({ scope, mode }) => {
      const cjk = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
      // Words from the code a Chinese screen may show: format names, codes, units, CRS names (reviewed).
      const allow = new Set(
        (
          'F5 BSM MJ YDYHFLDM YDYHFLMC XZQDM XZQMC DKMC GHDLMC GHDLBM GBK UTF-8 CSV PDF PNG SVG JSON GeoJSON Shapefile SHP DBF ' +
          'GPKG GeoPackage TXT CGCS2000 EPSG WGS84 m km ha km² m² GB/T OK Ctrl Shift Esc Del Enter A4 A3 dpi Ed25519 SHA-256 ID X Y ' +
          'lantu zip pub A4/A3 cpg prj'
        ).split(' '),
      );
      const root = document.querySelector(scope);
      if (!root) return [`(no ${scope})`];
      const found = new Set<string>();
      // User data: marked nodes, and what the user types into form controls. Chinese inside a node marked
      // lang="zh-CN" (the language switch, quoted legal sources) is intended; in Chinese, lang="en" is.
      const USER = '[data-user-text], textarea, input';
      const skipped = (el: Element) =>
        el.closest(USER) !== null || (mode === 'cjk' ? el.closest('[lang^=zh]:not(html)') : el.closest('[lang=en]')) !== null;
      const visible = (el: Element) => (el as HTMLElement).getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const check = (raw: string, where: string) => {
        // Composed messages quote user data ("…" in English, 「…」 in Chinese) and give file names in brackets:
        // those parts are user data.
        // Ids (UUIDs) are not words either.
        const text = raw
          .replace(/"[^"]*"|“[^”]*”|「[^」]*」|[（(][^（）()]*\.[A-Za-z0-9]{2,4}[）)]/g, ' ')
          .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, ' ');
        if (mode === 'cjk') {
          if (cjk.test(text)) found.add(`${where}: ${text.trim().slice(0, 80)}`);
          return;
        }
        // Whole words of letters only: ids, hashes and codes with digits are not words from the code.
        for (const word of text.match(/(?<![A-Za-z0-9_])[A-Za-z][A-Za-z/²]*(?![A-Za-z0-9_])/g) ?? []) {
          if (allow.has(word) || /^[A-Z]+$/.test(word)) continue; // field codes, shortcut keys
          found.add(`${where}: ${word} in «${text.trim().slice(0, 60)}»`);
        }
      };
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || !n.textContent?.trim() || !visible(el) || el.closest('script, style') || skipped(el)) continue;
        check(
          n.textContent,
          el.tagName.toLowerCase() + (typeof el.className === 'string' && el.className ? '.' + el.className.split(' ')[0] : ''),
        );
      }
      // Tooltips and labels. A tooltip marked data-user-title (it quotes user data), or repeating the text of
      // a user-data node inside it (antd's ellipsis title), is user data too. Icon names (antd's aria-label on
      // its own decorative icons) are not shown; an icon in a button is read with the button's name, so it counts.
      for (const el of root.querySelectorAll('[title], [aria-label], [placeholder]')) {
        if (!visible(el) || skipped(el) || el.matches('[data-user-title]') || (el.matches('.anticon') && !el.closest('.ant-btn'))) continue;
        const userTexts = new Set([...el.querySelectorAll('[data-user-text]')].map((u) => u.textContent ?? ''));
        for (const a of ['title', 'aria-label', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v && !userTexts.has(v)) check(v, `@${a}`);
        }
      }
      return [...found].sort();
    },
    { scope, mode },
  );
}

/** Closes the open dialogs with their own close button (…-close, …-cancel), innermost first. */
async function closeDialogs(p: Page) {
  for (let i = 0; i < 4; i++) {
    const close = p.locator('[role=dialog] button[data-testid$="-close"]:visible, [role=dialog] button[data-testid$="-cancel"]:visible');
    if ((await close.count()) === 0) return;
    await close.last().click();
    await p.waitForTimeout(200);
  }
}

/** Visits every panel, tab and dialog and returns what leaked in each, by view. */
async function tour(p: Page, mode: 'cjk' | 'latin'): Promise<Record<string, string[]>> {
  const results: Record<string, string[]> = {};
  // A view shows a change of state on React's next render, not at once: what it shows is read again for a while
  // before a leak is recorded, so a view caught half-rendered is not taken for a leak (a leak that stays still is).
  const look = async (label: string) => {
    let found = await leaksIn(p, 'body', mode);
    for (const since = Date.now(); found.length > 0 && Date.now() - since < 10_000; found = await leaksIn(p, 'body', mode)) {
      await p.waitForTimeout(200);
    }
    if (found.length > 0) results[label] = found;
  };
  /** The option texts of the open dropdown: its choices come from code tables (not user data), so in English
   *  none may be Chinese, whatever they are marked as. Looked at as a view too. */
  const choices = async (label: string) => {
    const options = p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
    await options.first().waitFor({ timeout: 10_000 });
    await look(label);
    const texts = await options.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    const chinese = mode === 'cjk' ? texts.filter((t) => /[\u3400-\u9fff]/.test(t)) : [];
    if (chinese.length > 0) results[label] = [...(results[label] ?? []), ...chinese.map((t) => `option: ${t}`)];
    await p.keyboard.press('Escape');
    await expect.poll(() => p.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count(), { timeout: 10_000 }).toBe(0);
  };
  await look('main');
  // The side panel's inspector tab (a second tour starts where the first left it: on History).
  await p.locator('.side-tabs .ant-tabs-tab[data-node-key=inspector]').click();
  const first = await p.evaluate(() => window.lantuEditor!.store.getState().conflicts[0]!.key);
  await p.evaluate((key) => window.lantuEditor!.store.getState().selectConflict(key), first);
  await p.waitForTimeout(300);
  await look('selected conflict');
  const feature = await p.evaluate(() => {
    const s = window.lantuEditor!.store.getState();
    const planId = s.workspace.planOrder[0]!;
    const featureId = s.workspace.plans.get(planId)!.features.keys().next().value!;
    return { planId, featureId };
  });
  await p.evaluate((ref) => window.lantuEditor!.store.getState().select(ref as never), feature);
  await p.waitForTimeout(300);
  await look('feature form');
  // A parcel's 用地用海 code picker, opened: the codes with their names.
  const parcel = await p.evaluate(() => {
    const s = window.lantuEditor!.store.getState();
    for (const planId of s.workspace.planOrder)
      for (const [featureId, f] of s.workspace.plans.get(planId)!.features)
        if (f.layer === 'GHYDYH' && f.properties.YDYHFLDM) return { planId, featureId };
    return null;
  });
  if (parcel) {
    await p.evaluate((ref) => window.lantuEditor!.store.getState().select(ref as never), parcel);
    await p.locator('#field-YDYHFLDM').click();
    await choices('feature form code choices');
  } else results['feature form code choices'] = ['(no parcel with a 用地用海 code)'];
  await p.getByTestId('history-tab').click();
  await look('history');
  await p.getByTestId('attribute-table-tab').click();
  await p.waitForTimeout(300);
  await look('attribute table');
  for (const tab of ['resolve-tab', 'dashboard-tab', 'projects-tab', 'receipt-tab']) {
    await p.getByTestId(tab).click();
    await p.waitForTimeout(tab === 'dashboard-tab' ? 1500 : 400);
    await look(tab);
  }
  const dialogs: [string, string][] = [
    ['import-plans', 'import dialog'],
    ['export-open', 'export dialog'],
    ['policy-open', 'policy dialog'],
    ['submit-plan-open', 'submission dialog'],
    ['print-map', 'print dialog'],
    ['station-button', 'station dialog'],
  ];
  for (const [testid, label] of dialogs) {
    const button = p.getByTestId(testid).first();
    if (!(await button.isVisible())) {
      results[label] = [`(button ${testid} not visible)`];
      continue;
    }
    await button.click();
    try {
      await p.locator('[role=dialog]:visible').first().waitFor({ timeout: 10_000 });
    } catch {
      results[label] = [`(no dialog after ${testid})`];
      continue;
    }
    await p.waitForTimeout(400);
    await look(label);
    if (testid === 'station-button') {
      await p.getByTestId('station-open-trusted').click();
      await p.getByTestId('trusted-keys-dialog').waitFor({ timeout: 10_000 });
      await look('trusted keys dialog');
      await closeDialogs(p);
    }
    await closeDialogs(p);
  }
  // The import dialog's later steps: the mapping (field choices, samples), value mapping and the check (encoding,
  // counts, issues) with the preview on the map.
  await p.getByTestId('import-plans').first().click();
  await pickFilesVia(
    p,
    p.getByTestId('import-pick'),
    readdirSync(shpDir).map((n) => join(shpDir, n)),
  );
  await chooseImportOption(p, 'import-kind', 'industry');
  await chooseImportOption(p, 'import-layer', 'GYXM');
  await chooseImportOption(p, 'import-target', 'new');
  await p.waitForSelector('[data-testid=import-mapping]');
  await chooseImportOption(p, 'import-map-WRDJ', 'GYLX');
  await p.waitForSelector('[data-testid=import-value-mapping]');
  await p.waitForSelector('[data-testid=import-encoding-choice]');
  await look('import mapping');
  // The field choices as a user opens them (the dropdown lists every field of the layer).
  await p.getByTestId('import-map-XMMC').locator('.ant-select').click();
  await p.locator('.ant-select-dropdown:visible').first().waitFor();
  await look('import field choices');
  await p.keyboard.press('Escape');
  await chooseImportOption(p, 'import-value-WRDJ-1', '一类工业');
  await p.waitForTimeout(1000);
  await look('import value mapping and check');
  // The code-table values a source value can be mapped to, opened.
  await p.getByTestId('import-value-WRDJ-2').locator('.ant-select').click();
  await choices('import value choices');
  await p.getByTestId('import-cancel').click();
  await p.getByTestId('import-dialog').waitFor({ state: 'detached' });
  // An opened 部门报送包 that is refused (not a package): the submission dialog with its reason.
  await p.evaluate(() =>
    window.lantuEditor!.store.getState().setPendingSubmission({ name: 'fgw-submission.zip', bytes: new Uint8Array([80, 75, 3, 4, 0]) }),
  );
  await p.getByTestId('submission-refused').waitFor({ timeout: 10_000 });
  await look('submission dialog (refused)');
  await p.getByTestId('submission-close').click();
  // 部门名录, opened from the import dialog, with its form for a new department.
  await p.getByTestId('import-plans').first().click();
  await p.getByTestId('import-manage-departments').click();
  await p.getByTestId('department-add').click();
  await p.getByTestId('department-form').waitFor({ timeout: 10_000 });
  await look('department list dialog');
  await p.getByTestId('departments-close').click();
  await p.getByTestId('import-cancel').click();
  await p.getByTestId('import-dialog').waitFor({ state: 'detached' });
  // The review: a boundary file's dialog, the project register and the 合规性审查报告 dialog (its frame is the
  // engine's report document, checked by the review's own tests).
  await dropFileOnWindow(p, 'gbk-crlf-two-parcels.txt', new Uint8Array(readFileSync(BOUNDARY_TXT)));
  await p.getByTestId('boundary-dialog').waitFor({ timeout: 30_000 });
  await look('boundary dialog');
  const projects = await p.evaluate(() => (window.lantuEditor!.store.getState().workspace.projects ?? []).length);
  if (projects === 0) {
    await p.getByTestId('fact-XMMC').fill('济源示范新材料项目');
    await p.getByTestId('fact-XMDM').fill('2026-419001-30-03-000001');
    await p.getByTestId('fact-GYLB').selectOption({ index: 2 });
    await p.getByTestId('fact-ZDXM').selectOption({ index: 2 });
    await p.getByTestId('fact-NYDYT').fill('1001');
    await p.getByTestId('boundary-add').click();
  } else await closeDialogs(p);
  await p.getByTestId('projects-tab').click();
  await p.getByTestId('register-row').first().click();
  await p.getByTestId('report-open').waitFor({ timeout: 30_000 });
  await look('project register');
  await p.getByTestId('report-open').click();
  await p.getByTestId('report-dialog').waitFor({ timeout: 60_000 });
  await look('report dialog');
  await closeDialogs(p);
  return results;
}

beforeAll(async () => {
  shpDir = mkdtempSync(join(tmpdir(), 'lantu-leaks-shp-'));
  const parcel = (x: number) => [
    [
      [x, 35.1],
      [x + 0.002, 35.1],
      [x + 0.002, 35.102],
      [x, 35.102],
      [x, 35.1],
    ],
  ];
  const features = [1, 2, 3].map((wrdj, i) => ({
    type: 'Feature',
    properties: { BSM: `41900100002070000${i + 1}`, XMMC: `济源配套项目${i + 1}号`, YDYHFLDM: '100102', WRDJ: wrdj },
    geometry: { type: 'Polygon', coordinates: parcel(112.6 + i * 0.004) },
  }));
  writeFileSync(join(shpDir, 'source.geojson'), JSON.stringify({ type: 'FeatureCollection', features }));
  execFileSync(
    'ogr2ogr',
    ['-f', 'ESRI Shapefile', '-s_srs', 'EPSG:4490', '-t_srs', 'EPSG:4526', '-lco', 'ENCODING=GBK', '-nln', 'gyxm', 'shp', 'source.geojson'],
    { cwd: shpDir, stdio: 'pipe' },
  );
  rmSync(join(shpDir, 'source.geojson'));
  shpDir = join(shpDir, 'shp');
  app = await openApp({ viewport: { width: 1600, height: 900 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 150_000 });
  await page.evaluate(async () => {
    await window.lantuEditor!.checks.runAll();
    await window.lantuEditor!.checks.idle();
  });
}, 240_000);

afterAll(async () => {
  await app?.close();
  if (shpDir) rmSync(join(shpDir, '..'), { recursive: true, force: true });
});

describe('no language leaks', () => {
  it('shows no CJK character outside user data in English, in any panel, tab or dialog', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    const leaks = await tour(page, 'cjk');
    expect(leaks).toEqual({});
  }, 240_000);

  it('shows no English word from the code in Chinese, apart from the reviewed allowlist', async () => {
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    const leaks = await tour(page, 'latin');
    expect(leaks).toEqual({});
  }, 240_000);

  it('names rules, departments, layers and CSV headers in English in the lists a tour does not open', async () => {
    const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    try {
      await page.locator('.conflict-tab-label').click();
      /** The entries of a conflict filter's dropdown as shown (label) and as its tooltip (title). */
      const entries = async (filter: string) => {
        await page.locator(`.filters .${filter}`).click();
        const items = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option');
        await items.first().waitFor();
        const got = await items.evaluateAll((els) =>
          els.map((e) => ({ label: e.textContent ?? '', title: e.getAttribute('title') ?? '' })),
        );
        await page.keyboard.press('Escape');
        // The closing list stays in the page while it fades: the next filter's entries must not be read from it.
        await expect.poll(() => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').count(), { timeout: 10_000 }).toBe(0);
        return got.slice(1); // after "…: All"
      };
      const rules = await entries('filter-rule');
      expect(rules.length).toBeGreaterThan(3);
      for (const r of rules) expect(r.label).toMatch(/^R\d{2} [A-Z][^\u3400-\u9fff]+$/);
      const deps = await entries('filter-department');
      // The demo's plans belong to the bundled department list: each is named by its short English name, the full in the tooltip.
      const departments = (
        JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'jiyuan', 'departments.json'), 'utf8')) as {
          departments: { shortEn: string; nameEn: string }[];
        }
      ).departments;
      expect(deps.length).toBeGreaterThan(1);
      for (const d of deps)
        expect(
          departments.some((m) => m.shortEn === d.label && m.nameEn === d.title),
          JSON.stringify(d),
        ).toBe(true);
      await page.getByTestId('attribute-table-tab').click();
      await expect.poll(() => page.getByTestId('table-layer').locator('option').count(), { timeout: 10_000 }).toBeGreaterThan(3);
      const layers = await page
        .getByTestId('table-layer')
        .locator('option')
        .evaluateAll((els) => els.map((e) => `${e.textContent ?? ''} | ${e.getAttribute('title') ?? ''}`));
      expect(layers.length).toBeGreaterThan(3);
      for (const l of layers) expect(l).not.toMatch(CJK);
      const downloaded = page.waitForEvent('download');
      await page.getByTestId('table-export-csv').click();
      const csv = readFileSync(await (await downloaded).path())
        .toString('utf8')
        .slice(1);
      expect(csv.split('\r\n')[0]).toMatch(/^BSM Identifier,/);
      expect(csv.split('\r\n')[0]).not.toMatch(CJK);
      await expect.poll(() => page.getByTestId('notice-text').textContent(), { timeout: 10_000 }).toMatch(/^Exported \d+ rows? of "/);
      expect(await page.getByTestId('notice-text').textContent()).not.toMatch(CJK);
    } finally {
      await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    }
  }, 120_000);
});
