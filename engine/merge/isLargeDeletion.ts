// Pure. Whether a new version deletes enough features that the import must say so before it is confirmed:
// any net loss (it deletes more than it adds), or more than a fifth of the replaced layers' features even when
// as many come back (a file whose identifiers (BSM) all changed replaces every feature, which is rarely meant).
// A fifth: one or two parcels retired in a layer of ten is routine; a quarter of a layer is a different plan.
export const LARGE_DELETION_SHARE = 0.2;

export function isLargeDeletion(change: { added: number; removed: number; before: number }): boolean {
  if (change.removed === 0) return false;
  return change.removed > change.added || change.removed > LARGE_DELETION_SHARE * change.before;
}
