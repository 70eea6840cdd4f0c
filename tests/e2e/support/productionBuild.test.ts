// The production renderer build (out/renderer/, rebuilt when stale) opens in Chromium under the app's
// CSP without errors or policy violations: a CSP that breaks WebAssembly, workers or styles fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, STYLE_NONCE_PLACEHOLDER, type OpenApp } from './index.ts';

let app: OpenApp;

beforeAll(async () => {
  app = await openApp();
  await app.page.waitForLoadState('networkidle');
});

afterAll(async () => {
  await app?.close();
});

describe('the production build under the app CSP', () => {
  it('loads with no errors and no CSP violations', () => {
    expect(app.problems.list.join('\n')).toBe('');
  });

  it('is served with the CSP header and without the placeholder nonce', async () => {
    const response = await fetch(app.server.url);
    expect(response.headers.get('content-security-policy')).toMatch(
      /^default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'nonce-/,
    );
    expect(await response.text()).not.toContain(STYLE_NONCE_PLACEHOLDER);
  });

  it('can compile WebAssembly in the page', async () => {
    // (eval being blocked under the same server is asserted from page scripts in appCsp.test.ts:
    // DevTools-protocol evaluation here is exempt from CSP.)
    const compiled = await app.page.evaluate(
      async () => (await WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))) instanceof WebAssembly.Module,
    );
    expect(compiled).toBe(true);
  });
});
