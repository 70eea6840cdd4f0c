// Editor benchmark: a generated workspace of N land parcels (default 300k) in headless Chromium against
// the production build under the app's CSP. Prints the time to open it and draw the first full frame,
// the time to reopen it from IndexedDB after a reload, and the longest main-thread task (PerformanceObserver
// `longtask`) during load, checks, pan and zoom, and the time to autosave one bulk apply of 1,000
// resolutions. Usage: npm run bench editor [-- --parcels 300000]; `--open-only` stops after the reopen, and
// `--profile` / `--profile-reopen` / `--profile-checks` / `--profile-edit` print the functions with the most self time in that step
// (`--profile-out=<file>` also writes it as a .cpuprofile for DevTools).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ensureRendererBuilt, launchChromium, PROJECT_ROOT, seedStation, serveStatic } from '../../tests/e2e/support/index.ts';
import type { PlanDocument, PlanFeature, FeatureId, PlanId } from '../../engine/model/index.ts';
import type { WorkspacePayload } from '../../renderer/store/workspacePayload.ts';
import type { MapController } from '../../renderer/map/createMapController.ts';
import type { EditorStore } from '../../renderer/store/createEditorStore.ts';
import type { ChecksService } from '../../renderer/services/checks/createChecksService.ts';

declare global {
  interface Window {
    lantuEditor?: {
      store: EditorStore;
      checks: ChecksService;
      autosave: { flush: () => Promise<void> };
      openWorkspace: (p: WorkspacePayload) => Promise<void>;
      ready: true;
    };
    lantuMap?: MapController;
    __longTasks?: { start: number; duration: number }[];
  }
}

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const PARCELS = arg('parcels', 300_000);
/** West of URBAN_FROM (share of the width): farmland, forest, water; east of it, inside 城镇开发边界: urban uses. */
const RURAL_CODES = ['0101', '0102', '0103', '0201', '0301', '0403', '0703', '1207', '1701'];
const URBAN_CODES = ['0701', '0702', '0901', '100102', '1101', '1207', '1401', '1703'];
const URBAN_FROM = 0.6;

function generateLandPlan(count: number): PlanDocument {
  const [x0, y0, x1, y1] = [112.03, 34.89, 112.77, 35.28];
  const cols = Math.ceil(Math.sqrt((count * (x1 - x0)) / (y1 - y0)));
  const rows = Math.ceil(count / cols);
  const dx = (x1 - x0) / cols;
  const dy = (y1 - y0) / rows;
  // Jittered shared grid points: neighbouring parcels share edges (a full-coverage layer, no overlaps).
  const jitter = (i: number, j: number, axis: number) => ((Math.sin(i * 12.9898 + j * 78.233 + axis * 37.719) * 43758.5453) % 1) * 0.25;
  const pt = (i: number, j: number): [number, number] => [
    Number((x0 + (i + (i > 0 && i < cols ? jitter(i, j, 0) : 0)) * dx).toFixed(7)),
    Number((y0 + (j + (j > 0 && j < rows ? jitter(i, j, 1) : 0)) * dy).toFixed(7)),
  ];
  const features: PlanFeature[] = [];
  for (let n = 0; n < count; n++) {
    const i = n % cols;
    const j = Math.floor(n / cols);
    const serial = String(n + 1).padStart(8, '0');
    features.push({
      type: 'Feature',
      id: `00000000-0000-5000-8000-${String(n + 1).padStart(12, '0')}` as FeatureId,
      layer: 'GHYDYH',
      geometry: { type: 'Polygon', coordinates: [[pt(i, j), pt(i + 1, j), pt(i + 1, j + 1), pt(i, j + 1), pt(i, j)]] },
      properties: {
        BSM: `4190010000${serial}`,
        XZQDM: '419001100',
        YDYHFLDM:
          i >= cols * URBAN_FROM ? URBAN_CODES[(i * 7 + j * 3) % URBAN_CODES.length]! : RURAL_CODES[(i * 7 + j * 3) % RURAL_CODES.length]!,
      },
    });
  }
  // The territory (XZQ) and the urban development boundary (CZKFBJ) around the urban parcels, so the
  // default pack finds a realistic number of conflicts rather than one per parcel.
  const box = (id: string, layer: 'XZQ' | 'CZKFBJ', bx0: number, properties: PlanFeature['properties']): PlanFeature => ({
    type: 'Feature',
    id: id as FeatureId,
    layer,
    properties,
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [bx0, y0 - 0.001],
          [x1 + 0.001, y0 - 0.001],
          [x1 + 0.001, y1 + 0.001],
          [bx0, y1 + 0.001],
          [bx0, y0 - 0.001],
        ],
      ],
    },
  });
  features.push(
    box('00000000-0000-5000-8001-000000000001', 'XZQ', x0 - 0.001, { BSM: '419001000000000001', XZQDM: '419001100', XZQMC: '克井镇' }),
  );
  const urbanX = x0 + Math.floor(cols * URBAN_FROM) * dx - dx * 0.5;
  features.push(
    box('00000000-0000-5000-8001-000000000002', 'CZKFBJ', urbanX, { BSM: '419001000000000002', GHFQMC: '城镇集中建设区', GHFQDM: '010' }),
  );
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind: 'land',
      id: 'bench-land' as PlanId,
      title: `基准测试国土空间规划（${count} 图斑）`,
      department: '自然资源和规划局',
      version: 'v1',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features,
  };
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }[];
  samples: number[];
  timeDeltas: number[];
}

/** `--profile`: the 20 functions with the most self time while the workspace opens. */
function printProfile(profile: CpuProfile) {
  const out = process.argv.find((a) => a.startsWith('--profile-out='))?.slice('--profile-out='.length);
  if (out) writeFileSync(out, JSON.stringify(profile));
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byNode.get(id)!;
    const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  for (const [k, v] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}

const readJson = (path: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, path), 'utf8'));

async function longestTask(page: Page, since: number): Promise<number> {
  return page.evaluate((t) => Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start >= t).map((e) => e.duration)), since);
}
const now = (page: Page) => page.evaluate(() => performance.now());
const ms = (v: number) => `${v.toFixed(0)} ms`;

async function main() {
  const build = ensureRendererBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'lantu-editor-bench-'));
  cpSync(build, dir, { recursive: true });
  const started = performance.now();
  const payload: WorkspacePayload = {
    format: 'lantu-workspace',
    schemaVersion: '1.0.0',
    plans: [
      generateLandPlan(PARCELS),
      readJson('tests/fixtures/editor-demo/ecology.json'),
      readJson('tests/fixtures/editor-demo/industry.json'),
      readJson('tests/fixtures/editor-demo/transport.json'),
    ],
    rulePack: readJson('seeds/rules/jiyuan-default.json'),
    targets: readJson('seeds/jiyuan/targets.json'),
    history: { past: [], future: [] },
    view: { language: 'zh', layerViews: {}, planOrder: [] },
  };
  const json = JSON.stringify(payload);
  writeFileSync(join(dir, 'bench-workspace.json'), json);
  console.log(`generated ${PARCELS} parcels (${(json.length / 1e6).toFixed(1)} MB JSON) in ${ms(performance.now() - started)}`);

  const server = await serveStatic(dir);
  const browser = await launchChromium({ args: ['--js-flags=--max-old-space-size=4096'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
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
    await page.waitForFunction(() => window.lantuEditor?.ready === true);

    const profile = process.argv.includes('--profile') ? await page.context().newCDPSession(page) : null;
    if (profile) {
      await profile.send('Profiler.enable');
      await profile.send('Profiler.start');
    }
    // Open: fetch + parse the payload, store it in IndexedDB (chunks), load the store, first full frame.
    const t0 = await now(page);
    const open = await page.evaluate(async () => {
      const a = performance.now();
      const data = (await (await fetch('./bench-workspace.json')).json()) as WorkspacePayload;
      const b = performance.now();
      await window.lantuEditor!.openWorkspace(data);
      const c = performance.now();
      await window.lantuMap!.whenRendered();
      const d = performance.now();
      return { parseMs: b - a, storeMs: c - b, renderMs: d - c, totalMs: d - a };
    });
    if (profile) printProfile((await profile.send('Profiler.stop')).profile as CpuProfile);
    console.log(
      `open: fetch+parse ${ms(open.parseMs)}, IndexedDB write + load ${ms(open.storeMs)}, first full render ${ms(open.renderMs)}, total ${ms(open.totalMs)}; longest task ${ms(await longestTask(page, t0))}`,
    );

    // The overview images are kept for the next start in the background (PNG in IndexedDB); a workstation closed
    // and opened the next day finds them stored, so the reload waits for that.
    const keptMs = await page.evaluate(async () => {
      const a = performance.now();
      await window.lantuMap!.overviewsKept();
      return performance.now() - a;
    });
    console.log(`overview images kept for the next start ${ms(keptMs)} after the first full render`);

    // Reopen from IndexedDB: reload, wait for the store and the first full frame.
    const reopenProfile = process.argv.includes('--profile-reopen') ? await page.context().newCDPSession(page) : null;
    if (reopenProfile) {
      await reopenProfile.send('Profiler.enable');
      await reopenProfile.send('Profiler.start');
    }
    await page.reload();
    await page.waitForFunction(() => window.lantuEditor?.ready === true && window.lantuMap !== undefined);
    const reopenMs = await page.evaluate(async () => {
      await window.lantuMap!.whenRendered();
      return performance.now();
    });
    if (reopenProfile) printProfile((await reopenProfile.send('Profiler.stop')).profile as CpuProfile);
    const features = await page.evaluate(() =>
      [...window.lantuEditor!.store.getState().workspace.plans.values()].reduce((n, p) => n + p.features.size, 0),
    );
    const reopenTasks = await page.evaluate(() =>
      (window.__longTasks ?? [])
        .map((e) => Math.round(e.duration))
        .sort((a, b) => b - a)
        .slice(0, 6),
    );
    const origins = await page.evaluate(() => window.lantuMap!.overviewOrigins());
    console.log(
      `reopen from IndexedDB to first full render: ${ms(reopenMs)} (${features} features); longest tasks ${reopenTasks.join(', ')} ms; ` +
        `overview images ${Object.values(origins).join(', ') || 'none'}`,
    );
    if (process.argv.includes('--open-only')) return;

    // Checks (rules worker): the main thread must stay free while they run.
    const checksProfile = process.argv.includes('--profile-checks') ? await page.context().newCDPSession(page) : null;
    if (checksProfile) {
      await checksProfile.send('Profiler.enable');
      await checksProfile.send('Profiler.start');
    }
    const t1 = await now(page);
    const checks = await page.evaluate(async () => {
      const a = performance.now();
      await window.lantuEditor!.checks.runAll();
      const s = window.lantuEditor!.store.getState();
      return { ms: performance.now() - a, conflicts: s.conflicts.length, error: s.checkError ?? s.notice?.text ?? null };
    });
    if (checksProfile) printProfile((await checksProfile.send('Profiler.stop')).profile as CpuProfile);
    console.log(
      `checks: ${checks.error ? `not run (${checks.error})` : `${checks.conflicts} conflicts in ${ms(checks.ms)}`}; longest main-thread task ${ms(await longestTask(page, t1))}`,
    );

    // One attribute edit on a parcel, then the incremental re-check in the worker.
    const editProfile = process.argv.includes('--profile-edit') ? await page.context().newCDPSession(page) : null;
    if (editProfile) {
      await editProfile.send('Profiler.enable');
      await editProfile.send('Profiler.start');
    }
    const t6 = await now(page);
    const edit = await page.evaluate(async () => {
      const s = window.lantuEditor!.store.getState();
      const plan = s.workspace.plans.get('bench-land' as never)!;
      const f = plan.features.get('00000000-0000-5000-8000-000000000001' as never)!;
      const a = performance.now();
      s.execute({
        kind: 'setAttributes',
        planId: 'bench-land' as never,
        featureId: f.id,
        before: f.properties,
        after: { ...f.properties, YDYHFLDM: '0901' },
      });
      const b = performance.now();
      await window.lantuEditor!.checks.idle();
      return { applyMs: b - a, recheckMs: performance.now() - a };
    });
    if (editProfile) printProfile((await editProfile.send('Profiler.stop')).profile as CpuProfile);
    console.log(
      `edit one attribute: applied in ${ms(edit.applyMs)}, re-checked in ${ms(edit.recheckMs)}; longest main-thread task ${ms(await longestTask(page, t6))}`,
    );

    // Autosave one bulk apply of 1,000 resolutions: one history entry holding 1,000 setResolution
    // records with their feature edits and the 1,000 geometry changes, written as one transaction.
    const bulk = await page.evaluate(async () => {
      const s = window.lantuEditor!.store.getState();
      const planId = 'bench-land' as never;
      const features = [...s.workspace.plans.get(planId)!.features.values()].slice(1000, 2000);
      const commands: Parameters<typeof s.execute>[0][] = [];
      features.forEach((f, i) => {
        if (f.geometry.type !== 'Polygon') return;
        const [x0, y0] = f.geometry.coordinates[0]![0]!;
        const after = {
          type: 'Polygon' as const,
          coordinates: f.geometry.coordinates.map((ring) =>
            ring.map(([x, y]) => [x0! + (x! - x0!) * 0.99, y0! + (y! - y0!) * 0.99] as [number, number]),
          ),
        };
        const conflictKey = `R01:bench:${f.id}`;
        commands.push({ kind: 'setGeometry', planId, featureId: f.id, before: f.geometry, after });
        commands.push({
          kind: 'setResolution',
          conflictKey,
          before: null,
          after: {
            conflictKey,
            ruleId: 'R01',
            severity: 'major',
            regionHash: `bench-${i}`,
            kind: 'subjectYields',
            status: 'applied',
            decidedBy: 'bench',
            decidedAt: new Date().toISOString(),
            logNumber: `20261204${String(i + 1).padStart(6, '0')}`,
            changeType: 2,
            reason: 'bench',
            edits: [
              {
                planId,
                featureId: f.id,
                layer: f.layer,
                changeType: 2,
                before: { geometry: f.geometry, properties: f.properties },
                after: { geometry: after, properties: f.properties },
              },
            ],
          },
        });
      });
      const a = performance.now();
      s.execute({ kind: 'batch', label: '批量处置 1000', commands });
      const b = performance.now();
      await window.lantuEditor!.autosave.flush();
      return { resolutions: commands.length / 2, applyMs: b - a, saveMs: performance.now() - b };
    });
    const saveStatus = await page.locator('[data-testid=save-status]').textContent();
    console.log(
      `autosave one bulk apply of ${bulk.resolutions} resolutions: applied in ${ms(bulk.applyMs)}, autosaved in ${ms(bulk.saveMs)} (status: ${saveStatus})`,
    );

    // Pan and zoom after the first render.
    const box = (await page.locator('[data-testid=map]').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const t2 = await now(page);
    for (let k = 0; k < 3; k++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let s = 1; s <= 10; s++) await page.mouse.move(cx - s * 30, cy - s * 15);
      await page.mouse.up();
      await page.evaluate(() => window.lantuMap!.whenRendered());
    }
    console.log(`pan at overview (3 drags): longest task ${ms(await longestTask(page, t2))}`);
    const t3 = await now(page);
    for (let k = 0; k < 6; k++) {
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(400);
      await page.evaluate(() => window.lantuMap!.whenRendered());
    }
    const t4 = await now(page);
    for (let k = 0; k < 3; k++) {
      await page.mouse.move(cx, cy);
      await page.mouse.down();
      for (let s = 1; s <= 10; s++) await page.mouse.move(cx + s * 30, cy + s * 10);
      await page.mouse.up();
      await page.evaluate(() => window.lantuMap!.whenRendered());
    }
    const t5 = await now(page);
    for (let k = 0; k < 6; k++) {
      await page.mouse.move(cx, cy);
      await page.mouse.wheel(0, 300);
      await page.waitForTimeout(400);
      await page.evaluate(() => window.lantuMap!.whenRendered());
    }
    console.log(
      `zoom in to editing scale: longest task ${ms((await longestTask(page, t3)) && (await page.evaluate((a) => Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start >= a[0]! && e.start < a[1]!).map((e) => e.duration)), [t3, t4])))}`,
    );
    console.log(
      `pan at editing scale: longest task ${ms(await page.evaluate((a) => Math.max(0, ...(window.__longTasks ?? []).filter((e) => e.start >= a[0]! && e.start < a[1]!).map((e) => e.duration)), [t4, t5]))}`,
    );
    console.log(`zoom out to overview: longest task ${ms(await longestTask(page, t5))}`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
