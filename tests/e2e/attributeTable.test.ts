// The attribute table, find and 定位到坐标 in the production build in headless Chromium under the app's CSP,
// with real IndexedDB: find a demo feature by BSM and by name and zoom to it; go to a typed lon/lat and a
// Gauss-Krüger X(北)/Y(东) and read the survey-convention readout there (zh and en); then a 300,000-parcel plan
// opened through IndexedDB: the table shows every row (virtualised), sorts, filters, selects, and the selection
// follows the map both ways; the visible rows export to CSV with a BOM. Screenshots at 1366×768 and 1920×1080.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chooseImportOption, openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';
import { openSyntheticWorkspace } from './support/openSyntheticWorkspace.ts';
import { loadDemoPlans } from './demoData.ts';
import { gaussKrugerToLonLat } from '../../renderer/map/gaussKrugerToLonLat.ts';
import { bbox } from '../../engine/geometry/bbox.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const PARCELS = 300_000;
let app: OpenApp;
let page: Page;

async function ready(p: Page) {
  await p
    .waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 })
    .catch((error: unknown) => {
      throw new Error(`the editor did not start: ${String(error)}; page problems: ${app.problems.list.join(' | ') || 'none'}`);
    });
}

/** The map's visible lon/lat box. */
async function viewExtent(p: Page): Promise<[number, number, number, number]> {
  const box = (await p.locator('[data-testid=map]').boundingBox())!;
  return p.evaluate(
    ([w, h]) => {
      const a = window.lantuMap!.lonLatOf([0, h!]);
      const b = window.lantuMap!.lonLatOf([w!, 0]);
      return [a[0], a[1], b[0], b[1]] as [number, number, number, number];
    },
    [box.width, box.height],
  );
}

const contains = (outer: number[], inner: number[]) =>
  outer[0]! <= inner[0]! && outer[1]! <= inner[1]! && outer[2]! >= inner[2]! && outer[3]! >= inner[3]!;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(30_000);
  await ready(page);
});

afterAll(async () => {
  await app?.close();
});

describe('find and 定位到坐标 on the demo', () => {
  it('finds a feature by BSM and by name across plans, selects it and zooms to it', async () => {
    const feature = loadDemoPlans()
      .flatMap((p) => p.features)
      .find((f) => f.properties.BSM === '419001000020000001' && f.layer === 'GYXM')!;
    const box = bbox(feature.geometry)!;
    // A BSM is unique within a layer only: the demo's 永久基本农田, 自然保护地, 产业项目 and 交通设施 share this one.
    await page.getByTestId('find-input').fill('419001000020000001');
    await page.getByTestId('find-result').first().waitFor();
    expect(await page.getByTestId('find-result').count()).toBe(4);
    const hit = page.locator(`[data-testid=find-result][data-feature-id="${feature.id}"]`);
    await expect(hit.textContent()).resolves.toMatch(/济源市龙腾化工装备项目.*产业项目/);
    await hit.click();
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().selection?.featureId)).toBe(feature.id);
    const view = await viewExtent(page);
    expect(contains(view, box)).toBe(true);
    // Zoomed to the feature, not left at the city: the view is a few times the feature's size at most.
    expect(view[2] - view[0]).toBeLessThan(Math.max(0.05, (box[2] - box[0]) * 6));

    // The previous search's results stay on screen until React shows the new ones: poll, not a single read.
    await page.getByTestId('find-input').fill('龙腾化工');
    await page.getByTestId('find-result').first().waitFor();
    await expect.poll(() => page.getByTestId('find-result').first().getAttribute('data-feature-id'), { timeout: 10_000 }).toBe(feature.id);
    await page.getByTestId('find-input').fill('没有这个地名');
    await expect
      .poll(() => page.getByTestId('find-results').textContent(), { timeout: 10_000 })
      .toContain('没有与“没有这个地名”匹配的要素');
    await page.getByTestId('find-input').fill('');
  });

  it('goes to a typed Gauss-Krüger X(北)/Y(东) and a lon/lat, marks it, and the readout there uses the survey convention', async () => {
    await page.getByTestId('locate-toggle').click();
    await chooseImportOption(page, 'locate-mode', 'gk');
    await chooseImportOption(page, 'locate-zone', '38');
    await page.getByTestId('locate-input').fill('3890784.40, 38365508.88');
    await page.getByTestId('locate-go').click();
    await page.getByTestId('locate-done').waitFor();
    const [lon, lat] = gaussKrugerToLonLat(38, 3890784.4, 365508.88);
    const view = await viewExtent(page);
    expect(contains(view, [lon, lat, lon, lat])).toBe(true);
    expect(view[2] - view[0]).toBeLessThan(0.02);
    // The pointer over the located point: X is the northing, Y the easting with the zone prefix, and the zone.
    const mapBox = (await page.locator('[data-testid=map]').boundingBox())!;
    const pixel = (await page.evaluate((ll) => window.lantuMap!.pixelOf(ll), [lon, lat] as [number, number]))!;
    await page.mouse.move(mapBox.x + pixel[0] - 20, mapBox.y + pixel[1] - 20);
    await page.mouse.move(mapBox.x + pixel[0], mapBox.y + pixel[1], { steps: 4 });
    // The readout follows the pointer on React's next render: polled until it shows the last position, within a couple
    // of pixels of the typed point (the view is ≈ 1 m per pixel here; the pointer's earlier steps are farther off).
    const survey = async () => {
      const zh = (await page.getByTestId('readout-survey').textContent())!;
      const m = /^X\(北\)=(\d+\.\d{2}) {2}Y\(东\)=(\d+\.\d{2}) {2}CGCS2000 3° 38带$/.exec(zh);
      return m ? [Math.abs(Number(m[1]) - 3890784.4) < 5, Math.abs(Number(m[2]) - 38365508.88) < 5] : zh;
    };
    await expect.poll(survey, { timeout: 10_000 }).toEqual([true, true]);
    await page.screenshot({ path: join(SHOTS, 'locate-gk-1366.png') });

    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await page.mouse.move(mapBox.x + pixel[0] + 1, mapBox.y + pixel[1], { steps: 2 });
    await expect
      .poll(() => page.getByTestId('readout-survey').textContent(), { timeout: 10_000 })
      .toMatch(/^X\(N\)=\d+\.\d{2} {2}Y\(E\)=38\d{6}\.\d{2} {2}CGCS2000 3° zone 38$/);
    // A swapped pair is refused in the language of the moment, naming the field.
    await page.getByTestId('locate-input').fill('38365508.88, 3890784.40');
    await page.getByTestId('locate-go').click();
    await expect(page.getByTestId('locate-error').textContent()).resolves.toMatch(/X \(north\).*swapped/);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));

    await chooseImportOption(page, 'locate-mode', 'lonlat');
    await page.getByTestId('locate-input').fill('112.45, 35.2');
    await page.getByTestId('locate-go').click();
    await expect.poll(() => page.getByTestId('locate-done').textContent(), { timeout: 10_000 }).toContain('112.450000°, 35.200000°');
    expect(contains(await viewExtent(page), [112.45, 35.2, 112.45, 35.2])).toBe(true);
    expect(await page.getByTestId('locate-outside').count()).toBe(0);
    // A point far from the city (here 北京) is still shown, with a warning that it lies outside 济源市.
    await page.getByTestId('locate-input').fill('116.4, 39.9');
    await page.getByTestId('locate-go').click();
    await expect.poll(() => page.getByTestId('locate-done').textContent(), { timeout: 10_000 }).toContain('116.400000°, 39.900000°');
    await expect(page.getByTestId('locate-outside').textContent()).resolves.toBe('该点在济源市范围之外：请核对坐标、X 与 Y 的顺序和带号。');
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('en'));
    await expect
      .poll(() => page.getByTestId('locate-outside').textContent(), { timeout: 10_000 })
      .toMatch(/^This point lies outside Jiyuan:/);
    await page.evaluate(() => window.lantuEditor!.store.getState().setLanguage('zh'));
    await page.getByTestId('locate-input').fill('112.45, 35.2');
    await page.getByTestId('locate-go').click();
    await page.getByTestId('locate-outside').waitFor({ state: 'detached' });
    await page.getByTestId('locate-toggle').click();
    // Reopened where the map now looks, west of 112.5°E: the zone offered is that of the view (37), as the readout
    // there gives it, so a Y copied without its zone prefix lands where it was read.
    await page.waitForFunction(() => (JSON.parse(localStorage.getItem('lantu.mapView.v1') ?? 'null')?.centre?.[0] ?? 999) < 112.5);
    await page.getByTestId('locate-toggle').click();
    await chooseImportOption(page, 'locate-mode', 'gk');
    await expect.poll(() => page.getByTestId('locate-zone').getAttribute('data-value'), { timeout: 10_000 }).toBe('37');
    await page.getByTestId('locate-toggle').click();
  });
});

describe(`the attribute table at ${PARCELS.toLocaleString('en')} rows`, () => {
  beforeAll(async () => {
    await openSyntheticWorkspace(page, PARCELS);
  }, 600_000);

  const rowIds = () =>
    page.getByTestId('table-row').evaluateAll((rows) =>
      rows
        .map((r) => ({
          id: r.getAttribute('data-feature-id'),
          top: r.getBoundingClientRect().top,
          selected: r.getAttribute('aria-selected'),
        }))
        .sort((a, b) => a.top - b.top),
    );
  const countText = () => page.getByTestId('table-count').textContent();
  /** Sorting and filtering run in the table worker; the table says when it shows their result. Its count is polled
   * for up to 30 s: a filter over 300,000 rows on a loaded 2-core runner takes seconds, not the poll's default 1 s. */
  const tableIdle = () => page.locator('[data-testid=attribute-table][aria-busy=false]').waitFor();
  /** Every test starts from the unfiltered table (a failed test must not leave its filters to the next). */
  const clearFilters = async () => {
    for (const key of ['BSM', 'YDYHFLDM', 'MJ']) await page.getByTestId(`filter-${key}`).fill('');
    await expect.poll(countText, { timeout: 30_000 }).toMatch(new RegExp(`^显示 ${PARCELS} / 共 ${PARCELS} 行`));
  };

  it('shows every row of the layer but puts only the visible ones in the page', async () => {
    await page.getByTestId('attribute-table-tab').click();
    await expect(page.getByTestId('table-layer').inputValue()).resolves.toBe('synthetic-land/GHYDYH');
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 0`);
    const rows = await rowIds();
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(80);
    expect(rows[0]!.id).toBe('00000000-0000-5000-8000-000000000001');
    // The last row is reachable: scroll to the end.
    await page.getByTestId('table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=table-row]')].some(
        (r) => r.getAttribute('data-feature-id') === '00000000-0000-5000-8000-000000300000',
      ),
    );
    await page.getByTestId('table-scroll').evaluate((el) => el.scrollTo(0, 0));
  });

  it('sorts by a numeric column both ways and by text', async () => {
    await clearFilters();
    const expected = await page.evaluate(() => {
      const features = [
        ...window
          .lantuEditor!.store.getState()
          .workspace.plans.get('synthetic-land' as never)!
          .features.values(),
      ];
      const mj = features.map((f) => f.properties.MJ as number);
      const max = mj.reduce((a, b) => (b > a ? b : a), -Infinity);
      const min = mj.reduce((a, b) => (b < a ? b : a), Infinity);
      return { maxId: features.find((f) => f.properties.MJ === max)!.id, minId: features.find((f) => f.properties.MJ === min)!.id };
    });
    await page.getByTestId('sort-MJ').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=sort-MJ]')?.getAttribute('aria-sort') === 'ascending');
    expect((await rowIds())[0]!.id).toBe(expected.minId);
    await page.getByTestId('sort-MJ').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=sort-MJ]')?.getAttribute('aria-sort') === 'descending');
    expect((await rowIds())[0]!.id).toBe(expected.maxId);
    await page.getByTestId('sort-BSM').click();
    await page.getByTestId('sort-BSM').click();
    await page.waitForFunction(() => document.querySelector('[data-testid=sort-BSM]')?.getAttribute('aria-sort') === 'descending');
    expect((await rowIds())[0]!.id).toBe('00000000-0000-5000-8000-000000300000');
    await page.getByTestId('sort-BSM').click();
    await expect.poll(async () => (await rowIds())[0]!.id, { timeout: 10_000 }).toBe('00000000-0000-5000-8000-000000000001');
  });

  it('filters by field: text contains, numeric comparison, and both together', async () => {
    await clearFilters();
    const expected = await page.evaluate(() => {
      const features = [
        ...window
          .lantuEditor!.store.getState()
          .workspace.plans.get('synthetic-land' as never)!
          .features.values(),
      ];
      return {
        farmland: features.filter((f) => String(f.properties.YDYHFLDM).includes('0101')).length,
        big: features.filter((f) => (f.properties.MJ as number) >= 9000).length,
        both: features.filter((f) => String(f.properties.YDYHFLDM).includes('0101') && (f.properties.MJ as number) >= 9000).length,
      };
    });
    expect(expected.both).toBeGreaterThan(0);
    await page.getByTestId('filter-YDYHFLDM').fill('0101');
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${expected.farmland} / 共 ${PARCELS} 行，已选 0`);
    expect(await page.getByTestId('table-row').evaluateAll((rows) => rows.every((r) => r.textContent!.includes('0101')))).toBe(true);
    await page.getByTestId('filter-YDYHFLDM').fill('');
    await page.getByTestId('filter-MJ').fill('>=9000');
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${expected.big} / 共 ${PARCELS} 行，已选 0`);
    await page.getByTestId('filter-YDYHFLDM').fill('0101');
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${expected.both} / 共 ${PARCELS} 行，已选 0`);
    await page.getByTestId('filter-BSM').fill('000000000001');
    await expect.poll(countText, { timeout: 30_000 }).toMatch(/^显示 [01] \/ 共/);
    await page.getByTestId('filter-BSM').fill('');
  });

  it('selects rows (click, Ctrl+click, Shift+click, all visible), zooms the map to them, and follows a click on the map', async () => {
    await clearFilters();
    const rows = await rowIds();
    await page.locator(`[data-testid=table-row][data-feature-id="${rows[0]!.id}"]`).click();
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().selection?.featureId)).toBe(rows[0]!.id);
    await page.locator(`[data-testid=table-row][data-feature-id="${rows[2]!.id}"]`).click({ modifiers: ['Control'] });
    await page.locator(`[data-testid=table-row][data-feature-id="${rows[5]!.id}"]`).click({ modifiers: ['Shift'] });
    const selected = await page.evaluate(() => window.lantuEditor!.store.getState().selectedFeatures.map((r) => r.featureId));
    expect(selected).toEqual([rows[2]!.id, rows[3]!.id, rows[4]!.id, rows[5]!.id]);
    await expect
      .poll(async () => (await rowIds()).filter((r) => r.selected === 'true').map((r) => r.id), { timeout: 10_000 })
      .toEqual(selected);
    await page.locator(`[data-testid=table-row][data-feature-id="${rows[2]!.id}"]`).click({ modifiers: ['Control'] });
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().selectedFeatures.length)).toBe(3);

    // Zoom to selection: the view holds every selected parcel and is far smaller than the city.
    await page.getByTestId('table-zoom-selection').click();
    await page.evaluate(() => window.lantuMap!.whenRendered());
    const extent = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const out = [Infinity, Infinity, -Infinity, -Infinity];
      for (const r of s.selectedFeatures) {
        const ring = (s.workspace.plans.get(r.planId)!.features.get(r.featureId)!.geometry as { coordinates: number[][][] })
          .coordinates[0]!;
        for (const [x, y] of ring)
          out.splice(0, 4, Math.min(out[0]!, x!), Math.min(out[1]!, y!), Math.max(out[2]!, x!), Math.max(out[3]!, y!));
      }
      return out;
    });
    const view = await viewExtent(page);
    expect(contains(view, extent)).toBe(true);
    // Fitted to the selection, not left at the city (0.74° wide): at most a few times the selection's width.
    expect(view[2] - view[0]).toBeLessThan(Math.max(0.02, (extent[2]! - extent[0]!) * 4));
    await page.screenshot({ path: join(SHOTS, 'attribute-table-1366.png') });

    // Map → table: click a parcel on the map (off the current rows); the table selects and scrolls to it.
    const target = await page.evaluate(() => {
      const s = window.lantuEditor!.store.getState();
      const f = s.workspace.plans.get('synthetic-land' as never)!.features.get('00000000-0000-5000-8000-000000000001' as never)!;
      const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0]!;
      // A neighbour in the row above (the first grid row runs west to east): the same column, one row up.
      const cols = Math.round((112.77 - 112.03) / (ring[1]![0]! - ring[0]![0]!));
      const id = `00000000-0000-5000-8000-${String(cols + 3).padStart(12, '0')}`;
      const g = (s.workspace.plans.get('synthetic-land' as never)!.features.get(id as never)!.geometry as { coordinates: number[][][] })
        .coordinates[0]!;
      return { id, centre: [(g[0]![0]! + g[2]![0]!) / 2, (g[0]![1]! + g[2]![1]!) / 2] as [number, number] };
    });
    const mapBox = (await page.locator('[data-testid=map]').boundingBox())!;
    const pixel = (await page.evaluate((ll) => window.lantuMap!.pixelOf(ll), target.centre))!;
    expect(pixel[0] > 0 && pixel[1] > 0 && pixel[0] < mapBox.width && pixel[1] < mapBox.height).toBe(true);
    await page.mouse.click(mapBox.x + pixel[0], mapBox.y + pixel[1]);
    await page.waitForFunction((id) => window.lantuEditor!.store.getState().selection?.featureId === id, target.id);
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid=table-row][data-feature-id="${id}"]`)?.getAttribute('aria-selected') === 'true',
      target.id,
    );

    // All visible rows under a filter (applied by the table worker: wait until the table is idle).
    await page.getByTestId('filter-YDYHFLDM').fill('1401');
    await tableIdle();
    const visible = Number(/显示 (\d+)/.exec((await countText())!)![1]);
    await page.getByTestId('table-select-visible').click();
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().featureSelection.size)).toBe(visible);
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${visible} / 共 ${PARCELS} 行，已选 ${visible}`);
  });

  it('selects all 300,000 rows (the map highlights those in view, capped), zooms to them, toggles, inverts and clears', async () => {
    await clearFilters();
    await tableIdle();
    const highlighted = async () => {
      await page.evaluate(() => window.lantuMap!.whenRendered());
      return page.evaluate(() => window.lantuMap!.highlightedCount());
    };
    const highlightedRefs = async () => {
      await page.evaluate(() => window.lantuMap!.whenRendered());
      return (await page.evaluate(() => window.lantuMap!.highlightedRefs())).sort();
    };
    /** The parcels whose box meets the map's view (all of them are selected here), named as highlightedRefs names them. */
    const parcelsInView = () =>
      page.evaluate(() => {
        const [w, s, e, n] = window.lantuMap!.viewLonLat()!.box;
        const plan = window.lantuEditor!.store.getState().workspace.plans.get('synthetic-land' as never)!;
        const out: string[] = [];
        for (const f of plan.features.values()) {
          // Grid squares: the first corner is the south-west one, the third the north-east one.
          const [a, c] = [0, 2].map((k) => (f.geometry as { coordinates: number[][][] }).coordinates[0]![k]!);
          if (a![0]! <= e && c![0]! >= w && a![1]! <= n && c![1]! >= s) out.push(`synthetic-land/${f.id}`);
        }
        return out.sort();
      });
    const zoomTo = (extent: [number, number, number, number]) => page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), extent);
    await page.getByTestId('table-select-visible').click();
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 ${PARCELS}`);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().featureSelection.size)).toBe(PARCELS);
    expect((await rowIds()).every((r) => r.selected === 'true')).toBe(true);
    // The map is zoomed in (the last test's selection): every selected parcel in view is highlighted, and only those.
    const inView = await parcelsInView();
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(2000);
    expect(await highlightedRefs()).toEqual(inView);

    // Zoom to the selection: the whole city (0.74° wide) is in view, and the highlight is a spread of 2,000 at most
    // over it, not the first rows (the southern strip).
    await page.getByTestId('table-zoom-selection').click();
    const view = await viewExtent(page);
    expect(view[2] - view[0]).toBeGreaterThan(0.7);
    expect(view[0]).toBeLessThan(112.04);
    const spread = (await highlightedRefs()).map((r) => Number(r.slice(-12)));
    expect(spread.length).toBeLessThanOrEqual(2000);
    expect(spread.length).toBeGreaterThan(1500);
    expect(spread.filter((n) => n > PARCELS * 0.9).length).toBeGreaterThan(100);
    expect(spread.filter((n) => n <= PARCELS / 2).length).toBeGreaterThan(500);

    // Zoomed into the north-east corner, far from the first rows: the parcels in view are highlighted.
    await zoomTo([112.75, 35.27, 112.77, 35.28]);
    const corner = await parcelsInView();
    expect(corner.length).toBeGreaterThan(0);
    expect(corner.every((r) => Number(r.slice(-12)) > PARCELS * 0.9)).toBe(true);
    expect(await highlightedRefs()).toEqual(corner);

    // Ctrl+click takes one row out and its highlight with it, and nothing else; invert leaves exactly that row; the
    // map follows each time.
    const rows = await rowIds();
    const [x, y] = await page.evaluate(
      (id) =>
        (
          window
            .lantuEditor!.store.getState()
            .workspace.plans.get('synthetic-land' as never)!
            .features.get(id as never)!.geometry as {
            coordinates: number[][][];
          }
        ).coordinates[0]![0]!,
      rows[1]!.id,
    );
    await zoomTo([x! - 0.01, y! - 0.005, x! + 0.01, y! + 0.005]);
    const before = await highlightedRefs();
    expect(before).toEqual(await parcelsInView());
    expect(before).toContain(`synthetic-land/${rows[1]!.id}`);
    await page.locator(`[data-testid=table-row][data-feature-id="${rows[1]!.id}"]`).click({ modifiers: ['Control'] });
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 ${PARCELS - 1}`);
    expect((await rowIds()).filter((r) => r.selected !== 'true').map((r) => r.id)).toEqual([rows[1]!.id]);
    expect(await highlightedRefs()).toEqual(before.filter((r) => r !== `synthetic-land/${rows[1]!.id}`));
    await page.getByTestId('table-invert-selection').click();
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 1`);
    expect(await page.evaluate(() => window.lantuEditor!.store.getState().selectedFeatures.map((r) => r.featureId))).toEqual([rows[1]!.id]);
    expect((await rowIds()).filter((r) => r.selected === 'true').map((r) => r.id)).toEqual([rows[1]!.id]);
    expect(await highlighted()).toBe(1);

    await page.getByTestId('table-select-visible').click();
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 ${PARCELS}`);
    await page.getByTestId('table-clear-selection').click();
    await expect.poll(countText, { timeout: 30_000 }).toBe(`显示 ${PARCELS} / 共 ${PARCELS} 行，已选 0`);
    expect((await rowIds()).some((r) => r.selected === 'true')).toBe(false);
    expect(await highlighted()).toBe(0);
  });

  it('exports the visible rows to CSV with a BOM', async () => {
    await clearFilters();
    await page.getByTestId('filter-YDYHFLDM').fill('1401');
    await page.getByTestId('filter-MJ').fill('>=9990');
    await expect.poll(countText, { timeout: 30_000 }).not.toMatch(new RegExp(`^显示 ${PARCELS} `));
    await tableIdle();
    const visible = Number(/显示 (\d+)/.exec((await countText())!)![1]);
    expect(visible).toBeGreaterThan(0);
    const downloaded = page.waitForEvent('download');
    await page.getByTestId('table-export-csv').click();
    const download = await downloaded;
    const file = join(SHOTS, 'attribute-table.csv');
    await download.saveAs(file);
    const bytes = readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes
      .toString('utf8')
      .slice(1)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines).toHaveLength(visible + 1);
    expect(lines[0]).toMatch(/^BSM 标识码,/);
    expect(lines.slice(1).every((l) => l.includes(',1401,'))).toBe(true);
    expect(app.problems.list).toEqual([]);
  });

  it('fits the 1920×1080 window too (screenshot)', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.evaluate(() => window.lantuMap!.whenRendered());
    await page.screenshot({ path: join(SHOTS, 'attribute-table-1920.png') });
    const rows = await rowIds();
    expect(rows.length).toBeGreaterThan(3);
  });
});
