// Pure. Takes an ISO time, the resolutions recorded so far and the issuing station, returns the next maintenance-log
// number (维护日志编号). OFFICIAL numbers are the national format, the date as yyyymmdd plus a 6-digit sequence that
// restarts every day, and only the bureau's station gives them; a department's station gives PROVISIONAL numbers
// `yyyymmdd-CODE-nnnnnn` carrying its station code, until the bureau assigns an official one when it accepts the
// change. Each sequence counts only its own numbers, so two stations working the same day never give the same number.
import type { Resolution } from './types.ts';

/** Who numbers: the bureau (official numbers; also the default for a workspace with no station) or a department. */
export type LogNumberIssuer = { role: 'bureau' } | { role: 'department'; stationCode: string };

const OFFICIAL = /^[0-9]{14}$/;
const PROVISIONAL = /^([0-9]{8})-([0-9A-HJKMNP-TV-Z]{4})-([0-9]{6})$/;

export function maintenanceLogNumber(
  decidedAt: string,
  existing: readonly Pick<Resolution, 'logNumber'>[],
  issuer: LogNumberIssuer = { role: 'bureau' },
): string {
  const day = decidedAt.slice(0, 10).replaceAll('-', '');
  if (!/^[0-9]{8}$/.test(day)) throw new Error(`not an ISO time: ${decidedAt}`);
  if (issuer.role === 'department' && !/^[0-9A-HJKMNP-TV-Z]{4}$/.test(issuer.stationCode))
    throw new Error(`not a station code: ${issuer.stationCode}`);
  const prefix = issuer.role === 'bureau' ? day : `${day}-${issuer.stationCode}-`;
  let last = 0;
  for (const r of existing) {
    const n = r.logNumber;
    if (n === undefined || !n.startsWith(prefix)) continue;
    // An official number is exactly 14 digits; a provisional one of this station has the prefix and 6 digits.
    if (issuer.role === 'bureau' ? OFFICIAL.test(n) : PROVISIONAL.test(n)) last = Math.max(last, Number(n.slice(prefix.length)));
  }
  if (last >= 999_999) throw new Error(`maintenance log for ${day} is full`);
  return `${prefix}${String(last + 1).padStart(6, '0')}`;
}

/** True for an official (yyyymmdd + 6 digits) or a provisional (yyyymmdd-CODE-6 digits) number. */
export function isMaintenanceLogNumber(value: string): boolean {
  return OFFICIAL.test(value) || PROVISIONAL.test(value);
}

export function isOfficialLogNumber(value: string): boolean {
  return OFFICIAL.test(value);
}

/** The station code a provisional number carries, or null for an official (or malformed) number. */
export function provisionalStationCode(value: string): string | null {
  return PROVISIONAL.exec(value)?.[2] ?? null;
}
