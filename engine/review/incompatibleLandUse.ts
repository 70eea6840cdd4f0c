// Pure. The compatibility table kept as data (ReviewPack.compatibility): which planned 用地用海 codes permit a
// project's intended use (NYDYT). The row with the longest projectUse prefix of NYDYT applies; with no row, only
// the same code line permits it (one code is a prefix of the other: 1001 permits 100102 and vice versa).
import type { LandUseShare, ReviewPack } from './types.ts';

/** The planned-use prefixes that permit `intendedUse`. */
export function permittedPrefixes(intendedUse: string, compatibility: ReviewPack['compatibility']): readonly string[] | null {
  let best: ReviewPack['compatibility'][number] | null = null;
  for (const row of compatibility) {
    if (intendedUse.startsWith(row.projectUse) && (best === null || row.projectUse.length > best.projectUse.length)) best = row;
  }
  return best ? best.permittedBy : null;
}

export function permits(plannedCode: string, intendedUse: string, compatibility: ReviewPack['compatibility']): boolean {
  const prefixes = permittedPrefixes(intendedUse, compatibility);
  if (prefixes === null) return plannedCode.startsWith(intendedUse) || intendedUse.startsWith(plannedCode);
  return prefixes.some((p) => plannedCode.startsWith(p));
}

/** The shares of the site whose planned use does not permit the intended use. */
export function incompatibleLandUse(
  landUse: readonly LandUseShare[],
  intendedUse: string,
  compatibility: ReviewPack['compatibility'],
): LandUseShare[] {
  return landUse.filter((share) => !permits(share.code, intendedUse, compatibility));
}
