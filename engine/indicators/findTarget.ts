// Pure. Looks up the target or baseline for one scope (the whole territory or a town) and plan version:
// an entry naming the version wins over one without a version; entries for other versions never apply;
// among equals the first in file order wins.
import type { BaselineEntry, BaselineId, IndicatorId, TargetEntry, Targets } from './types.ts';

function pickForVersion<T extends { townCode?: string; planVersion?: string }>(
  entries: readonly T[],
  townCode: string | null,
  planVersion: string | undefined,
): T | undefined {
  let general: T | undefined;
  for (const entry of entries) {
    if ((entry.townCode ?? null) !== townCode) continue;
    if (entry.planVersion === undefined) general ??= entry;
    else if (entry.planVersion === planVersion) return entry;
  }
  return general;
}

export function findTarget(
  targets: Targets | null,
  indicator: IndicatorId,
  townCode: string | null,
  planVersion: string | undefined,
): TargetEntry | undefined {
  if (!targets) return undefined;
  return pickForVersion(
    targets.targets.filter((t) => t.indicator === indicator),
    townCode,
    planVersion,
  );
}

export function findBaseline(
  targets: Targets | null,
  id: BaselineId,
  townCode: string | null,
  planVersion: string | undefined,
): BaselineEntry | undefined {
  if (!targets) return undefined;
  return pickForVersion(
    targets.baselines.filter((b) => b.id === id),
    townCode,
    planVersion,
  );
}
