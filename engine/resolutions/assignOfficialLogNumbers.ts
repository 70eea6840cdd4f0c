// Pure. When the bureau's station records or accepts changes that carry a department's PROVISIONAL log numbers
// (yyyymmdd-CODE-nnnnnn), each gets the next OFFICIAL number of the acceptance day, in log order, and keeps its
// provisional number in `provisionalLogNumber` so the department can find its own record. Official numbers and
// records without a number are returned as they are; inputs are never mutated.
import { isOfficialLogNumber, maintenanceLogNumber, provisionalStationCode } from './maintenanceLogNumber.ts';
import { compareResolutions } from './resolutionOrder.ts';
import type { Resolution } from './types.ts';

export interface OfficialRenumbering {
  provisional: string;
  official: string;
}

export function assignOfficialLogNumbers(
  resolutions: readonly Resolution[],
  acceptedAt: string,
  existing: readonly Pick<Resolution, 'logNumber'>[],
): { resolutions: Resolution[]; renumbered: OfficialRenumbering[] } {
  const taken: Pick<Resolution, 'logNumber'>[] = [...existing];
  const official = new Map<Resolution, string>();
  for (const r of [...resolutions].sort(compareResolutions)) {
    if (r.logNumber === undefined || isOfficialLogNumber(r.logNumber) || provisionalStationCode(r.logNumber) === null) continue;
    const number = maintenanceLogNumber(acceptedAt, taken, { role: 'bureau' });
    taken.push({ logNumber: number });
    official.set(r, number);
  }
  const renumbered: OfficialRenumbering[] = [];
  const out = resolutions.map((r) => {
    const number = official.get(r);
    if (number === undefined) return r;
    renumbered.push({ provisional: r.logNumber!, official: number });
    return { ...r, logNumber: number, provisionalLogNumber: r.logNumber! };
  });
  return { resolutions: out, renumbered };
}
