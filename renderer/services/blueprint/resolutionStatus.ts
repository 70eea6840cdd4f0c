// Pure. resolutionStatus(resolution, conflicts, asOfDate) → the resolution's status after the latest check, as
// engine/resolutions/conflictStatus defines it for the list, the panel, the export and the package
// (已处置, 例外（已批准）, 例外（已过期）, 暂缓, 重新打开), with the reason when it is re-opened or expired;
// `status` says whether the record still stands ('applied') or must be made again ('reopened').
import { conflictStatus, type ConflictStatus } from '../../../engine/resolutions/index.ts';
import type { Resolution } from '../../../engine/resolutions/index.ts';
import type { Conflict } from '../../../engine/rules/index.ts';

export interface ResolutionStatusInfo {
  status: 'applied' | 'reopened';
  conflictStatus: ConflictStatus;
  reasonZh?: string;
  reasonEn?: string;
  /** Ids behind the reason (region hashes): for a tooltip only. */
  detail?: string;
}

/** Today as yyyy-mm-dd (UTC, as an export's creation time is): the day an exception's expiry is judged on. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function resolutionStatus(resolution: Resolution, conflicts: readonly Conflict[], asOfDate: string = todayIso()): ResolutionStatusInfo {
  const current = conflicts.find((c) => c.key === resolution.conflictKey) ?? null;
  const info = conflictStatus({ conflict: current, resolution, asOfDate });
  return {
    status: info.status === 'reopened' ? 'reopened' : 'applied',
    conflictStatus: info.status,
    ...(info.reason ? { reasonZh: info.reason.zh, reasonEn: info.reason.en } : {}),
    ...(info.detail !== undefined ? { detail: info.detail } : {}),
  };
}
