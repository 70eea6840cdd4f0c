// UI shell figures: the production renderer's asset sizes (raw and gzip, JS and CSS, the entry chunk and all it imports statically) and the
// first-render time of the editor in headless Chromium under the app's CSP (navigation → the toolbar and the map
// canvas drawn), median of --runs loads (default 5) at 1366×768. `--compare <dir>` measures another renderer build
// (e.g. one built from an earlier commit; repeatable) interleaved with this one, so a busy machine slows both alike;
// main-thread busy time (CDP Performance.getMetrics TaskDuration, ScriptDuration) is printed as well, since wall time
// on a loaded machine mostly measures the load.
// Prints figures; asserts nothing. Usage: npm run bench ui [-- --runs 5 --compare /tmp/base/out/renderer]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';
import { ensureRendererBuilt, launchChromium, serveStatic, type StaticServer } from '../../tests/e2e/support/index.ts';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(option('runs') ?? 5);
const builds = [{ name: 'this build', dir: ensureRendererBuilt() }];
for (const [i, arg] of process.argv.entries())
  if (arg === '--compare' && process.argv[i + 1]) builds.push({ name: `compared (${process.argv[i + 1]})`, dir: process.argv[i + 1]! });

const kb = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
/** The entry chunk and every chunk it imports statically (transitively): the JS parsed before the first render. */
function initialChunks(assets: string, entry: string): Set<string> {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const name = queue.pop()!;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(assets, name), 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"\.\/([^"]+\.js)"/g)) queue.push(m[1]!);
  }
  return seen;
}
for (const build of builds) {
  const assets = join(build.dir, 'assets');
  const entry = /src="\.\/assets\/([^"]+\.js)"/.exec(readFileSync(join(build.dir, 'index.html'), 'utf8'))?.[1] ?? '';
  const initial = initialChunks(assets, entry);
  const totals = { js: 0, jsGz: 0, css: 0, cssGz: 0, entry: 0, entryGz: 0, initial: 0, initialGz: 0 };
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
    if (initial.has(name)) {
      totals.initial += bytes.length;
      totals.initialGz += gz;
    }
  }
  console.log(
    `${build.name}: renderer JS ${kb(totals.js)} (gzip ${kb(totals.jsGz)}), CSS ${kb(totals.css)} (gzip ${kb(totals.cssGz)}); entry chunk ${kb(totals.entry)} (gzip ${kb(totals.entryGz)}); loaded before the first render ${initial.size} chunks ${kb(totals.initial)} (gzip ${kb(totals.initialGz)})`,
  );
}

const browser = await launchChromium();
const servers: StaticServer[] = [];
try {
  // One profile per build: run 0 stores the demo workspace in IndexedDB and is not counted; later runs reopen it,
  // as a clerk's daily start does (a new page each time, so the JS is parsed and compiled again).
  const sessions: {
    server: StaticServer;
    context: BrowserContext;
    firstRenderMs: number[];
    fcpMs: number[];
    taskMs: number[];
    scriptMs: number[];
  }[] = [];
  for (const build of builds) {
    const server = await serveStatic(build.dir);
    servers.push(server);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
    sessions.push({ server, context, firstRenderMs: [], fcpMs: [], taskMs: [], scriptMs: [] });
  }
  for (let run = 0; run <= RUNS; run++) {
    for (const session of sessions) {
      const page = await session.context.newPage();
      const cdp = await session.context.newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(session.server.url);
      await page.waitForSelector('[role="toolbar"] [data-testid="run-checks"]', { timeout: 120_000 });
      await page.waitForSelector('.map canvas', { timeout: 120_000 });
      const figures = await page.evaluate(() => ({
        now: performance.now(),
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      }));
      const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
      const metric = (name: string) => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
      if (run > 0) {
        session.firstRenderMs.push(figures.now);
        session.fcpMs.push(figures.fcp);
        session.taskMs.push(metric('TaskDuration'));
        session.scriptMs.push(metric('ScriptDuration'));
      }
      await page.close();
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  sessions.forEach((session, i) => {
    const all = session.firstRenderMs.map((x) => x.toFixed(0)).join(', ');
    console.log(
      `${builds[i]!.name}: first render (toolbar + map canvas, 1366×768, demo reopened) median ${median(session.firstRenderMs).toFixed(0)} ms of ${RUNS} [${all}]; first contentful paint median ${median(session.fcpMs).toFixed(0)} ms; main-thread busy median ${median(session.taskMs).toFixed(0)} ms (script ${median(session.scriptMs).toFixed(0)} ms)`,
    );
  });
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
