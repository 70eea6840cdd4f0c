// The desktop station module (main/node, no electron import) with a fake safeStorage at the Electron boundary:
// with a real keyring the key is kept by safeStorage and no passphrase is asked; on `basic_text` the key is
// sealed under a passphrase, a wrong one is refused and nothing changes. Only signatures come out of sign().
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { verifyBytes } from '../../../../engine/sign/index.ts';
import { createDesktopStation } from '../../../../main/node/station/desktopStation.ts';
import { openStoredKey, type SafeStoragePort } from '../../../../main/node/station/stationKeyStore.ts';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function home(): string {
  const d = mkdtempSync(join(tmpdir(), 'lantu-desktop-station-'));
  dirs.push(d);
  return join(d, 'station');
}

/** Stands in for Electron's safeStorage: reversible, but never the plain text, and it records its calls. */
function fakeSafeStorage(backend: string): SafeStoragePort & { calls: string[] } {
  const calls: string[] = [];
  const mask = (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    calls,
    isEncryptionAvailable: () => true,
    getSelectedStorageBackend: () => backend,
    encryptString: (text) => (calls.push('encrypt'), Buffer.concat([Buffer.from('v11'), mask(Buffer.from(text, 'utf8'))])),
    decryptString: (data) => (calls.push('decrypt'), mask(data.subarray(3)).toString('utf8')),
  };
}

const message = new TextEncoder().encode('{"manifest":1}');

describe('desktop station', () => {
  it('keeps the key with safeStorage on a real keyring, asks no passphrase and returns only signatures', async () => {
    const safeStorage = fakeSafeStorage('gnome_libsecret');
    const dir = home();
    const station = createDesktopStation({ home: dir, safeStorage, now: () => '2026-12-05T01:00:00.000Z' });
    expect(await station.view()).toEqual({ station: null, passphraseRequired: false, unlocked: false });
    const made = await station.init({ stationName: '自然资源和规划局-李工', role: 'bureau' });
    expect(made.station).toMatchObject({ stationName: '自然资源和规划局-李工', role: 'bureau', createdAt: '2026-12-05T01:00:00.000Z' });
    expect(made.passphraseRequired).toBe(false);
    const keyFile = JSON.parse(readFileSync(join(dir, 'station-key.json'), 'utf8'));
    expect(keyFile.format).toBe('lantu-safe-storage-key/1');
    expect(safeStorage.calls).toEqual(['encrypt']);
    const pair = await openStoredKey(keyFile, 'station-key.json', { safeStorage });
    const text = readFileSync(join(dir, 'station-key.json'), 'utf8');
    expect(text).not.toContain(Buffer.from(pair.privateKey).toString('base64'));

    const signed = await station.sign(message);
    expect(Object.keys(signed).sort()).toEqual(['publicKey', 'signature', 'stationId', 'stationName']);
    expect(verifyBytes(signed.publicKey, message, signed.signature)).toBe(true);
    expect(signed.stationId).toBe(made.station!.stationId);
  });

  it('asks for a passphrase on basic_text, refuses a wrong one without changing anything, then signs', async () => {
    const safeStorage = fakeSafeStorage('basic_text');
    const dir = home();
    const station = createDesktopStation({ home: dir, safeStorage });
    expect((await station.view()).passphraseRequired).toBe(true);
    await expect(station.init({ stationName: '生态环境局-张工', role: 'department' })).rejects.toMatchObject({ code: 'needs-passphrase' });
    expect(existsSync(dir) ? readdirSync(dir) : []).toEqual([]);

    const made = await station.init({ stationName: '生态环境局-张工', role: 'department', passphrase: '张工的口令-2026' });
    expect(JSON.parse(readFileSync(join(dir, 'station-key.json'), 'utf8')).format).toBe('lantu-sealed-key/1');
    expect(safeStorage.calls).toEqual([]);
    expect(made).toMatchObject({ passphraseRequired: true, unlocked: false });

    await expect(station.sign(message)).rejects.toMatchObject({ code: 'needs-passphrase' });
    const before = readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    await expect(station.sign(message, '不对')).rejects.toMatchObject({
      code: 'wrong-passphrase',
      text: { zh: expect.stringContaining('口令不对') },
    });
    expect(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')])).toEqual(before);
    expect((await station.view()).unlocked).toBe(false);

    const signed = await station.sign(message, '张工的口令-2026');
    expect(verifyBytes(signed.publicKey, message, signed.signature)).toBe(true);
    // Opened once per session: the next signature needs no passphrase.
    expect((await station.view()).unlocked).toBe(true);
    expect(verifyBytes(signed.publicKey, message, (await station.sign(message)).signature)).toBe(true);
  }, 30_000);

  it('renames the station and keeps a trust log whose entries name the station that made them', async () => {
    const bureau = createDesktopStation({ home: home(), safeStorage: fakeSafeStorage('kwallet5') });
    const liaison = createDesktopStation({ home: home(), safeStorage: fakeSafeStorage('kwallet5') });
    await bureau.init({ stationName: '规划局', role: 'bureau' });
    const l = await liaison.init({ stationName: '交通局-王工', role: 'department' });
    const renamed = await bureau.rename('自然资源和规划局-李工');
    expect(renamed.station?.stationName).toBe('自然资源和规划局-李工');
    const pub = await liaison.publicKeyFileText();
    await expect(bureau.trust(pub, 'wang.pub', '0000')).rejects.toMatchObject({
      code: 'refused',
      text: { zh: expect.stringContaining('指纹不符') },
    });
    await bureau.trust(pub, 'wang.pub', l.station!.fingerprint!);
    await bureau.revoke(l.station!.fingerprint!);
    const { keys, log } = await bureau.trusted();
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ stationName: '交通局-王工', revokedAt: expect.any(String) });
    expect(log.map((e) => [e.action, e.by.stationName])).toEqual([
      ['trust', '自然资源和规划局-李工'],
      ['revoke', '自然资源和规划局-李工'],
    ]);
  });
});
