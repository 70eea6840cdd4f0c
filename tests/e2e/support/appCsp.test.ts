// Drives Chromium against a small page served by serveStatic with the app's CSP: what the app needs
// (WebAssembly, module workers from 'self', nonce styles) works; eval, inline scripts and remote fetches are blocked.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, serveStatic, watchPageProblems, STYLE_NONCE_PLACEHOLDER, type StaticServer, type PageProblems } from './index.ts';

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const ADD_WASM = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1,
  106, 11,
];

let dir: string;
let server: StaticServer;
let browser: Browser;
let page: Page;
let problems: PageProblems;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-csp-'));
  writeFileSync(join(dir, 'add.wasm'), Uint8Array.from(ADD_WASM));
  writeFileSync(join(dir, 'worker.js'), 'self.onmessage = (e) => self.postMessage(e.data * 2);');
  writeFileSync(
    join(dir, 'index.html'),
    `<!doctype html><html><head><meta charset="utf-8">
<meta property="csp-nonce" nonce="${STYLE_NONCE_PLACEHOLDER}">
<style nonce="${STYLE_NONCE_PLACEHOLDER}">#probe { width: 123px; }</style>
<style>#probe { height: 77px; }</style>
<script type="module" src="/main.js"></script></head>
<body><div id="probe"></div><script>window.inlineRan = true;</script></body></html>`,
  );
  writeFileSync(
    join(dir, 'main.js'),
    `const results = {};
const bytes = await (await fetch('/add.wasm')).arrayBuffer();
results.wasm = (await WebAssembly.instantiate(bytes)).instance.exports.add(2, 3);
try { results.eval = eval('1 + 1'); } catch (e) { results.eval = e.name; }
try { results.fn = new Function('return 1')(); } catch (e) { results.fn = e.name; }
results.worker = await new Promise((done) => { const w = new Worker('/worker.js'); w.onmessage = (e) => done(e.data); w.postMessage(21); });
try { await fetch('https://example.com/'); results.remote = 'fetched'; } catch (e) { results.remote = e.name; }
const nonce = document.querySelector('meta[property="csp-nonce"]').nonce;
const style = document.createElement('style'); style.nonce = nonce; style.textContent = '#probe { color: rgb(1, 2, 3); }';
document.head.append(style);
const probe = getComputedStyle(document.getElementById('probe'));
results.width = probe.width; results.height = probe.height; results.color = probe.color;
results.inlineRan = window.inlineRan === true;
window.results = results;`,
  );
  server = await serveStatic(dir);
  browser = await launchChromium();
  page = await browser.newPage();
  problems = await watchPageProblems(page);
  await page.goto(server.url);
  await page.waitForFunction(() => (window as unknown as { results?: unknown }).results !== undefined);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the app CSP in Chromium', () => {
  it('lets WebAssembly compile and workers from self run', async () => {
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
    expect(results.wasm).toBe(5);
    expect(results.worker).toBe(42);
  });

  it('applies nonce styles, including ones injected at run time with the page nonce', async () => {
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
    expect(results.width).toBe('123px');
    expect(results.color).toBe('rgb(1, 2, 3)');
  });

  it('blocks eval, new Function, inline scripts, styles without the nonce and remote fetches', async () => {
    const results = await page.evaluate(() => (window as unknown as { results: Record<string, unknown> }).results);
    expect(results.eval).toBe('EvalError');
    expect(results.fn).toBe('EvalError');
    expect(results.inlineRan).toBe(false);
    expect(results.height).not.toBe('77px');
    expect(results.remote).toBe('TypeError');
    expect(problems.list.some((line) => line.startsWith('csp: script-src'))).toBe(true);
    expect(problems.list.some((line) => line.startsWith('csp: connect-src'))).toBe(true);
  });

  it('replaces the placeholder nonce with a fresh one per document', async () => {
    const first = await page.evaluate(() => (document.querySelector('meta[property="csp-nonce"]') as HTMLElement).nonce);
    const response = await fetch(server.url);
    const header = response.headers.get('content-security-policy') ?? '';
    const html = await response.text();
    expect(html).not.toContain(STYLE_NONCE_PLACEHOLDER);
    const nonce = /'nonce-([^']+)'/.exec(header)?.[1];
    expect(nonce).toBeDefined();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(first).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(first).not.toBe(nonce);
  });
});
