// The row an overlap pair query reads back (overlapsRecords, useMismatchRecords: parties, the overlap region as WKB,
// its area and both footprints' areas, the point and `overlaps` flags, the townAt point) and the row → measure and
// shares step both relations share: a share is the overlap's area over that side's footprint area (0 for no area).
import type { PartyRow } from '../pairSql.ts';

export interface OverlapPairRow extends PartyRow {
  region: Buffer | null;
  area_m2: number;
  s_m2: number;
  o_m2: number;
  is_point: boolean;
  overlaps: boolean;
  town_x: number | null;
  town_y: number | null;
}

/** The overlap's area and its shares of the subject's and the object's footprints, as the engine's overlapOf gives them. */
export function overlapSharesOf(row: OverlapPairRow): { areaM2: number; shares: { subject: number; object: number } } {
  const areaM2 = Number(row.area_m2);
  const sArea = Number(row.s_m2);
  const oArea = Number(row.o_m2);
  return { areaM2, shares: { subject: sArea > 0 ? areaM2 / sArea : 0, object: oArea > 0 ? areaM2 / oArea : 0 } };
}
