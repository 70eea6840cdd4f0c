// Node. A test harness page in headless Chromium: bundles the given entry points with esbuild into a temp
// folder (plus any files the test puts there), serves it on 127.0.0.1 under the app's CSP, opens it and
// waits for `body[data-ready="true"]`. Page errors and console errors are collected for the test to assert on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { launchChromium } from './launchChromium.ts';
import { serveStatic } from './serveStatic.ts';

export interface HarnessOptions {
  /** Short name for the temp folder and the page title. */
  name: string;
  /** esbuild entry points (output name → source path); `harness` is the page's module. */
  entryPoints: Record<string, string>;
  /** Writes extra files (data the page fetches) into the served folder. */
  prepare?: (dir: string) => void;
}

export interface OpenHarness {
  page: Page;
  dir: string;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openHarness(options: HarnessOptions): Promise<OpenHarness> {
  const dir = mkdtempSync(join(tmpdir(), `lantu-${options.name}-`));
  await build({
    entryPoints: options.entryPoints,
    outdir: dir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  });
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><title>${options.name}</title><link rel="icon" href="data:,"><script type="module" src="./harness.js"></script><body></body>`,
  );
  options.prepare?.(dir);
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(m.text());
  });
  await page.goto(server.url);
  await page.waitForSelector('body[data-ready="true"]', { state: 'attached' });
  return {
    page,
    dir,
    pageErrors,
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
