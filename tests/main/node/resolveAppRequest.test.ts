import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveAppRequest } from '../../../main/node/resolveAppRequest.ts';
import { serveStatic } from '../../../main/node/serveStatic.ts';
import { contentSecurityPolicy } from '../../../main/node/contentSecurityPolicy.ts';

let root: string;
let dir: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'lantu-serve-'));
  dir = join(root, 'renderer');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<meta property="csp-nonce" nonce="LANTU_CSP_NONCE"><style nonce="LANTU_CSP_NONCE"></style>');
  writeFileSync(join(dir, 'assets', 'geos.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(join(root, 'secret.txt'), 'secret');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const text = (body: Uint8Array) => new TextDecoder().decode(body);

describe('resolveAppRequest', () => {
  it('serves index.html with the nonce replaced and the app CSP carrying the same nonce', async () => {
    const response = await resolveAppRequest(dir, '/', 'n0nce');
    expect(response.status).toBe(200);
    expect(text(response.body)).toBe('<meta property="csp-nonce" nonce="n0nce"><style nonce="n0nce"></style>');
    expect(response.headers['Content-Security-Policy']).toBe(contentSecurityPolicy('n0nce'));
    expect(response.headers['Content-Type']).toBe('text/html; charset=utf-8');
    expect(response.headers['X-Content-Type-Options']).toBe('nosniff');
  });

  it('uses a fresh random nonce per response by default', async () => {
    const a = await resolveAppRequest(dir, '/index.html');
    const b = await resolveAppRequest(dir, '/index.html');
    expect(a.headers['Content-Security-Policy']).not.toBe(b.headers['Content-Security-Policy']);
  });

  it('serves WebAssembly with its MIME type (needed for streaming compilation)', async () => {
    const response = await resolveAppRequest(dir, '/assets/geos.wasm?v=1');
    expect(response.headers['Content-Type']).toBe('application/wasm');
    expect([...response.body]).toEqual([0, 97, 115, 109]);
  });

  it('falls back to index.html for app routes but 404s missing assets', async () => {
    expect((await resolveAppRequest(dir, '/conflicts/R08')).status).toBe(200);
    expect((await resolveAppRequest(dir, '/assets/missing.js')).status).toBe(404);
  });

  it('never serves files outside the folder', async () => {
    expect((await resolveAppRequest(dir, '/../secret.txt')).status).toBe(403);
    expect((await resolveAppRequest(dir, '/%2e%2e/secret.txt')).status).toBe(403);
    expect((await resolveAppRequest(dir, '/%E0%A4%A')).status).toBe(400);
    expect((await resolveAppRequest(dir, '/a%00.js')).status).toBe(400);
  });
});

describe('serveStatic', () => {
  it('serves on 127.0.0.1 with the app CSP header', async () => {
    const server = await serveStatic(dir);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      const response = await fetch(server.url);
      const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
      expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonce));
      expect(await response.text()).toContain(`nonce="${nonce}"`);
      expect((await fetch(new URL('/nope.js', server.url))).status).toBe(404);
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
