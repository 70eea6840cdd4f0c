// `npm run web`'s server script: serves a build folder on 127.0.0.1 with the app's CSP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentSecurityPolicy } from './serveStatic.ts';

let dir: string;
let child: ChildProcess;
let url: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lantu-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><style nonce="LANTU_CSP_NONCE"></style>');
  child = spawn(process.execPath, ['scripts/serve-web.mjs', '--dir', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (data: Buffer) => {
      out += data.toString();
      const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('exit', (code) => reject(new Error(`serve-web exited with ${code}: ${out}`)));
  });
});

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

describe('scripts/serve-web.mjs', () => {
  it('serves the build on loopback with the app CSP and a fresh nonce in the page', async () => {
    const response = await fetch(url);
    const nonce = /'nonce-([^']+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1] ?? '';
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(nonce));
    expect(await response.text()).toBe(`<!doctype html><style nonce="${nonce}"></style>`);
  });

  it('refuses to start without a build, naming the build command', async () => {
    const missing = spawn(process.execPath, ['scripts/serve-web.mjs', '--dir', join(dir, 'absent'), '--port', '0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let err = '';
    missing.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    const code = await new Promise((resolve) => missing.on('exit', resolve));
    expect(code).toBe(1);
    expect(err).toContain('node scripts/build.mjs renderer');
  });
});
