// 专题图 in Chromium under the app's CSP, on the demo workspace: an A3 PNG at 300 dpi whose industrial parcel sits at
// the pixel Gauss-Krüger puts it (not Web Mercator); the browser build's print path (the print-only sheet, printed by
// Chromium's page.pdf in place of the print dialog) read back with pdftotext and pdftoppm; and the desktop path with
// the Electron bridge faked: the sheet page main receives, sealed with main's CSP, printed to A3 by Chromium.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { gaussKrugerZone, mmToPx, sheetGround, sheetLayout, type Orientation, type PaperSize } from '../../engine/mapSheet/index.ts';
import type { Position } from '../../engine/model/types.ts';
import { sealReportHtml } from '../../main/node/sealReportHtml.ts';
import { findParcelPoint, loadDemoPlans } from './demoData.ts';
import { decodePng } from './decodePng.ts';
import { dialogPlacement, openApp, OVERLAY, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const INDUSTRIAL: [number, number, number] = [187, 150, 116];
let app: OpenApp;
let page: Page;
let dir: string;
let point: Position;

type View = { centre: [number, number]; box: [number, number, number, number] };

async function openDialog(options: {
  paper: PaperSize;
  orientation: Orientation;
  scale: string;
  title: string;
  unit: string;
}): Promise<void> {
  await page.getByTestId('print-map').click();
  await page.getByTestId('print-dialog').waitFor();
  await expect(dialogPlacement(page, 'print-dialog')).resolves.toEqual(OVERLAY);
  await page.getByTestId('print-title').fill(options.title);
  await page.getByTestId('print-unit').fill(options.unit);
  await page.getByTestId('print-paper').selectOption(options.paper);
  await page.getByTestId('print-orientation').selectOption(options.orientation);
  await page.getByTestId('print-scale').selectOption(options.scale);
}

async function closeDialog(): Promise<void> {
  await page.getByTestId('print-close').click();
  await page.getByTestId('print-dialog').waitFor({ state: 'detached' });
}

/** Where the sheet puts a lon/lat position, in pixels at `dpi`, computed here from the engine's Gauss-Krüger. */
function sheetPixel(
  paper: PaperSize,
  orientation: Orientation,
  scale: number | 'fit',
  view: View,
  p: Position,
  dpi: number,
): [number, number] {
  const layout = sheetLayout(paper, orientation);
  const ground = sheetGround([layout.map.width, layout.map.height], scale, view.centre, view.box);
  const [e, n] = gaussKrugerZone(ground.zone).forward(p[0], p[1]);
  const mmE = ((e - ground.extentM[0]) / ground.scaleDenominator) * 1000;
  const mmN = ((ground.extentM[3] - n) / ground.scaleDenominator) * 1000;
  return [Math.round(((layout.map.x + mmE) / 25.4) * dpi), Math.round(((layout.map.y + mmN) / 25.4) * dpi)];
}

const near = (a: readonly number[], b: readonly number[], tolerance: number) => a.every((v, i) => Math.abs(v - b[i]!) <= tolerance);

interface Raster {
  width: number;
  height: number;
  rgb(x: number, y: number): [number, number, number];
}

/** Share of non-white pixels and count of industrial-coloured pixels on a grid over the map frame. */
function mapInk(raster: Raster, paper: PaperSize, orientation: Orientation, dpi: number): { ink: number; industrial: number } {
  const m = sheetLayout(paper, orientation).map;
  const x0 = mmToPx(m.x, dpi) + 4;
  const y0 = mmToPx(m.y, dpi) + 4;
  const x1 = mmToPx(m.x + m.width, dpi) - 4;
  const y1 = mmToPx(m.y + m.height, dpi) - 4;
  let ink = 0;
  let industrial = 0;
  let n = 0;
  for (let y = y0; y < y1; y += Math.max(1, Math.floor((y1 - y0) / 120))) {
    for (let x = x0; x < x1; x += Math.max(1, Math.floor((x1 - x0) / 120))) {
      const c = raster.rgb(x, y);
      n++;
      if (!near(c, [255, 255, 255], 6)) ink++;
      if (near(c, INDUSTRIAL, 8)) industrial++;
    }
  }
  return { ink: ink / n, industrial };
}

function readPpm(file: string): Raster {
  const bytes = readFileSync(file);
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40));
  if (!header) throw new Error(`not a P6 PPM: ${file}`);
  const width = Number(header[1]);
  const height = Number(header[2]);
  const at = header[0].length;
  return {
    width,
    height,
    rgb: (x, y) => [bytes[at + (y * width + x) * 3]!, bytes[at + (y * width + x) * 3 + 1]!, bytes[at + (y * width + x) * 3 + 2]!],
  };
}

function pdfFacts(pdf: Uint8Array, name: string, dpi: number): { info: string; text: string; raster: Raster } {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  writeFileSync(join(SHOTS, `${name}.pdf`), pdf);
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', file, join(dir, name)]);
  const ppm = readdirPpm(name);
  execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', '-singlefile', file, join(SHOTS, name)]);
  return { info, text, raster: readPpm(ppm) };
}

function readdirPpm(name: string): string {
  const candidates = [`${name}-1.ppm`, `${name}-01.ppm`].map((f) => join(dir, f));
  for (const c of candidates) {
    try {
      readFileSync(c, { flag: 'r' }).subarray(0, 2);
      return c;
    } catch {
      // try the next numbering
    }
  }
  throw new Error(`pdftoppm wrote no page for ${name}`);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  dir = mkdtempSync(join(tmpdir(), 'lantu-map-sheet-'));
  app = await openApp({ viewport: { width: 1366, height: 768 } });
  page = app.page;
  await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined, null, { timeout: 150_000 });
  point = findParcelPoint(loadDemoPlans(), '1001').point;
  const d = 0.012;
  await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [point[0] - d, point[1] - d, point[0] + d, point[1] + d] as [
    number,
    number,
    number,
    number,
  ]);
  await page.evaluate(() => window.lantuMap!.whenRendered());
}, 200_000);

// A failed test leaves its dialog open; the next one starts from the toolbar.
afterEach(async () => {
  if ((await page.getByTestId('print-dialog').count()) > 0) await closeDialog();
});

afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('专题图', () => {
  it('saves an A3 landscape PNG at 300 dpi with the parcel where Gauss-Krüger puts it, legend and notes drawn', async () => {
    const view = (await page.evaluate(() => window.lantuMap!.viewLonLat())) as View;
    await openDialog({
      paper: 'A3',
      orientation: 'landscape',
      scale: '10000',
      title: '济源市工业用地专题图',
      unit: '济源市自然资源和规划局',
    });
    await expect.poll(() => page.getByTestId('print-info').textContent(), { timeout: 10_000 }).toContain('1:10 000');
    await page.screenshot({ path: join(SHOTS, 'map-sheet-dialog-1366.png') });
    const download = page.waitForEvent('download', { timeout: 180_000 });
    // The sheet is drawn in a print worker (loaded under the app's CSP), which ends with the sheet.
    const worker = page.waitForEvent('worker', (w) => w.url().includes('printWorker'));
    await page.getByTestId('print-png').click();
    const ended = (await worker).waitForEvent('close');
    const d = await download;
    await ended;
    expect(d.suggestedFilename()).toBe('济源市工业用地专题图.png');
    const bytes = new Uint8Array(readFileSync((await d.path())!));
    writeFileSync(join(SHOTS, 'map-sheet-a3.png'), bytes);
    const png = decodePng(bytes);
    expect([png.width, png.height]).toEqual([4961, 3508]);
    expect(png.pixelsPerMetre).toBe(11811);
    const [x, y] = sheetPixel('A3', 'landscape', 10000, view, point, 300);
    expect(png.rgb(x, y)).toSatisfy((c: number[]) => near(c, INDUSTRIAL, 3));
    const { ink, industrial } = mapInk(png, 'A3', 'landscape', 300);
    expect(ink).toBeGreaterThan(0.5);
    expect(industrial).toBeGreaterThan(50);
    // The title band and the legend column carry dark text (the SVG furniture was rasterised over the map).
    const layout = sheetLayout('A3', 'landscape');
    let dark = 0;
    for (let xx = mmToPx(layout.legend.x, 300); xx < mmToPx(layout.legend.x + layout.legend.width, 300); xx += 3) {
      for (let yy = mmToPx(layout.legend.y, 300); yy < mmToPx(layout.legend.y + 30, 300); yy += 3) if (png.rgb(xx, yy)[0] < 80) dark++;
    }
    expect(dark).toBeGreaterThan(100);
    // The furniture is rasterised in 1250-px tiles: the map frame's top line runs on unbroken across their edges…
    const frameTop = mmToPx(layout.map.y, 300);
    const lineAt = (xx: number) => [-2, -1, 0, 1, 2].some((dy) => png.rgb(xx, frameTop + dy)[0] < 80);
    for (const edge of [1250, 2500, 3750]) {
      for (let xx = edge - 3; xx <= edge + 3; xx++) expect(lineAt(xx), `frame line at x ${xx}`).toBe(true);
    }
    // …and the white paper above it too (no tile left the map showing through).
    for (const edge of [1250, 2500, 3750]) expect(png.rgb(edge, frameTop - 20)).toEqual([255, 255, 255]);
    await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 }).toContain('济源市工业用地专题图.png');
    await closeDialog();
    expect(app.problems.list).toEqual([]);
  }, 240_000);

  it('cancels a sheet being drawn: progress shows, 取消 ends its worker, nothing is saved and the dialog makes the next sheet', async () => {
    await page.evaluate(() => window.lantuMap!.fitAll());
    await page.evaluate(() => window.lantuMap!.whenRendered());
    await openDialog({ paper: 'A3', orientation: 'landscape', scale: 'fit', title: '取消测试', unit: '' });
    let downloaded = false;
    const onDownload = () => {
      downloaded = true;
    };
    page.on('download', onDownload);
    // 取消 is pressed the moment the worker reports drawn features (a click from the test process could come after a
    // fast drawing ended).
    await page.evaluate(() => {
      const w = window as unknown as { progressSeen?: string };
      const observer = new MutationObserver(() => {
        const cancel = document.querySelector<HTMLButtonElement>('[data-testid=print-cancel]');
        const progress = document.querySelector('[data-testid=print-progress]')?.textContent ?? '';
        if (!cancel || !/绘制地图 [1-9]\d* \//.test(progress)) return;
        w.progressSeen = progress;
        observer.disconnect();
        cancel.click();
      });
      observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    const worker = page.waitForEvent('worker', (w) => w.url().includes('printWorker'));
    await page.getByTestId('print-png').click();
    const ended = (await worker).waitForEvent('close');
    await page.waitForFunction(() => (window as unknown as { progressSeen?: string }).progressSeen !== undefined);
    await expect(page.evaluate(() => (window as unknown as { progressSeen: string }).progressSeen)).resolves.toMatch(
      /正在绘制地图 \d+ \/ \d+/,
    );
    await page.getByTestId('print-progress').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('notice').textContent(), { timeout: 10_000 }).toContain('已取消专题图「取消测试」的输出');
    await page.waitForTimeout(1000);
    page.off('download', onDownload);
    expect(downloaded).toBe(false);
    await ended;
    await expect.poll(() => page.getByTestId('print-png').isEnabled(), { timeout: 10_000 }).toBe(true);
    // The dialog is usable: a sheet asked for next is drawn by a fresh worker and saved.
    await page.getByTestId('print-scale').selectOption('100000');
    const download = page.waitForEvent('download', { timeout: 180_000 });
    await page.getByTestId('print-png').click();
    const png = decodePng(new Uint8Array(readFileSync((await (await download).path())!)));
    expect([png.width, png.height]).toEqual([4961, 3508]);
    expect(mapInk(png, 'A3', 'landscape', 300).ink).toBeGreaterThan(0.2);
    await closeDialog();
    const d = 0.012;
    await page.evaluate((e) => window.lantuMap!.zoomToLonLatExtent(e), [point[0] - d, point[1] - d, point[0] + d, point[1] + d] as [
      number,
      number,
      number,
      number,
    ]);
    await page.evaluate(() => window.lantuMap!.whenRendered());
  }, 240_000);

  it('prints an A4 portrait sheet in the browser: one A4 page with title, legend, CRS note and the map', async () => {
    const view = (await page.evaluate(() => window.lantuMap!.viewLonLat())) as View;
    await openDialog({ paper: 'A4', orientation: 'portrait', scale: 'fit', title: '济源市 专题图（打印）', unit: '测试制图单位' });
    // window.print would open the browser's dialog; Chromium's page.pdf prints the page as that dialog would.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    await page.getByTestId('print-print').click();
    await page.getByTestId('print-sheet').waitFor({ state: 'attached', timeout: 180_000 });
    await page.getByTestId('print-progress').waitFor({ state: 'detached' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const { info, text, raster } = pdfFacts(pdf, 'map-sheet-a4', 100);
    expect(/^Pages:\s+1$/m.test(info)).toBe(true);
    expect(info).toMatch(/Page size:\s+59[45]\.\d+ x 84[12]\.\d+ pts \(A4\)/);
    expect(text).toContain('济源市 专题图（打印）');
    expect(text).toContain('图例');
    // The legend lists what is drawn: the control layers, and the 工业用地 class (1001, its sub-classes, or on a
    // crowded legend its first-level class 10 工矿用地).
    expect(text).toContain('永久基本农田');
    expect(text).toMatch(/1001\d* [一二三]?类?工业用地|10 工矿用地/);
    expect(text).not.toContain('另有');
    const ground = sheetGround(
      [sheetLayout('A4', 'portrait').map.width, sheetLayout('A4', 'portrait').map.height],
      'fit',
      view.centre,
      view.box,
    );
    expect(text).toContain(`CGCS2000 3度带高斯-克吕格投影 第 ${ground.zone} 带`);
    expect(text).toContain(`1:${String(ground.scaleDenominator).replace(/\B(?=(\d{3})+$)/g, ' ')}`);
    expect(text).toContain('制图单位：测试制图单位');
    expect(text).toContain('北');
    const { ink, industrial } = mapInk(raster, 'A4', 'portrait', 100);
    expect(ink).toBeGreaterThan(0.5);
    expect(industrial).toBeGreaterThan(20);
    const [x, y] = sheetPixel('A4', 'portrait', 'fit', view, point, 100);
    expect(raster.rgb(x, y)).toSatisfy((c: number[]) => near(c, INDUSTRIAL, 10));
    await closeDialog();
    await expect.poll(() => page.getByTestId('print-sheet').count(), { timeout: 10_000 }).toBe(0);
    expect(app.problems.list).toEqual([]);
  }, 240_000);

  it("hands the desktop an A3 sheet page that prints to one A3 page under main's report CSP (Electron bridge faked)", async () => {
    await page.evaluate(() => {
      const w = window as unknown as { lantu: unknown; sheetRequest: unknown };
      w.lantu = {
        saveReportPdf: async (request: { suggestedName: string; html: string }) => {
          w.sheetRequest = request;
          return { ok: true, value: { fileId: 'f1', name: request.suggestedName, sizeBytes: 1 } };
        },
      };
    });
    await openDialog({ paper: 'A3', orientation: 'landscape', scale: '25000', title: 'Jiyuan map sheet', unit: 'Planning bureau' });
    await page.getByTestId('print-pdf').click();
    await page.waitForFunction(() => (window as unknown as { sheetRequest?: unknown }).sheetRequest !== undefined, null, {
      timeout: 180_000,
    });
    const request = (await page.evaluate(() => (window as unknown as { sheetRequest: unknown }).sheetRequest)) as {
      suggestedName: string;
      html: string;
    };
    await page.evaluate(() => {
      delete (window as unknown as { lantu?: unknown }).lantu;
    });
    expect(request.suggestedName).toBe('Jiyuan map sheet.pdf');
    expect(request.html.length).toBeLessThan(16_000_000);
    // What main does: seal the page with the report CSP, print it (printToPDF; here Chromium's page.pdf).
    const printer = await app.browser.newPage();
    await printer.setContent(sealReportHtml(request.html), { waitUntil: 'load' });
    const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true });
    await printer.close();
    const { info, text, raster } = pdfFacts(pdf, 'map-sheet-a3-desktop', 60);
    expect(/^Pages:\s+1$/m.test(info)).toBe(true);
    expect(info).toMatch(/Page size:\s+119[01]\.\d+ x 84[12]\.\d+ pts \(A3\)/);
    expect(text).toContain('Jiyuan map sheet');
    expect(text).toContain('1:25 000');
    expect(text).toContain('制图单位：Planning bureau');
    const { ink, industrial } = mapInk(raster, 'A3', 'landscape', 60);
    expect(ink).toBeGreaterThan(0.5);
    expect(industrial).toBeGreaterThan(10);
    await closeDialog();
  }, 240_000);
});
