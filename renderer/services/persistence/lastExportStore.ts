// The package this workspace last exported (meta 'lastExport' in IndexedDB): its SHA-256, creation time, status
// and the id of the last command the workspace held when it was built, so 数据源 can tell whether the published
// blueprint is this workspace's package. Deleted with the stored workspace when it is replaced.
import type { LantuDb } from '../../db/LantuDb.ts';
import type { LastExport } from '../../store/types.ts';

export const LAST_EXPORT_KEY = 'lastExport';

/** The record as stored, or null (absent or malformed: a convenience, never a reason not to open). */
export function lastExportOf(value: unknown): LastExport | null {
  const v = value as Partial<LastExport> | null | undefined;
  if (
    !v ||
    typeof v.packageSha256 !== 'string' ||
    !/^[0-9a-f]{64}$/.test(v.packageSha256) ||
    typeof v.created !== 'string' ||
    (v.status !== 'final' && v.status !== 'draft') ||
    (v.afterCommandId !== null && typeof v.afterCommandId !== 'string')
  )
    return null;
  return { packageSha256: v.packageSha256, created: v.created, status: v.status, afterCommandId: v.afterCommandId };
}

export async function loadLastExport(db: LantuDb): Promise<LastExport | null> {
  return lastExportOf((await db.meta.get(LAST_EXPORT_KEY))?.value);
}
