// Pure. The one definition of a conflict's handling status, used by the conflict list, the resolve panel, the
// export preflight and the package (names as the package writes them): 未处置, 待复核, 已处置, 例外（已批准）,
// 例外（已过期）, 暂缓, 重新打开. Only 已处置 and 例外（已批准） let a final export through.
import type { Conflict } from '../rules/types.ts';
import { regionChangedReason } from './regionChangedReason.ts';
import type { Message, Resolution } from './types.ts';
import { say } from '../i18n/index.ts';

export type ConflictStatus = 'open' | 'stale' | 'resolved' | 'exceptionApproved' | 'exceptionExpired' | 'deferred' | 'reopened';

export const CONFLICT_STATUSES: readonly ConflictStatus[] = [
  'open',
  'stale',
  'resolved',
  'exceptionApproved',
  'exceptionExpired',
  'deferred',
  'reopened',
];

export const CONFLICT_STATUS_LABEL: Readonly<Record<ConflictStatus, Message>> = {
  open: say('resolutions.conflictStatus.open'),
  stale: say('resolutions.conflictStatus.stale'),
  resolved: say('resolutions.conflictStatus.resolved'),
  exceptionApproved: say('resolutions.conflictStatus.exceptionApproved'),
  exceptionExpired: say('resolutions.conflictStatus.exceptionExpired'),
  deferred: say('resolutions.conflictStatus.deferred'),
  reopened: say('resolutions.conflictStatus.reopened'),
};

export interface ConflictStatusInfo {
  status: ConflictStatus;
  /** Why it is 重新打开 or 例外（已过期）. */
  reason?: Message;
  /** Ids behind the reason (region hashes), for a tooltip or a file, never the visible text. */
  detail?: string;
}

const FIXING_KINDS: ReadonlySet<Resolution['kind']> = new Set(['subjectYields', 'objectYields', 'changeAttribute']);

/** True for the statuses a final package accepts for a blocker. */
export function isHandled(status: ConflictStatus): boolean {
  return status === 'resolved' || status === 'exceptionApproved';
}

/**
 * `conflict`: the conflict as the latest check reports it (null when it is no longer reported);
 * `resolution`: the record for its key, if any; `asOfDate`: yyyy-mm-dd for an exception's expiry;
 * `stale`: its features changed since the check.
 */
export function conflictStatus(input: {
  conflict: (Pick<Conflict, 'regionHash'> & Partial<Pick<Conflict, 'measure'>>) | null;
  resolution: Resolution | null | undefined;
  asOfDate: string;
  stale?: boolean;
}): ConflictStatusInfo {
  const { conflict, resolution: r, asOfDate } = input;
  if (input.stale) return { status: 'stale' };
  if (!r) return { status: 'open' };
  const regionChanged = conflict !== null && conflict.regionHash !== r.regionHash;
  const detail = regionChanged ? `${r.regionHash.slice(0, 8)} → ${conflict.regionHash.slice(0, 8)}` : undefined;
  if (r.status === 'reopened') {
    // Older records stored the reason with region hashes: say it again in measures when the region changed.
    if (regionChanged && (r.reopenReason === undefined || r.reopenReason.startsWith('冲突区域已变化'))) {
      return { status: 'reopened', reason: regionChangedReason(r.measure, conflict.measure), detail: detail! };
    }
    const zh = r.reopenReason ?? '冲突区域已变化，需重新处置';
    return {
      status: 'reopened',
      reason: { zh, en: 'the conflict region changed or the fix could not be applied after an edit or re-import: resolve it again' },
    };
  }
  if (regionChanged) return { status: 'reopened', reason: regionChangedReason(r.measure, conflict.measure), detail: detail! };
  if (FIXING_KINDS.has(r.kind)) {
    // A yield or an attribute change makes its conflict disappear: reported again, the fix is gone.
    if (conflict) {
      return {
        status: 'reopened',
        reason: say('resolutions.conflictStatus.conflictStatus'),
      };
    }
    return { status: 'resolved' };
  }
  if (r.kind === 'exception') {
    const expiresOn = r.exception?.expiresOn;
    if (!r.exception) return { status: 'open' };
    if (expiresOn !== undefined && expiresOn < asOfDate) {
      return {
        status: 'exceptionExpired',
        reason: say('resolutions.conflictStatus.conflictStatus-2', { approvalNumber: r.exception.approvalNumber, expiresOn }),
      };
    }
    return { status: 'exceptionApproved' };
  }
  return { status: 'deferred' };
}
