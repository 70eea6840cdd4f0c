// The last check's results in IndexedDB, with the workspace they belong to: the conflicts as the list shows
// them (meta 'lastCheck') and the ids of the features edited since that check (meta 'lastCheckEdits'). The edits
// row is updated in the same transaction as each history log row (attachAutosave), so after a reload or a crash
// the ids are exactly those the log changed after the results; the results row is replaced when a check lands.
import type { Conflict } from '../../../engine/rules/index.ts';
import type { LantuDb, MetaRow } from '../../db/LantuDb.ts';

export const LAST_CHECK_KEY = 'lastCheck';
export const LAST_CHECK_EDITS_KEY = 'lastCheckEdits';
/** Beyond this many edited features the record says 'all' (a re-check of everything), not the ids. */
export const MAX_EDITED_IDS = 5000;

export interface LastCheck {
  pack: { id: string; version: string };
  /** When the results were computed (ISO 8601). */
  checkedAt: string;
  conflicts: Conflict[];
  /** Features edited since the results' input was taken; 'all' when too many to list. */
  editedIds: string[] | 'all';
}

interface EditsRow {
  ids: string[] | 'all';
}

/** The edits row with `ids` added (pure: transaction bodies await Dexie requests only, see attachAutosave). */
export function withEditedIds(row: MetaRow, ids: readonly string[]): MetaRow {
  const before = (row.value as Partial<EditsRow>).ids;
  if (before === 'all' || !Array.isArray(before) || ids.length > MAX_EDITED_IDS) return { key: LAST_CHECK_EDITS_KEY, value: { ids: 'all' } satisfies EditsRow };
  const merged = [...new Set([...before, ...ids])].sort();
  return { key: LAST_CHECK_EDITS_KEY, value: { ids: merged.length > MAX_EDITED_IDS ? 'all' : merged } satisfies EditsRow };
}

/** Meta rows to delete when the stored workspace is replaced (the results belong to the old one). */
export const LAST_CHECK_KEYS = [LAST_CHECK_KEY, LAST_CHECK_EDITS_KEY];

export async function saveLastCheck(db: LantuDb, check: LastCheck): Promise<void> {
  const { editedIds, ...results } = check;
  const ids = editedIds !== 'all' && editedIds.length > MAX_EDITED_IDS ? 'all' : editedIds;
  await db.transaction('rw', [db.meta], async () => {
    await db.meta.put({ key: LAST_CHECK_KEY, value: results });
    await db.meta.put({ key: LAST_CHECK_EDITS_KEY, value: { ids } satisfies EditsRow });
  });
}

/** The stored results, or null when none (or malformed: results are a convenience, never a reason not to open). */
export async function loadLastCheck(db: LantuDb): Promise<LastCheck | null> {
  const [results, edits] = await Promise.all([db.meta.get(LAST_CHECK_KEY), db.meta.get(LAST_CHECK_EDITS_KEY)]);
  const r = results?.value as Partial<LastCheck> | undefined;
  const e = edits?.value as Partial<EditsRow> | undefined;
  if (!r || !e || !Array.isArray(r.conflicts) || typeof r.pack?.id !== 'string' || typeof r.pack.version !== 'string' || typeof r.checkedAt !== 'string') return null;
  const ids = e.ids === 'all' ? 'all' : Array.isArray(e.ids) && e.ids.every((x) => typeof x === 'string') ? e.ids : null;
  if (ids === null) return null;
  return { pack: r.pack, checkedAt: r.checkedAt, conflicts: r.conflicts, editedIds: ids };
}
