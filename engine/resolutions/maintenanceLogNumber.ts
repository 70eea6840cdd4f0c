// Pure. Takes an ISO time and the resolutions recorded so far, returns the next maintenance-log number
// (维护日志编号): the date as yyyymmdd plus a 6-digit sequence that restarts every day.
import type { Resolution } from './types.ts';

export function maintenanceLogNumber(decidedAt: string, existing: readonly Pick<Resolution, 'logNumber'>[]): string {
  const day = decidedAt.slice(0, 10).replaceAll('-', '');
  if (!/^[0-9]{8}$/.test(day)) throw new Error(`not an ISO time: ${decidedAt}`);
  let last = 0;
  for (const r of existing) {
    if (r.logNumber?.startsWith(day)) last = Math.max(last, Number(r.logNumber!.slice(8)));
  }
  if (last >= 999_999) throw new Error(`maintenance log for ${day} is full`);
  return `${day}${String(last + 1).padStart(6, '0')}`;
}

export function isMaintenanceLogNumber(value: string): boolean {
  return /^[0-9]{14}$/.test(value);
}
