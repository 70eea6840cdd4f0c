// The Dexie upgrade path: open at v1 with old rows, reopen at the current version, and find the data
// migrated (features moved into chunks, log rows marked applied) — with fake-indexeddb in Node.
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { declareVersion1, LantuDb, type PlanRowV1 } from '../../../renderer/db/LantuDb.ts';
import { loadStoredWorkspace } from '../../../renderer/services/persistence/loadStoredWorkspace.ts';
import { fixturePlan } from '../fixtures.ts';

describe('LantuDb', () => {
  it('migrates a version-1 database (features inline) to chunked geometry and a marked log', async () => {
    const indexedDB = new IDBFactory();
    const old = new Dexie('lantu-migrate', { indexedDB, IDBKeyRange });
    declareVersion1(old);
    await old.open();
    const land = fixturePlan('land');
    const eco = fixturePlan('ecology');
    const rows: PlanRowV1[] = [
      { planId: land.plan.id, meta: land.plan, features: land.features, order: 0 },
      { planId: eco.plan.id, meta: eco.plan, features: eco.features, order: 1 },
    ];
    await old.table('plans').bulkAdd(rows);
    await old.table('meta').put({ key: 'workspace', value: { rulePack: null, targets: null } });
    const parcel = land.features[0]!;
    await old.table('log').add({
      command: {
        kind: 'setAttributes',
        planId: land.plan.id,
        featureId: parcel.id,
        before: parcel.properties,
        after: { ...parcel.properties, YDYHFLDM: '0701' },
      },
    });
    old.close();

    const db = new LantuDb('lantu-migrate', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['chunks', 'log', 'meta', 'planBlobs']);
    const blobs = await db.planBlobs.orderBy('blobId').toArray();
    expect(blobs.map((b) => [b.blobId, b.featureCount])).toEqual([
      [`base:${eco.plan.id}`, eco.features.length],
      [`base:${land.plan.id}`, land.features.length],
    ]);
    expect((await db.log.toArray()).map((r) => r.undone)).toEqual([0]);

    const stored = await loadStoredWorkspace(db);
    expect(stored!.workspace.planOrder).toEqual([land.plan.id, eco.plan.id]);
    expect(stored!.past).toHaveLength(1);
    expect(stored!.workspace.plans.get(land.plan.id)!.features.get(parcel.id)!.properties.YDYHFLDM).toBe('0701');
    expect([...stored!.workspace.plans.get(eco.plan.id)!.features.values()]).toEqual(eco.features);
    db.close();
  });

  it('declares every version from 1 to the current one', () => {
    const db = new LantuDb('lantu-versions', { indexedDB: new IDBFactory(), IDBKeyRange });
    expect(db.verno).toBe(2);
  });
});
