// Node. Gives a browser context an installation that already has its station (as after the first-start dialog),
// so browser tests about other features open straight into the editor. The record goes into the app's own
// `lantu-station` IndexedDB before the app's first read; it has no key (nothing in these tests signs).
import { randomUUID } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import { newStationRecord, type StationRole } from '../../../engine/sign/index.ts';

/** Context init script. The store's own `put` is taken before any other init script can wrap it (fault injection). */
function seed(record: unknown) {
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
    const tx = db.transaction('self', 'readwrite');
    const store = tx.objectStore('self');
    const existing = get.call(store, 'station');
    existing.onsuccess = () => {
      if (existing.result === undefined) put.call(store, { key: 'station', value: record });
    };
    tx.oncomplete = () => db.close();
  };
}

export async function seedStation(context: BrowserContext, options: { stationName?: string; role?: StationRole } = {}): Promise<void> {
  const record = newStationRecord({ stationId: randomUUID(), stationName: options.stationName ?? '测试工作站', role: options.role ?? 'bureau', createdAt: '2026-12-05T00:00:00.000Z' });
  await context.addInitScript(seed, record);
}
