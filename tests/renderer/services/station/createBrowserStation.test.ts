// The browser build's station over IndexedDB (fake-indexeddb here; the browser test uses Chromium's): the key
// is stored sealed and opens with its passphrase only, a wrong one changes nothing, the Signer port asks again,
// and the trust list is a logged fold. Each session is a fresh service over the same database, like a reload.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  bytesToBase64,
  newStationRecord,
  publicKeyFileOf,
  publicKeyFileText,
  stationKeyPairFromSeed,
  verifyBytes,
} from '../../../../engine/sign/index.ts';
import { StationDb } from '../../../../renderer/db/StationDb.ts';
import { createBrowserStation } from '../../../../renderer/services/station/createBrowserStation.ts';
import { stationSigner } from '../../../../renderer/services/station/stationSigner.ts';

const scryptN = 1024;
const message = new TextEncoder().encode('{"files":[]}');

function session(indexedDB: IDBFactory) {
  const db = new StationDb('lantu-station-test', { indexedDB, IDBKeyRange });
  return { db, station: createBrowserStation({ db, scryptN, now: () => '2026-12-05T01:00:00.000Z' }) };
}

describe('browser station', () => {
  it('stores the key sealed, opens it after a reload with the passphrase only, and signs', async () => {
    const idb = new IDBFactory();
    const first = session(idb);
    expect(await first.station.view()).toEqual({ station: null, passphraseRequired: true, unlocked: false });
    await expect(first.station.init({ stationName: '生态环境局-张工', role: 'department' })).rejects.toMatchObject({
      code: 'needs-passphrase',
    });
    expect(await first.db.self.count()).toBe(0);
    const made = await first.station.init({ stationName: '生态环境局-张工', role: 'department', passphrase: '张工的口令-2026' });
    expect(made.station).toMatchObject({
      stationName: '生态环境局-张工',
      role: 'department',
      stationCode: expect.stringMatching(/^[0-9A-Z]{4}$/),
    });
    const rows = await first.db.self.toArray();
    const key = rows.find((r) => r.key === 'key')!.value as Record<string, unknown>;
    expect(key).toMatchObject({ format: 'lantu-sealed-key/1', cipher: 'AES-256-GCM', kdf: { name: 'scrypt', N: scryptN } });
    first.db.close();

    const second = session(idb);
    expect((await second.station.view()).unlocked).toBe(false);
    await expect(second.station.sign(message)).rejects.toMatchObject({ code: 'needs-passphrase' });
    const before = JSON.stringify(await second.db.self.toArray());
    await expect(second.station.sign(message, '不对的口令')).rejects.toMatchObject({
      code: 'wrong-passphrase',
      text: { zh: expect.stringContaining('口令不对') },
    });
    expect(JSON.stringify(await second.db.self.toArray())).toBe(before);

    const asked: boolean[] = [];
    const answers = ['还是不对', '张工的口令-2026'];
    const signer = await stationSigner(second.station, async (retry) => (asked.push(retry), answers.shift() ?? null));
    const signature = await signer.sign(message);
    expect(asked).toEqual([false, true]);
    expect(verifyBytes(signer.publicKey, message, signature)).toBe(true);
    expect(bytesToBase64(signer.publicKey)).toBe(made.station!.publicKey);
    // Open for the rest of the session.
    expect(verifyBytes(signer.publicKey, message, await signer.sign(message))).toBe(true);
    expect(asked).toHaveLength(2);
    second.db.close();
  });

  it('trusts a key only with its fingerprint, logs a revoke with who and when, and refuses a second station', async () => {
    const { db, station } = session(new IDBFactory());
    await expect(station.init({ stationName: '自然资源和规划局-李工', role: 'bureau', passphrase: '李工' })).rejects.toMatchObject({
      code: 'refused',
      text: { en: 'the passphrase needs at least 8 characters' },
    });
    expect((await station.view()).station).toBeNull();
    await station.init({ stationName: '自然资源和规划局-李工', role: 'bureau', passphrase: '李工的口令-2026' });
    await expect(station.init({ stationName: '别的', role: 'bureau', passphrase: '12345678' })).rejects.toMatchObject({ code: 'refused' });
    const other = newStationRecord({
      stationId: '00000000-0000-4000-8000-00000000000e',
      stationName: '交通局-王工',
      role: 'department',
      createdAt: 't',
    });
    const file = publicKeyFileOf(other, stationKeyPairFromSeed(new Uint8Array(32).fill(2)).publicKey);
    await expect(station.trust(publicKeyFileText(file), 'wang.pub', 'ffff')).rejects.toMatchObject({
      code: 'refused',
      text: { zh: expect.stringContaining('指纹不符') },
    });
    expect((await station.trusted()).log).toEqual([]);
    await station.trust(publicKeyFileText(file), 'wang.pub', file.fingerprint);
    await station.revoke(file.fingerprint);
    const { keys, log } = await station.trusted();
    expect(keys).toEqual([
      expect.objectContaining({ stationName: '交通局-王工', addedAt: '2026-12-05T01:00:00.000Z', revokedAt: '2026-12-05T01:00:00.000Z' }),
    ]);
    expect(log.map((e) => `${e.action} ${e.by.stationName}`)).toEqual(['trust 自然资源和规划局-李工', 'revoke 自然资源和规划局-李工']);
    db.close();
  });
});
