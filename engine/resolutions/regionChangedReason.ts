// Pure. regionChangedReason(whenResolved, now) → why a resolved conflict is 重新打开 after its region changed, in
// words a planner reads: the conflict's area (公顷), length or distance (米) when it was resolved and now. A record
// made before the measure was kept says only "now"; the region hashes belong in a tooltip or a file, not here.
import { M2_PER_HA } from '../rules/renderMessage.ts';
import type { ConflictMeasure } from '../rules/types.ts';
import type { Message } from './types.ts';

type Measure = Pick<ConflictMeasure, 'areaM2' | 'lengthM' | 'distanceM'>;

function amount(m: Measure | undefined, kind: 'areaM2' | 'lengthM' | 'distanceM'): Message | null {
  const v = m?.[kind];
  if (v === undefined || !Number.isFinite(v)) return null;
  if (kind === 'areaM2') return { zh: `${(v / M2_PER_HA).toFixed(4)} 公顷`, en: `${(v / M2_PER_HA).toFixed(4)} ha` };
  return { zh: `${v.toFixed(2)} 米`, en: `${v.toFixed(2)} m` };
}

export function regionChangedReason(whenResolved: Measure | undefined, now: Measure | undefined): Message {
  const kind = (['areaM2', 'lengthM', 'distanceM'] as const).find((k) => now?.[k] !== undefined || whenResolved?.[k] !== undefined);
  const noun =
    kind === 'lengthM' ? { zh: '长度', en: 'length' } : kind === 'distanceM' ? { zh: '距离', en: 'distance' } : { zh: '面积', en: 'area' };
  const before = kind ? amount(whenResolved, kind) : null;
  const after = kind ? amount(now, kind) : null;
  if (before && after) {
    return {
      zh: `冲突区域已变化：处置时 ${before.zh}，现在 ${after.zh}，需重新处置`,
      en: `The conflict region changed: ${before.en} when resolved, ${after.en} now. Resolve it again.`,
    };
  }
  if (after) {
    return {
      zh: `冲突区域已变化：现在 ${after.zh}（处置时的${noun.zh}未记录），需重新处置`,
      en: `The conflict region changed: ${after.en} now (the ${noun.en} when resolved was not recorded). Resolve it again.`,
    };
  }
  return { zh: '冲突区域已变化，需重新处置', en: 'The conflict region changed after an edit or re-import. Resolve it again.' };
}
