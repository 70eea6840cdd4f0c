// UI shell figures: the production renderer's asset sizes (raw and gzip, JS and CSS, entry chunk apart) and the
// first-render time of the editor in headless Chromium under the app's CSP (navigation → the map canvas and the
// toolbar drawn), median of --runs loads (default 5) at 1366×768. Prints figures; asserts nothing.
// Usage: npm run bench ui [-- --runs 5]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureRendererBuilt, launchChromium, serveStatic } from '../../tests/e2e/support/index.ts';

const runsFlag = process.argv.indexOf('--runs');
const RUNS = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 5;

const dir = ensureRendererBuilt();
const assets = join(dir, 'assets');
const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))?.[1] ?? '';
const totals = { js: 0, jsGz: 0, css: 0, cssGz: 0, entry: 0, entryGz: 0 };
for (const name of readdirSync(assets)) {
  const path = join(assets, name);
  if (!statSync(path).isFile()) continue;
  const bytes = readFileSync(path);
  const gz = name.endsWith('.js') || name.endsWith('.css') ? gzipSync(bytes, { level: 9 }).length : 0;
  if (name.endsWith('.js')) {
    totals.js += bytes.length;
    totals.jsGz += gz;
  } else if (name.endsWith('.css')) {
    totals.css += bytes.length;
    totals.cssGz += gz;
  }
  if (name === entry) {
    totals.entry = bytes.length;
    totals.entryGz = gz;
  }
}
const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
console.log(`renderer assets: JS ${kb(totals.js)} (gzip ${kb(totals.jsGz)}), CSS ${kb(totals.css)} (gzip ${kb(totals.cssGz)})`);
console.log(`entry chunk ${entry}: ${kb(totals.entry)} (gzip ${kb(totals.entryGz)})`);

const server = await serveStatic(dir);
const browser = await launchChromium();
try {
  const firstRenderMs: number[] = [];
  const fcpMs: number[] = [];
  // One profile: run 0 stores the demo workspace in IndexedDB and is not counted; later runs reopen it, as a
  // clerk's daily start does (a new page each time, so the JS is parsed and compiled again).
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  for (let run = 0; run <= RUNS; run++) {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[role="toolbar"] [data-testid="run-checks"]');
    await page.waitForSelector('.map canvas');
    const figures = await page.evaluate(() => ({
      now: performance.now(),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    }));
    if (run > 0) {
      firstRenderMs.push(figures.now);
      fcpMs.push(figures.fcp);
    }
    await page.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`first render (toolbar + map canvas, 1366×768, demo workspace): median ${median(firstRenderMs).toFixed(0)} ms of ${RUNS} [${firstRenderMs.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`first contentful paint: median ${median(fcpMs).toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
