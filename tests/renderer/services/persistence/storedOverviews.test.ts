// The map's overview images in IndexedDB (fake-indexeddb in Node): read back only with their fingerprint, replaced
// by a newer one, and deleted, with nothing else in meta, when the stored workspace is replaced.
import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { LantuDb } from '../../../../renderer/db/LantuDb.ts';
import { createStoredOverviews } from '../../../../renderer/services/persistence/storedOverviews.ts';
import { saveBaseWorkspace } from '../../../../renderer/services/persistence/saveBaseWorkspace.ts';
import { fixtureWorkspace } from '../../fixtures.ts';

const freshDb = (name: string) => new LantuDb(name, { indexedDB: new IDBFactory(), IDBKeyRange });

describe('storedOverviews', () => {
  it('keeps one image per layer key with its fingerprint, and replaces it', async () => {
    const db = freshDb('overviews-roundtrip');
    const store = createStoredOverviews(db);
    expect(await store.load('plan-a/GHYDYH')).toBeNull();
    await store.save('plan-a/GHYDYH', '0123456789abcdef', new Uint8Array([1, 2, 3]));
    await store.save('plan-b/GHYDYH', 'fedcba9876543210', new Uint8Array([9]));
    expect(await store.load('plan-a/GHYDYH')).toEqual({ fingerprint: '0123456789abcdef', png: new Uint8Array([1, 2, 3]) });
    await store.save('plan-a/GHYDYH', '1111111111111111', new Uint8Array([4]));
    expect(await store.load('plan-a/GHYDYH')).toEqual({ fingerprint: '1111111111111111', png: new Uint8Array([4]) });
    expect(await store.load('plan-b/GHYDYH')).toEqual({ fingerprint: 'fedcba9876543210', png: new Uint8Array([9]) });
    db.close();
  });

  it('reads a malformed row as none', async () => {
    const db = freshDb('overviews-malformed');
    await db.meta.put({ key: 'overview:plan-a/GHYDYH', value: { fingerprint: 7, png: 'not bytes' } });
    expect(await createStoredOverviews(db).load('plan-a/GHYDYH')).toBeNull();
    db.close();
  });

  it('deletes every image and nothing else when a new base workspace is saved', async () => {
    const db = freshDb('overviews-delete');
    const store = createStoredOverviews(db);
    await store.save('plan-a/GHYDYH', '0123456789abcdef', new Uint8Array([1]));
    await store.save('plan-b/STBHHX', '0123456789abcdef', new Uint8Array([2]));
    await db.meta.put({ key: 'view', value: { language: 'en' } });
    await db.meta.put({ key: 'overviewish', value: 1 });
    await saveBaseWorkspace(db, fixtureWorkspace());
    expect(await store.load('plan-a/GHYDYH')).toBeNull();
    expect(await store.load('plan-b/STBHHX')).toBeNull();
    expect((await db.meta.get('view'))?.value).toEqual({ language: 'en' });
    expect((await db.meta.get('overviewish'))?.value).toBe(1);
    db.close();
  });
});
