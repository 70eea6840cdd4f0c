// The rules engine in its Web Worker, in headless Chromium under the app's CSP: the demo check gives the
// same conflicts as in Node, progress arrives per rule, cancel stops a run (and the next run works), and an
// incremental re-check after moving a parcel equals a full run. The worker and a harness page are bundled
// with esbuild into a temp folder served on 127.0.0.1.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRules, type RulePack } from '../../engine/rules/index.ts';
import { createGeometryPort } from '../../main/node/createGeometryPort.ts';
import { openHarness, PROJECT_ROOT, type OpenHarness } from './support/index.ts';

let harness: OpenHarness;
let page: Page;

beforeAll(async () => {
  harness = await openHarness({
    name: 'rules-worker',
    entryPoints: {
      rulesWorker: join(PROJECT_ROOT, 'renderer', 'workers', 'rulesWorker.ts'),
      harness: join(PROJECT_ROOT, 'tests', 'e2e', 'rulesWorker', 'harness.ts'),
    },
    prepare: (dir) => {
      const data = join(dir, 'data');
      mkdirSync(data);
      for (const k of ['land', 'ecology', 'industry', 'transport', 'targets'])
        copyFileSync(join(PROJECT_ROOT, 'seeds', 'jiyuan', `${k}.json`), join(data, `${k}.json`));
      copyFileSync(join(PROJECT_ROOT, 'seeds', 'rules', 'jiyuan-default.json'), join(data, 'pack.json'));
    },
  });
  page = harness.page;
});

afterAll(async () => {
  await harness?.close();
});

type Summary = { keys: string[]; hashes: string[]; progress: [number, number, string][] };

describe('rules worker', () => {
  it('finds the same conflicts as the engine in Node and reports progress per rule', async () => {
    const got = (await page.evaluate(() =>
      (window as never as { rulesHarness: { run(): Promise<unknown> } }).rulesHarness.run(),
    )) as Summary;
    const read = (k: string) => JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8'));
    const pack = JSON.parse(readFileSync(join(PROJECT_ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')) as RulePack;
    const port = await createGeometryPort();
    const node = await runRules({ plans: ['land', 'ecology', 'industry', 'transport'].map(read), pack, targets: read('targets') }, port);
    port.dispose();
    expect(got.keys).toEqual(node.report.conflicts.map((c) => c.key));
    expect(got.hashes).toEqual(node.report.conflicts.map((c) => c.regionHash));
    const total = pack.rules.length + 1;
    expect(got.progress[0]).toEqual([0, total, 'prepare']);
    expect(got.progress.at(-1)).toEqual([total, total, 'done']);
    expect(got.progress.map((p) => p[2])).toEqual(['prepare', ...pack.rules.map((r) => r.id), 'done']);
    expect(harness.pageErrors, harness.pageErrors.join('\n')).toEqual([]);
  });

  it('stops a run on cancel with a cancellation error, and the next run completes', async () => {
    const got = (await page.evaluate(() =>
      (window as never as { rulesHarness: { runAndCancel(): Promise<unknown> } }).rulesHarness.runAndCancel(),
    )) as {
      error: string;
      progressBeforeCancel: number;
      steps: number;
      after: number;
    };
    expect(got.error).toMatch(/^RulesCancelledError/);
    // Cancelled after the first rule: it stops at a later checkpoint (how many rules still finish while
    // the cancel message travels depends on the machine's load), never at the end of the pack.
    expect(got.steps).toBeGreaterThan(20);
    expect(got.progressBeforeCancel).toBeLessThan(got.steps);
    expect(got.after).toBeGreaterThan(100);
  });

  it('re-checks a moved parcel incrementally with the same result as a full run', async () => {
    const got = (await page.evaluate(() =>
      (window as never as { rulesHarness: { recheckMoved(): Promise<unknown> } }).rulesHarness.recheckMoved(),
    )) as {
      incremental: Summary;
      full: Summary;
    };
    expect(got.incremental.keys).toEqual(got.full.keys);
    expect(got.incremental.hashes).toEqual(got.full.hashes);
    expect(harness.pageErrors, harness.pageErrors.join('\n')).toEqual([]);
  });
});
