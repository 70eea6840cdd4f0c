// The station in the browser build, in headless Chromium with real IndexedDB: a fresh installation shows the
// first-start dialog (Chinese first; English complete), keeps the station in its own database `lantu-station`
// (never in the workspace database), stores the private key sealed (no raw key bytes in any record), keeps it over
// a reload, and 受信任密钥 adds a key only with its confirmed fingerprint and logs a revoke.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  newStationRecord,
  openSealedKey,
  publicKeyFileOf,
  publicKeyFileText,
  stationKeyPairFromSeed,
} from '../../engine/sign/index.ts';
import { nodeAesGcm } from '../../main/node/station/nodeAesGcm.ts';
import { openApp, PROJECT_ROOT, type OpenApp } from './support/index.ts';

const SHOTS = join(PROJECT_ROOT, 'test-results', 'e2e');
const PASSPHRASE = '张工的口令-2026';
let app: OpenApp;
let page: Page;

async function ready(p: Page) {
  await p.waitForFunction(() => window.lantuEditor?.ready === true, null, { timeout: 120_000 });
}

/** Every record of a database, as structured-clone values turned into JSON-safe text (typed arrays listed as bytes). */
async function dumpDb(p: Page, name: string): Promise<{ stores: string[]; rows: Record<string, unknown[]> } | null> {
  return p.evaluate(async (dbName) => {
    if (!(await indexedDB.databases()).some((d) => d.name === dbName)) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(dbName);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const plain = (v: unknown): unknown =>
      ArrayBuffer.isView(v)
        ? { bytes: [...new Uint8Array(v.buffer, v.byteOffset, v.byteLength)] }
        : v instanceof ArrayBuffer
          ? { bytes: [...new Uint8Array(v)] }
          : Array.isArray(v)
            ? v.map(plain)
            : v && typeof v === 'object'
              ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]))
              : v;
    const stores = [...db.objectStoreNames];
    const rows: Record<string, unknown[]> = {};
    for (const s of stores) {
      rows[s] = await new Promise<unknown[]>((resolve) => {
        const r = db.transaction(s, 'readonly').objectStore(s).getAll();
        r.onsuccess = () => resolve((r.result as unknown[]).map(plain));
      });
    }
    db.close();
    return { stores, rows };
  }, name);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  app = await openApp({ station: false, viewport: { width: 1366, height: 768 } });
  page = app.page;
  await ready(page);
}, 180_000);
afterAll(async () => {
  await app?.close();
});

describe('the station in the browser build', () => {
  it('asks for the station on first start and refuses mismatched passphrases without storing anything', async () => {
    const dialog = page.getByTestId('station-setup');
    await dialog.waitFor({ timeout: 30_000 });
    expect(await dialog.getByRole('heading').textContent()).toBe('设置本工作站');
    await page.screenshot({ path: join(SHOTS, 'station-first-start-1366.png') });
    // The dialog covers the toolbar: it has its own language switch, and reads wholly in English.
    await page.getByTestId('station-setup-language').click();
    await expect.poll(() => dialog.getByRole('heading').textContent(), { timeout: 10_000 }).toBe('Set up this workstation');
    const english = await dialog.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const zh of copy.querySelectorAll('[lang^=zh]')) zh.remove();
      const attributes = [...copy.querySelectorAll('[placeholder], [title], [aria-label]')].map((e) =>
        ['placeholder', 'title', 'aria-label'].map((a) => e.getAttribute(a) ?? '').join(' '),
      );
      return `${copy.innerText || copy.textContent} ${attributes.join(' ')} ${el.getAttribute('aria-label') ?? ''}`;
    });
    expect(english).not.toMatch(/[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/);
    expect(await page.getByTestId('station-setup-language').textContent()).toBe('中文');
    await page.screenshot({ path: join(SHOTS, 'station-first-start-en-1366.png') });
    await page.getByTestId('station-setup-language').click();
    await expect.poll(() => dialog.getByRole('heading').textContent(), { timeout: 10_000 }).toBe('设置本工作站');
    await page.getByTestId('station-name').fill('生态环境局-张工');
    await page.getByTestId('station-passphrase').fill(PASSPHRASE);
    await page.getByTestId('station-passphrase-again').fill(`${PASSPHRASE}x`);
    await page.getByTestId('station-create').click();
    await expect.poll(() => page.getByTestId('station-setup-error').textContent(), { timeout: 10_000 }).toBe('两次输入的口令不一致');
    const stored = await dumpDb(page, 'lantu-station');
    expect(stored === null || stored.rows['self']!.length === 0).toBe(true);
  });

  it('keeps the station in its own database with the key sealed, never in the workspace database, over a reload', async () => {
    await page.getByTestId('station-passphrase-again').fill(PASSPHRASE);
    await page.getByTestId('station-create').click();
    await page.getByTestId('station-setup').waitFor({ state: 'detached', timeout: 60_000 });
    await expect.poll(() => page.getByTestId('station-button').textContent(), { timeout: 10_000 }).toBe('本工作站：生态环境局-张工');
    // Every command from now on is stamped with this station (engine/edit stampCommand through the store).
    const identity = await page.evaluate(() => window.lantuEditor!.store.getState().stationIdentity);
    expect(identity.stationName).toBe('生态环境局-张工');

    const stationDb = (await dumpDb(page, 'lantu-station'))!;
    const self = Object.fromEntries(
      (stationDb.rows['self'] as { key: string; value: Record<string, unknown> }[]).map((r) => [r.key, r.value]),
    );
    expect(self['station']).toMatchObject({
      format: 'lantu-station/1',
      stationName: '生态环境局-张工',
      role: 'department',
      stationCode: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}$/),
    });
    const sealed = self['key']!;
    expect(sealed).toMatchObject({ format: 'lantu-sealed-key/1', cipher: 'AES-256-GCM', kdf: { name: 'scrypt', N: 65_536, r: 8, p: 1 } });
    // Open it here with the passphrase: the seed it holds appears nowhere in the database, in any encoding.
    const pair = await openSealedKey(sealed, PASSPHRASE, nodeAesGcm);
    expect(bytesToBase64(pair.publicKey)).toBe(self['station']!['publicKey']);
    const text = JSON.stringify(stationDb);
    expect(text).not.toContain(bytesToBase64(pair.privateKey));
    expect(text).not.toContain(Buffer.from(pair.privateKey).toString('hex'));
    expect(text).not.toContain(JSON.stringify([...pair.privateKey]).slice(1, -1));
    expect(text).not.toContain('"bytes"');

    const workspaceDb = JSON.stringify(await dumpDb(page, 'lantu'));
    expect(workspaceDb).not.toContain(self['station']!['stationId'] as string);
    expect(workspaceDb).not.toContain(sealed['ciphertext'] as string);

    await page.reload();
    await ready(page);
    await page.getByTestId('station-button').waitFor();
    // The station is read from its own database after the first render: wait for it rather than read the first frame.
    await expect.poll(() => page.getByTestId('station-button').textContent(), { timeout: 30_000 }).toBe('本工作站：生态环境局-张工');
    expect(await page.getByTestId('station-setup').count()).toBe(0);
    await page.waitForFunction(
      (id) => window.lantuEditor!.store.getState().stationIdentity.stationId === id,
      self['station']!['stationId'],
    );
  }, 120_000);

  it('shows the station and its fingerprint in 本工作站, in Chinese and in English', async () => {
    await page.getByTestId('station-button').click();
    const dialog = page.getByTestId('station-dialog');
    await dialog.waitFor();
    await expect
      .poll(() => page.getByTestId('station-fingerprint').textContent(), { timeout: 10_000 })
      .toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){7}$/);
    await page.screenshot({ path: join(SHOTS, 'station-dialog-1366.png') });
    await page.getByTestId('station-close').click();
    await page.getByTestId('language').click();
    await page.getByTestId('station-button').click();
    await expect
      .poll(() => page.getByTestId('station-dialog').innerText(), { timeout: 10_000 })
      .toContain('Department station (gives provisional log numbers)');
    const english = (await page.getByTestId('station-dialog').innerText()).replace(/生态环境局-张工/g, '');
    expect(english).not.toMatch(/[\u4e00-\u9fff]/);
    expect(english).toContain('Department station (gives provisional log numbers)');
    await page.getByTestId('station-close').click();
    await page.getByTestId('language').click();
  });

  it('trusts a key from a file only with the fingerprint read out, then revokes it, each change in the log', async () => {
    const other = newStationRecord({
      stationId: '00000000-0000-4000-8000-0000000000b1',
      stationName: '自然资源和规划局-李工',
      role: 'bureau',
      createdAt: '2026-12-05T00:00:00Z',
    });
    const file = publicKeyFileOf(other, stationKeyPairFromSeed(new Uint8Array(32).fill(11)).publicKey);
    await page.getByTestId('station-button').click();
    await page.getByTestId('station-open-trusted').click();
    await page.getByTestId('trusted-keys-dialog').waitFor();
    expect(await page.getByTestId('trusted-none').textContent()).toBe('还没有受信任的公钥');
    await page
      .getByTestId('trusted-file')
      .setInputFiles({ name: 'li.pub', mimeType: 'application/json', buffer: Buffer.from(publicKeyFileText(file)) });
    await expect.poll(() => page.getByTestId('trusted-file-fingerprint').textContent(), { timeout: 10_000 }).toBe(file.fingerprint);
    await page.getByTestId('trusted-confirm-input').fill('0000-1111');
    await page.getByTestId('trusted-trust').click();
    await expect.poll(() => page.getByTestId('trusted-error').textContent(), { timeout: 10_000 }).toContain('指纹不符');
    expect(await page.getByTestId('trusted-row').count()).toBe(0);
    await page.getByTestId('trusted-confirm-input').fill(file.fingerprint.toUpperCase());
    await page.getByTestId('trusted-trust').click();
    await page.getByTestId('trusted-row').waitFor();
    expect(await page.getByTestId('trusted-row').innerText()).toContain('自然资源和规划局-李工');
    await page.screenshot({ path: join(SHOTS, 'station-trusted-keys-1366.png') });
    await page.getByTestId('trusted-revoke').click();
    await page.getByTestId('trusted-revoke-confirm').click();
    await page.getByTestId('trusted-log-row').nth(1).waitFor();
    const log = await page.getByTestId('trusted-log-row').allInnerTexts();
    expect(log[0]).toMatch(/信任\s+自然资源和规划局-李工[\s\S]*操作人 生态环境局-张工/);
    expect(log[1]).toMatch(/吊销\s+自然资源和规划局-李工[\s\S]*操作人 生态环境局-张工/);
    await expect.poll(() => page.getByTestId('trusted-row').innerText(), { timeout: 10_000 }).toContain('已吊销');
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.screenshot({ path: join(SHOTS, 'station-trusted-keys-1920.png') });
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.getByTestId('trusted-close').click();
    expect(app.problems.list).toEqual([]);
  }, 60_000);
});
