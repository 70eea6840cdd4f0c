// Node. Gives a browser context an installation that already has its station (as after the first-start dialog),
// so browser tests about other features open straight into the editor. The record goes into the app's own
// `lantu-station` IndexedDB before the app's first read; without `key` it has none (nothing signs), with it the key
// pair from that seed is sealed under the passphrase as the app seals it; `trust` seeds the trust log.
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import {
  bytesToBase64,
  keyFingerprint,
  newStationRecord,
  sealPrivateKey,
  stationKeyPairFromSeed,
  type StationRecord,
  type StationRole,
  type TrustLogEntry,
} from '../../../engine/sign/index.ts';
import { webAesGcm } from '../../../renderer/services/station/webAesGcm.ts';

/** Context init script. The store's own `put` is taken before any other init script can wrap it (fault injection). */
function seed(rows: { record: unknown; sealed: unknown; trust: unknown[] }) {
  const put = IDBObjectStore.prototype.put;
  const get = IDBObjectStore.prototype.get;
  // Dexie's version(1) is IndexedDB version 10; the stores match renderer/db/StationDb.ts.
  const request = indexedDB.open('lantu-station', 10);
  request.onupgradeneeded = () => {
    request.result.createObjectStore('self', { keyPath: 'key' });
    request.result.createObjectStore('trustLog', { keyPath: 'seq', autoIncrement: true });
  };
  request.onsuccess = () => {
    const db = request.result;
    const tx = db.transaction(['self', 'trustLog'], 'readwrite');
    const store = tx.objectStore('self');
    const existing = get.call(store, 'station');
    existing.onsuccess = () => {
      if (existing.result !== undefined) return;
      put.call(store, { key: 'station', value: rows.record });
      if (rows.sealed) put.call(store, { key: 'key', value: rows.sealed });
      for (const entry of rows.trust) put.call(tx.objectStore('trustLog'), { entry });
    };
    tx.oncomplete = () => db.close();
  };
}

export interface SeedStationOptions {
  stationName?: string;
  role?: StationRole;
  /** A key pair from this 32-byte seed, sealed under `passphrase` (a small scrypt cost: tests only). */
  key?: { seed: Uint8Array; passphrase: string };
  /** Trust-log entries the installation starts with (engine/sign trustEntry). */
  trust?: TrustLogEntry[];
  /** A fixed station id (so two stations can trust each other before either context starts); random by default. */
  stationId?: string;
}

/** The station record the context starts with (with the public key and fingerprint when `key` is given). */
export async function seedStation(context: BrowserContext, options: SeedStationOptions = {}): Promise<StationRecord> {
  let record: StationRecord = newStationRecord({
    stationId: options.stationId ?? randomUUID(),
    stationName: options.stationName ?? '测试工作站',
    role: options.role ?? 'bureau',
    createdAt: '2026-12-05T00:00:00.000Z',
  });
  let sealed: unknown = null;
  if (options.key) {
    const pair = stationKeyPairFromSeed(options.key.seed);
    sealed = await sealPrivateKey(
      pair,
      options.key.passphrase,
      { salt16: new Uint8Array(16).fill(1), iv12: new Uint8Array(12).fill(2) },
      webAesGcm,
      1024,
    );
    record = { ...record, publicKey: bytesToBase64(pair.publicKey), fingerprint: keyFingerprint(pair.publicKey) };
  }
  await context.addInitScript(seed, { record, sealed, trust: options.trust ?? [] });
  return record;
}
