// The map's overview images in IndexedDB: one meta row per plan layer, `overview:<planId>/<layer>`, holding the PNG
// and the fingerprint of what it was drawn from. A row whose fingerprint differs is drawn again and replaced, so an
// edit, an undo or a new plan version never shows an old image; the rows go when the stored workspace is replaced.
import type { LantuDb } from '../../db/LantuDb.ts';
import type { OverviewStore, StoredOverview } from '../../map/overviewStore.ts';

const PREFIX = 'overview:';

export function createStoredOverviews(db: LantuDb): OverviewStore {
  return {
    async load(key) {
      const row = (await db.meta.get(PREFIX + key))?.value as Partial<StoredOverview> | undefined;
      return typeof row?.fingerprint === 'string' && row.png instanceof Uint8Array ? { fingerprint: row.fingerprint, png: row.png } : null;
    },
    async save(key, fingerprint, png) {
      await db.meta.put({ key: PREFIX + key, value: { fingerprint, png } satisfies StoredOverview });
    },
  };
}

/** Deletes every stored overview image (inside the caller's transaction on `db.meta`). */
export function deleteStoredOverviews(db: LantuDb): Promise<number> {
  return db.meta.where('key').startsWith(PREFIX).delete();
}
