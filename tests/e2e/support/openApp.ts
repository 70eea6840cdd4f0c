// Node. One call for a browser test: build the renderer if stale, serve it with the app's CSP, launch
// Chromium, open the app and watch for errors and CSP violations. `close()` tears everything down.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ensureRendererBuilt } from './ensureRendererBuilt.ts';
import { launchChromium } from './launchChromium.ts';
import { serveStatic, type StaticServer } from './serveStatic.ts';
import { seedStation, type SeedStationOptions } from './seedStation.ts';
import { watchPageProblems, type PageProblems } from './watchPageProblems.ts';

export interface OpenApp {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  server: StaticServer;
  problems: PageProblems;
  close(): Promise<void>;
}

/** `station: false` opens a fresh installation (the first-start dialog shows); by default the station is set up (`stationOptions`). */
export async function openApp(
  options: { path?: string; viewport?: { width: number; height: number }; station?: boolean; stationOptions?: SeedStationOptions } = {},
): Promise<OpenApp> {
  const dir = ensureRendererBuilt();
  const server = await serveStatic(dir);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 }, locale: 'zh-CN' });
    if (options.station !== false) await seedStation(context, options.stationOptions);
    const page = await context.newPage();
    const problems = await watchPageProblems(page);
    await page.goto(new URL(options.path ?? '/', server.url).href);
    return {
      browser,
      context,
      page,
      server,
      problems,
      close: async () => {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await browser.close();
    await server.close();
    throw error;
  }
}
