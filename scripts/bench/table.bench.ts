// Attribute-table benchmark: a generated land plan of N parcels (default 300k) opened in the production build in
// headless Chromium under the app's CSP (real IndexedDB), then the 属性表 tab. Prints the time to show the table,
// to sort (numeric, text) and filter, to select every visible row, and the longest main-thread task
// (PerformanceObserver `longtask`) while scrolling the table: wheel steps through the top, a jump to the middle and
// to the end, and a drag of the scrollbar position; then select-all, click, Ctrl+click, clear, 反选 and a map click at
// full size, each with its longest task in wall and in CPU time (a devtools trace). Usage: npm run bench table
// [-- --parcels 300000] [-- --profile: the functions with the most self time in each selection step]
import type { Page } from 'playwright-core';
import { launchChromium, serveStatic, ensureRendererBuilt, seedStation } from '../../tests/e2e/support/index.ts';
import { openSyntheticWorkspace } from '../../tests/e2e/support/openSyntheticWorkspace.ts';
import type { EditorAutomationHook } from '../../renderer/app/EditorAutomationHook.ts';
import type { MapController } from '../../renderer/map/createMapController.ts';

declare global {
  interface Window {
    lantuEditor?: EditorAutomationHook;
    lantuMap?: MapController;
    __longTasks?: { start: number; duration: number }[];
  }
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PARCELS = arg('parcels', 300_000);
const ms = (v: number) => `${v.toFixed(0)} ms`;
const now = (page: Page) => page.evaluate(() => performance.now());
const longTasks = (page: Page, since: number) =>
  page.evaluate((t) => (window.__longTasks ?? []).filter((e) => e.start >= t).map((e) => e.duration), since);
const longest = (tasks: number[]) =>
  tasks.length === 0 ? 'none over 50 ms' : `${ms(Math.max(...tasks))} (${tasks.length} tasks over 50 ms)`;

/** Runs `action` and waits until the table's count text changes (or `settle` says it is done); returns wall ms. */
async function timed(page: Page, action: () => Promise<void>, settle: () => Promise<unknown>): Promise<number> {
  const a = await now(page);
  await action();
  await settle();
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
  return (await now(page)) - a;
}

async function main() {
  const server = await serveStatic(ensureRendererBuilt());
  const browser = await launchChromium({ args: ['--js-flags=--max-old-space-size=4096'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    // An installation with its station, as after the first-start dialog (which would cover the page).
    await seedStation(context);
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.addInitScript(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks!.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    page.on('pageerror', (e) => console.log(`pageerror: ${e.message}`));
    await page.goto(server.url);
    await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined);
    const t0 = performance.now();
    await openSyntheticWorkspace(page, PARCELS);
    console.log(`opened ${PARCELS} parcels through IndexedDB in ${ms(performance.now() - t0)}`);

    const count = () => page.getByTestId('table-count').textContent();
    const shown = async (want: RegExp) =>
      page.waitForFunction(
        (re) => new RegExp(re).test(document.querySelector('[data-testid=table-count]')?.textContent ?? ''),
        want.source,
      );
    const sortState = (key: string, dir: string) =>
      page.waitForFunction(([k, d]) => document.querySelector(`[data-testid=sort-${k}]`)?.getAttribute('aria-sort') === d, [key, dir]);

    let t = await now(page);
    const openMs = await timed(
      page,
      () => page.getByTestId('attribute-table-tab').click(),
      () => shown(new RegExp(`共 ${PARCELS} 行`)),
    );
    console.log(`show the table: ${ms(openMs)}; longest task ${longest(await longTasks(page, t))}`);

    // Scrolling: the longest main-thread task while the table scrolls.
    t = await now(page);
    const scroll = page.getByTestId('table-scroll');
    const box = (await scroll.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const frames: number[] = [];
    for (let i = 0; i < 60; i++) {
      const a = await now(page);
      await page.mouse.wheel(0, 240);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
      frames.push((await now(page)) - a);
    }
    for (const at of [0.5, 0.999, 0.25, 0.75, 0]) {
      await scroll.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), at);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
    }
    // A scrollbar drag: 40 jumps across the whole height, one per frame.
    for (let i = 0; i <= 40; i++) {
      await scroll.evaluate((el, f) => el.scrollTo(0, el.scrollHeight * f), i / 40);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(null))));
    }
    frames.sort((a, b) => a - b);
    console.log(
      `scroll (60 wheel steps, 5 jumps, 41-step scrollbar drag): longest main-thread task ${longest(await longTasks(page, t))}; ` +
        `wheel step to next frame median ${ms(frames[frames.length >> 1]!)}, max ${ms(frames.at(-1)!)}; rows in the page ${await page.getByTestId('table-row').count()}`,
    );

    t = await now(page);
    const sortNum = await timed(
      page,
      () => page.getByTestId('sort-MJ').click(),
      () => sortState('MJ', 'ascending'),
    );
    const sortNumDesc = await timed(
      page,
      () => page.getByTestId('sort-MJ').click(),
      () => sortState('MJ', 'descending'),
    );
    const sortText = await timed(
      page,
      () => page.getByTestId('sort-YDYHFLDM').click(),
      () => sortState('YDYHFLDM', 'ascending'),
    );
    console.log(
      `sort MJ ascending ${ms(sortNum)}, descending ${ms(sortNumDesc)}, YDYHFLDM (text) ${ms(sortText)}; longest task ${longest(await longTasks(page, t))}`,
    );

    t = await now(page);
    const filter = await timed(
      page,
      () => page.getByTestId('filter-YDYHFLDM').fill('0101'),
      () => shown(/^显示 \d+ \/ 共/),
    );
    const before = await count();
    const filter2 = await timed(
      page,
      () => page.getByTestId('filter-MJ').fill('>=5000'),
      () => page.waitForFunction((b) => document.querySelector('[data-testid=table-count]')?.textContent !== b, before),
    );
    console.log(
      `filter YDYHFLDM contains 0101 ${ms(filter)}, then MJ >= 5000 ${ms(filter2)} (${await count()}); longest task ${longest(await longTasks(page, t))}`,
    );
    await page.getByTestId('filter-YDYHFLDM').fill('');
    await page.getByTestId('filter-MJ').fill('');
    await shown(new RegExp(`^显示 ${PARCELS} `));

    // Selection at full size: each action's wall time (until the count shows it) and its longest main-thread task.
    const selectedCount = (n: number) => new RegExp(`已选 ${n}$`);
    const profileOf = process.argv.indexOf('--profile') > 0 ? await page.context().newCDPSession(page) : null;
    const selectionStep = async (label: string, action: () => Promise<void>, want: RegExp) => {
      if (profileOf) {
        await profileOf.send('Profiler.enable');
        await profileOf.send('Profiler.start');
      }
      // A trace gives each main-thread task's CPU time too: on the shared, loaded machine a task's wall time is
      // mostly waiting for a core, its CPU time is what a quiet machine would take.
      await browser.startTracing(page, { categories: ['disabled-by-default-devtools.timeline'] });
      const since = await now(page);
      const wall = await timed(page, action, () => shown(want));
      // Two frames: the map's redraw after the store change is part of the action.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(null)))));
      const cpu = longestTaskCpuMs(JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] });
      console.log(
        `${label}: ${ms(wall)}; longest task ${longest(await longTasks(page, since))}; ` +
          `longest main-thread task in CPU time ${ms(cpu.cpu)} (its wall ${ms(cpu.wall)})`,
      );
      if (profileOf) printProfile((await profileOf.send('Profiler.stop')).profile as CpuProfile);
    };
    const rowsShown = page.getByTestId('table-row');
    await selectionStep(
      `select all ${PARCELS} visible rows`,
      () => page.getByTestId('table-select-visible').click(),
      selectedCount(PARCELS),
    );
    await selectionStep('click one row (all selected → 1)', () => rowsShown.nth(3).click(), selectedCount(1));
    await page.getByTestId('table-select-visible').click();
    await shown(selectedCount(PARCELS));
    await selectionStep(
      'Ctrl+click one row (all selected → all but one)',
      () => rowsShown.nth(4).click({ modifiers: ['Control'] }),
      selectedCount(PARCELS - 1),
    );
    await selectionStep(
      'clear the selection (from all but one)',
      () => page.getByTestId('table-clear-selection').click(),
      selectedCount(0),
    );
    if ((await page.getByTestId('table-invert-selection').count()) > 0) {
      await rowsShown.nth(2).click();
      await shown(selectedCount(1));
      await selectionStep('invert (1 → all but one)', () => page.getByTestId('table-invert-selection').click(), selectedCount(PARCELS - 1));
    }
    await page.getByTestId('table-select-visible').click();
    await shown(selectedCount(PARCELS));
    // A parcel clicked on the map, zoomed in so the layer is drawn as features (the whole city is an overview image).
    const target = await page.evaluate(() => {
      const f = [...window.lantuEditor!.store.getState().workspace.plans.values()][0]!.features.values().next().value!;
      const ring = (f.geometry as { coordinates: number[][][] }).coordinates[0]!;
      const xs = ring.map((p) => p[0]!);
      const ys = ring.map((p) => p[1]!);
      return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] as [number, number];
    });
    await page.evaluate(async (c) => {
      window.lantuMap!.zoomToLonLatExtent([c[0] - 0.01, c[1] - 0.01, c[0] + 0.01, c[1] + 0.01]);
      await window.lantuMap!.whenRendered();
    }, target);
    const mapBox = (await page.getByTestId('map').boundingBox())!;
    const pixel = (await page.evaluate((c) => window.lantuMap!.pixelOf(c), target))!;
    await selectionStep(
      'click a parcel on the map (all selected → 1)',
      () => page.mouse.click(mapBox.x + pixel[0], mapBox.y + pixel[1]),
      selectedCount(1),
    );
    await page.getByTestId('table-select-visible').click();
    await shown(selectedCount(PARCELS));
    await selectionStep(
      'clear the selection (all), map zoomed in',
      () => page.getByTestId('table-clear-selection').click(),
      selectedCount(0),
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** The renderer main thread's task with the most thread CPU time in a devtools.timeline trace (µs → ms). */
function longestTaskCpuMs(trace: { traceEvents: TraceEvent[] }): { cpu: number; wall: number } {
  const main = trace.traceEvents.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const isMain = (e: TraceEvent) => main.some((m) => m.pid === e.pid && m.tid === e.tid);
  let best = { cpu: 0, wall: 0 };
  for (const e of trace.traceEvents) {
    if (e.name !== 'RunTask' || e.ph !== 'X' || !isMain(e)) continue;
    const cpu = (e.tdur ?? 0) / 1000;
    if (cpu > best.cpu) best = { cpu, wall: (e.dur ?? 0) / 1000 };
  }
  return best;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** `--profile`: the functions with the most self time in the step's CPU profile (build with LANTU_NO_MINIFY=1 for names). */
function printProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [key, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`    ${ms(v).padStart(8)}  ${key}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
