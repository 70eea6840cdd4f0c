// Pure. regionChangedReason(whenResolved, now) → why a resolved conflict is 重新打开 after its region changed, in
// words a planner reads: the conflict's area (公顷), length or distance (米) when it was resolved and now. A record
// made before the measure was kept says only "now"; the region hashes belong in a tooltip or a file, not here.
import { M2_PER_HA } from '../rules/renderMessage.ts';
import type { ConflictMeasure } from '../rules/types.ts';
import type { Message } from './types.ts';
import { say } from '../i18n/index.ts';

type Measure = Pick<ConflictMeasure, 'areaM2' | 'lengthM' | 'distanceM'>;

function amount(m: Measure | undefined, kind: 'areaM2' | 'lengthM' | 'distanceM'): Message | null {
  const v = m?.[kind];
  if (v === undefined || !Number.isFinite(v)) return null;
  if (kind === 'areaM2') return say('resolutions.regionChangedReason.amount', { value: (v / M2_PER_HA).toFixed(4) });
  return say('resolutions.regionChangedReason.amount-2', { value: v.toFixed(2) });
}

export function regionChangedReason(whenResolved: Measure | undefined, now: Measure | undefined): Message {
  const kind = (['areaM2', 'lengthM', 'distanceM'] as const).find((k) => now?.[k] !== undefined || whenResolved?.[k] !== undefined);
  const noun =
    kind === 'lengthM'
      ? say('resolutions.regionChangedReason.noun')
      : kind === 'distanceM'
        ? say('resolutions.regionChangedReason.noun-2')
        : say('resolutions.regionChangedReason.noun-3');
  const before = kind ? amount(whenResolved, kind) : null;
  const after = kind ? amount(now, kind) : null;
  if (before && after) {
    return say('resolutions.regionChangedReason.regionChangedReason', { before, after });
  }
  if (after) {
    return say('resolutions.regionChangedReason.regionChangedReason-2', { after, noun });
  }
  return say('resolutions.regionChangedReason.regionChangedReason-3');
}
