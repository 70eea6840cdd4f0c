// Pure. What an installation remembers of the submissions it accepted: per sending station and plan, the last
// sequence, the SHA-256 of the plan accepted and when. checkReplay refuses a submission whose sequence is not past
// the last accepted one (a replayed or older package); recordAccepted returns the register with it added.
import type { Message } from '../resolutions/types.ts';
import type { SubmissionManifest } from './submissionTypes.ts';
import { say } from '../i18n/index.ts';

export interface AcceptedSubmission {
  stationId: string;
  stationName: string;
  planId: string;
  sequence: number;
  /** SHA-256 of the plan.json accepted: the next submission's base.json should be this version. */
  planSha256: string;
  acceptedAt: string;
}

export interface AcceptedRegister {
  format: 'lantu-accepted-submissions';
  formatVersion: 1;
  /** Sorted by station id, then plan id. */
  accepted: AcceptedSubmission[];
}

export const EMPTY_ACCEPTED_REGISTER: AcceptedRegister = { format: 'lantu-accepted-submissions', formatVersion: 1, accepted: [] };

export function lastAccepted(register: AcceptedRegister, stationId: string, planId: string): AcceptedSubmission | undefined {
  return register.accepted.find((a) => a.stationId === stationId && a.planId === planId);
}

/** Null when `manifest` may be accepted; otherwise why not (a replay), naming the file, the station and the plan. */
export function checkReplay(register: AcceptedRegister, manifest: SubmissionManifest, file: string): Message | null {
  const last = lastAccepted(register, manifest.station.stationId, manifest.plan.id);
  if (!last || manifest.sequence > last.sequence) return null;
  const who = manifest.station.stationName || manifest.station.stationId;
  return say('exchange.acceptedSubmissions.checkReplay', {
    file,
    acceptedAt: last.acceptedAt,
    who,
    id: manifest.plan.id,
    sequence: last.sequence,
    sequence2: manifest.sequence,
  });
}

export function recordAccepted(
  register: AcceptedRegister,
  manifest: SubmissionManifest,
  planSha256: string,
  acceptedAt: string,
): AcceptedRegister {
  const entry: AcceptedSubmission = {
    stationId: manifest.station.stationId,
    stationName: manifest.station.stationName,
    planId: manifest.plan.id,
    sequence: manifest.sequence,
    planSha256,
    acceptedAt,
  };
  const rest = register.accepted.filter((a) => !(a.stationId === entry.stationId && a.planId === entry.planId));
  const key = (a: AcceptedSubmission) => `${a.stationId}\u0000${a.planId}`;
  return { ...register, accepted: [...rest, entry].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)) };
}

/** The register in `value` (parsed JSON), or null when it is not one. */
export function parseAcceptedRegister(value: unknown): AcceptedRegister | null {
  const r = value as Partial<AcceptedRegister> | null;
  if (typeof r !== 'object' || r === null || r.format !== 'lantu-accepted-submissions' || !Array.isArray(r.accepted)) return null;
  const ok = r.accepted.every(
    (a) =>
      typeof a?.stationId === 'string' &&
      typeof a.planId === 'string' &&
      Number.isSafeInteger(a.sequence) &&
      typeof a.planSha256 === 'string',
  );
  return ok ? (r as AcceptedRegister) : null;
}
