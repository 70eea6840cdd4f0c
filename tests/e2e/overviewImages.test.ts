// The overview image of a large layer is kept in IndexedDB and shown again at the next start only while it was
// drawn from exactly what the map would draw: in the production build in headless Chromium at 1366×768, a
// 20,000-parcel land plan (overview scale when the city is in view) is drawn, kept, and read back after a reload
// with the same pixels; after an attribute edit that changes a parcel's colour it is drawn again, kept again, and
// the next start shows the new colour, not the image kept before the edit.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, type OpenApp } from './support/index.ts';
import { openSyntheticWorkspace } from './support/openSyntheticWorkspace.ts';
import { readPngPixel } from './readPngPixel.ts';

const PARCELS = 20_000;
const LAYER_KEY = 'synthetic-land/GHYDYH';
let app: OpenApp;
let page: Page;

async function ready(p: Page): Promise<void> {
  await p.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
  await p.evaluate(() => window.lantuMap!.whenRendered());
}

/** The feature drawn at the map's centre pixel, its id and code, and the centre of its box in lon/lat. */
async function parcelNearCentre(p: Page): Promise<{ id: string; code: string; centre: [number, number] }> {
  return p.evaluate(() => {
    const s = window.lantuEditor!.store.getState();
    const plan = s.workspace.plans.get('synthetic-land' as never)!;
    const box = document.querySelector('[data-testid=map]')!.getBoundingClientRect();
    const [lon, lat] = window.lantuMap!.lonLatOf([box.width / 2, box.height / 2]);
    for (const f of plan.features.values()) {
      if (f.geometry.type !== 'Polygon') continue;
      const ring = f.geometry.coordinates[0]!;
      const xs = ring.map((q) => q[0]!);
      const ys = ring.map((q) => q[1]!);
      if (lon >= Math.min(...xs) && lon <= Math.max(...xs) && lat >= Math.min(...ys) && lat <= Math.max(...ys)) {
        const centre: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
        return { id: f.id, code: String(f.properties.YDYHFLDM), centre };
      }
    }
    throw new Error('no parcel under the map centre');
  });
}

/** The colour on screen at a lon/lat position of the map. */
async function pixelAt(p: Page, lonLat: [number, number]): Promise<[number, number, number]> {
  const [x, y] = (await p.evaluate((at) => window.lantuMap!.pixelOf(at), lonLat))!;
  const box = (await p.locator('[data-testid=map]').boundingBox())!;
  return readPngPixel(await p.screenshot({ clip: { x: box.x + Math.round(x), y: box.y + Math.round(y), width: 1, height: 1 } }));
}

const origin = (p: Page) => p.evaluate((key) => window.lantuMap!.overviewOrigins()[key], LAYER_KEY);

beforeAll(async () => {
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  page.setDefaultTimeout(60_000);
  await ready(page);
  await openSyntheticWorkspace(page, PARCELS);
}, 300_000);

afterAll(async () => {
  await app?.close();
});

describe('overview images kept between starts', () => {
  it('shows the kept image after a reload, with the pixels it drew', async () => {
    expect(await origin(page)).toBe('drawn');
    const parcel = await parcelNearCentre(page);
    const drawn = await pixelAt(page, parcel.centre);
    await page.evaluate(() => window.lantuMap!.overviewsKept());

    await page.reload();
    await ready(page);
    expect(await origin(page)).toBe('stored');
    expect(await pixelAt(page, parcel.centre)).toEqual(drawn);
    expect(app.problems.list).toEqual([]);
  });

  it('draws the image again after an edit, and the next start shows the edit, not the image kept before it', async () => {
    const parcel = await parcelNearCentre(page);
    const before = await pixelAt(page, parcel.centre);
    // A code the plan already has elsewhere, in another colour: the image's colours stay the same set.
    await page.evaluate(
      ({ id, code }) => {
        const s = window.lantuEditor!.store.getState();
        const f = s.workspace.plans.get('synthetic-land' as never)!.features.get(id as never)!;
        s.execute({
          kind: 'setAttributes',
          planId: 'synthetic-land' as never,
          featureId: f.id,
          before: f.properties,
          after: { ...f.properties, YDYHFLDM: code },
        });
      },
      { id: parcel.id, code: parcel.code === '0701' ? '0101' : '0701' },
    );
    await page.evaluate(() => window.lantuMap!.whenRendered());
    expect(await origin(page)).toBe('drawn');
    const edited = await pixelAt(page, parcel.centre);
    expect(edited).not.toEqual(before);
    await page.evaluate(() => Promise.all([window.lantuEditor!.autosave.flush(), window.lantuMap!.overviewsKept()]));

    await page.reload();
    await ready(page);
    expect(await origin(page)).toBe('stored');
    expect(await pixelAt(page, parcel.centre)).toEqual(edited);

    // Undone: the kept image is of the edited plan, so the map draws again and shows the colour from before.
    await page.evaluate(() => window.lantuEditor!.store.getState().undo());
    await page.evaluate(() => window.lantuMap!.whenRendered());
    expect(await origin(page)).toBe('drawn');
    expect(await pixelAt(page, parcel.centre)).toEqual(before);
    expect(app.problems.list).toEqual([]);
  });
});
