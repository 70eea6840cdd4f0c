// Node. Finds a Chromium executable and launches it headless through playwright-core. Looks at
// $LANTU_CHROMIUM, $CHROMIUM_PATH, /usr/bin/chromium, then Playwright's cache; throws (never skips) if none.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Candidate paths in the order they are tried. */
export function chromiumCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const candidates: string[] = [];
  for (const name of ['LANTU_CHROMIUM', 'CHROMIUM_PATH'] as const) {
    const value = env[name];
    if (value) candidates.push(value);
  }
  candidates.push('/usr/bin/chromium', '/usr/bin/chromium-browser');
  const cache = join(env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright'));
  if (existsSync(cache)) {
    const builds = readdirSync(cache)
      .filter((name) => /^chromium-\d+$/.test(name))
      .sort((a, b) => Number(b.slice(9)) - Number(a.slice(9)));
    for (const build of builds) {
      candidates.push(join(cache, build, 'chrome-linux', 'chrome'), join(cache, build, 'chrome-linux64', 'chrome'));
    }
  }
  return candidates;
}

/** The first existing Chromium; throws with the install command when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const candidates = chromiumCandidates(env);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      `No Chromium found for the browser tests (looked at: ${candidates.join(', ')}). ` +
        'Install it with `apt-get install chromium` (Debian/Ubuntu), or set $CHROMIUM_PATH to a Chromium executable.',
    );
  }
  return found;
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    ...options,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
