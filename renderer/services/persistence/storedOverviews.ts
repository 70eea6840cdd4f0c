// The map's overview images in IndexedDB: one meta row per plan layer, `overview:<planId>/<layer>`, holding the PNG
// and the fingerprint of what it was drawn from. A row whose fingerprint differs is drawn again and replaced, so an
// edit, an undo or a new plan version never shows an old image; the rows go when the stored workspace is replaced.
import type { LantuDb } from '../../db/LantuDb.ts';
import type { OverviewStore, StoredOverview } from '../../map/overviewStore.ts';

/** The meta rows' key prefix (transaction bodies delete them by it: `db.meta.where('key').startsWith(…)`). */
export const OVERVIEW_KEY_PREFIX = 'overview:';

export function createStoredOverviews(db: LantuDb): OverviewStore {
  return {
    async load(key) {
      const row = (await db.meta.get(OVERVIEW_KEY_PREFIX + key))?.value as Partial<StoredOverview> | undefined;
      return typeof row?.fingerprint === 'string' && row.png instanceof Uint8Array ? { fingerprint: row.fingerprint, png: row.png } : null;
    },
    async save(key, fingerprint, png) {
      await db.meta.put({ key: OVERVIEW_KEY_PREFIX + key, value: { fingerprint, png } satisfies StoredOverview });
    },
  };
}
