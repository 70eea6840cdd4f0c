// Pure. resolutionStatus(resolution, conflicts) → the resolution's status after the latest check, with the
// reason when it is re-opened (重新打开): a conflict reported again with another region hash (engine rule,
// reconcileResolutions), or — for a yield or an attribute change, whose fix makes the conflict disappear —
// the conflict reported at all (an edit or a re-import undid the fix).
import { reconcileResolutions } from '../../../engine/resolutions/reconcileResolutions.ts';
import type { Resolution } from '../../../engine/resolutions/types.ts';
import type { Conflict } from '../../../engine/rules/types.ts';

export interface ResolutionStatusInfo {
  status: 'applied' | 'reopened';
  reasonZh?: string;
  reasonEn?: string;
}

const FIXING_KINDS = new Set<Resolution['kind']>(['subjectYields', 'objectYields', 'changeAttribute']);

export function resolutionStatus(resolution: Resolution, conflicts: readonly Conflict[]): ResolutionStatusInfo {
  const current = conflicts.find((c) => c.key === resolution.conflictKey);
  const [reconciled] = reconcileResolutions([resolution], current ? [current] : []);
  if (reconciled && reconciled.status === 'reopened') {
    return { status: 'reopened', reasonZh: reconciled.reopenReason ?? '冲突区域已变化', reasonEn: 'the conflict region changed after an edit or re-import: resolve it again' };
  }
  if (current && FIXING_KINDS.has(resolution.kind)) {
    return {
      status: 'reopened',
      reasonZh: '处置所做的修改已不在当前数据中（编辑或重新导入后冲突再次出现），需重新处置',
      reasonEn: 'the fix is no longer in the data (the conflict is back after an edit or re-import): resolve it again',
    };
  }
  return { status: 'applied' };
}
