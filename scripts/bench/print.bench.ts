// 专题图 benchmark: in headless Chromium against the production build, prints the time to make A3 and A4 landscape
// sheets (PNG download, the print-only sheet of the browser's PDF path, and the desktop's PDF page with the Electron
// bridge faked) of the whole city (fitted) and at 1:10 000, and the longest main-thread task (PerformanceObserver `longtask`) while it is made — the UI must not
// freeze; a Chromium trace gives that task's CPU time too (on a loaded machine its wall time is partly waiting for
// a core). Default: the demo workspace; `--parcels N` adds a generated land plan of N parcels over the city;
// `--trace-dir=DIR` keeps each case's trace (open it in chrome://tracing or DevTools' Performance panel).
// Usage: npm run bench print [-- --parcels 300000] [-- --trace-dir=/tmp/print-traces]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { FeatureId, PlanDocument, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { MapController } from '../../renderer/map/createMapController.ts';
import type { WorkspacePayload } from '../../renderer/store/workspacePayload.ts';
import { longestTasks, TRACE_CATEGORIES, type TraceEvent } from './lib/mainThreadTasks.ts';
import { ensureRendererBuilt, launchChromium, PROJECT_ROOT, seedStation, serveStatic } from '../../tests/e2e/support/index.ts';

/** The page's automation hooks, as this script uses them. */
type BenchWindow = {
  lantuEditor?: { openWorkspace: (p: WorkspacePayload) => Promise<void>; ready: true };
  lantuMap?: MapController;
  __longTasks?: { start: number; duration: number }[];
};
const i = process.argv.indexOf('--parcels');
const PARCELS = i > 0 ? Number(process.argv[i + 1]) : 0;
const TRACE_DIR = process.argv.find((a) => a.startsWith('--trace-dir='))?.slice('--trace-dir='.length);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8')) as T;
const ms = (v: number) => `${v.toFixed(0)} ms`;

/** N square-ish parcels in a grid over Jiyuan, cycling through a few 用地用海 codes. */
function landPlan(count: number): PlanDocument {
  const [x0, y0, x1, y1] = [112.03, 34.89, 112.77, 35.28];
  const cols = Math.ceil(Math.sqrt((count * (x1 - x0)) / (y1 - y0)));
  const rows = Math.ceil(count / cols);
  const dx = (x1 - x0) / cols;
  const dy = (y1 - y0) / rows;
  const codes = ['0101', '0103', '0201', '0301', '0701', '0703', '1001', '1207'];
  const features: PlanFeature[] = [];
  for (let n = 0; n < count; n++) {
    const c = n % cols;
    const r = Math.floor(n / cols);
    const [a, b] = [x0 + c * dx, y0 + r * dy];
    features.push({
      type: 'Feature',
      id: `00000000-0000-5000-8000-${String(n + 1).padStart(12, '0')}` as FeatureId,
      layer: 'GHYDYH',
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [a, b],
            [a + dx, b],
            [a + dx, b + dy],
            [a, b + dy],
            [a, b],
          ],
        ],
      },
      properties: {
        BSM: `4190010000${String(n + 1).padStart(8, '0')}`,
        XZQDM: '419001100',
        YDYHFLDM: codes[(c * 7 + r * 3) % codes.length]!,
      },
    });
  }
  const land = readJson<PlanDocument>('tests/fixtures/editor-demo/land.json');
  return { ...land, plan: { ...land.plan, id: 'bench-land' as PlanId }, features };
}

async function longest(page: Page, from: number): Promise<number> {
  return page.evaluate(
    (t) => Math.max(0, ...((window as unknown as BenchWindow).__longTasks ?? []).filter((e) => e.start >= t).map((e) => e.duration)),
    from,
  );
}

async function sheet(browser: Browser, page: Page, paper: 'A3' | 'A4', scale: string, output: 'png' | 'print' | 'desktop'): Promise<void> {
  if (output === 'desktop') {
    // What the preload would offer; the page is handed to main's printToPDF, which is not measured here. (A string:
    // tsx would wrap a function's inner arrows in a helper the page lacks.)
    await page.evaluate(`
      delete window.sheetHtmlChars;
      window.lantu = {
        saveReportPdf: async (request) => {
          window.sheetHtmlChars = request.html.length;
          return { ok: true, value: { fileId: 'f1', name: request.suggestedName, sizeBytes: 1 } };
        },
      };
    `);
  }
  await page.getByTestId('print-map').click();
  await page.getByTestId('print-paper').selectOption(paper);
  await page.getByTestId('print-orientation').selectOption('landscape');
  await page.getByTestId('print-scale').selectOption(scale);
  if (output === 'print') {
    await page.evaluate(() => {
      window.print = () => undefined;
    });
  }
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  const t0 = await page.evaluate(() => performance.now());
  const started = performance.now();
  let made: string;
  if (output === 'png') {
    const download = page.waitForEvent('download', { timeout: 900_000 });
    await page.getByTestId('print-png').click();
    const d = await download;
    const bytes = readFileSync((await d.path())!).length;
    made = `PNG: ${ms(performance.now() - started)}, ${(bytes / 1e6).toFixed(1)} MB`;
  } else if (output === 'print') {
    await page.getByTestId('print-print').click();
    await page.getByTestId('print-sheet').waitFor({ state: 'attached', timeout: 900_000 });
    made = `print sheet (browser PDF path): ${ms(performance.now() - started)}`;
  } else {
    await page.getByTestId('print-pdf').click();
    await page.waitForFunction(() => (window as unknown as { sheetHtmlChars?: number }).sheetHtmlChars !== undefined, null, {
      timeout: 900_000,
    });
    const chars = await page.evaluate(() => (window as unknown as { sheetHtmlChars: number }).sheetHtmlChars);
    made = `sheet page (desktop PDF path): ${ms(performance.now() - started)}, ${(chars / 1e6).toFixed(1)} M characters`;
  }
  await page.getByTestId('print-progress').waitFor({ state: 'detached' });
  const trace = await browser.stopTracing();
  const name = `${paper}-${scale}-${output}`;
  if (TRACE_DIR) writeFileSync(join(TRACE_DIR, `${name}.json`), trace);
  const tasks = longestTasks(JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] });
  console.log(
    `${paper} ${scale === 'fit' ? 'fitted to the city' : `1:${scale}`} ${made}; longest task ${ms(await longest(page, t0))} ` +
      `(traced: ${ms(tasks.byWall.wall)} wall, ${ms(tasks.byWall.cpu)} CPU; most CPU ${ms(tasks.byCpu.cpu)}, ${ms(tasks.byCpu.wall)} wall)`,
  );
  await page.getByTestId('print-close').click();
  if (output === 'desktop') await page.evaluate(() => delete (window as unknown as { lantu?: unknown }).lantu);
}

async function main() {
  const build = ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'lantu-print-bench-'));
  cpSync(build, dir, { recursive: true });
  const server = await serveStatic(dir);
  const browser = await launchChromium({ args: ['--js-flags=--max-old-space-size=4096'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    // An installation with its station, as after the first-start dialog (which would cover the page).
    await seedStation(context);
    const page = await context.newPage();
    page.setDefaultTimeout(900_000);
    await page.addInitScript(() => {
      (window as unknown as BenchWindow).__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries())
          (window as unknown as BenchWindow).__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(
      () => (window as unknown as BenchWindow).lantuEditor?.ready === true && (window as unknown as BenchWindow).lantuMap !== undefined,
    );
    if (PARCELS > 0) {
      const payload: WorkspacePayload = {
        format: 'lantu-workspace',
        schemaVersion: '1.0.0',
        plans: [landPlan(PARCELS), readJson('tests/fixtures/editor-demo/transport.json')],
        rulePack: readJson('seeds/rules/jiyuan-default.json'),
        targets: readJson('seeds/jiyuan/targets.json'),
        history: { past: [], future: [] },
        view: { language: 'zh', layerViews: {}, planOrder: [] },
      } as unknown as WorkspacePayload;
      writeFileSync(join(dir, 'bench-workspace.json'), JSON.stringify(payload));
      await page.evaluate(async () =>
        (window as unknown as BenchWindow).lantuEditor!.openWorkspace(
          (await (await fetch('./bench-workspace.json')).json()) as WorkspacePayload,
        ),
      );
    }
    const features = await page.evaluate(() => document.querySelector('[data-testid=status-bar]')?.textContent ?? '');
    console.log(`workspace: ${PARCELS > 0 ? `${PARCELS} generated parcels + transport` : 'the demo'} (${features.trim()})`);
    await page.evaluate(() => (window as unknown as BenchWindow).lantuMap!.fitAll());
    await page.evaluate(() => (window as unknown as BenchWindow).lantuMap!.whenRendered());
    if (TRACE_DIR) mkdirSync(TRACE_DIR, { recursive: true });
    await sheet(browser, page, 'A3', 'fit', 'png');
    await sheet(browser, page, 'A3', 'fit', 'print');
    await sheet(browser, page, 'A4', 'fit', 'png');
    await sheet(browser, page, 'A3', 'fit', 'desktop');
    await sheet(browser, page, 'A4', 'fit', 'print');
    await page.evaluate(() => (window as unknown as BenchWindow).lantuMap!.zoomToLonLatExtent([112.58, 35.07, 112.6, 35.09]));
    await page.evaluate(() => (window as unknown as BenchWindow).lantuMap!.whenRendered());
    await sheet(browser, page, 'A3', '10000', 'png');
    await sheet(browser, page, 'A3', '10000', 'print');
  } finally {
    await browser.close();
    await server.close();
  }
}

void main();
