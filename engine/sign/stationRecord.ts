// Pure. What an installation knows about itself (station.json on the CLI, the station IndexedDB in the browser,
// the user-data folder on the desktop): id, name, the short code its provisional log numbers carry, and its role.
// It never goes into a workspace or a package, so copying a workspace does not clone a station.
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import type { StationIdentity } from './ports.ts';
import type { SignMessage } from './signMessage.ts';
import { say } from '../i18n/index.ts';

export const STATION_FORMAT = 'lantu-station/1';

/** The bureau (自然资源和规划局) assigns official maintenance-log numbers; departments give provisional ones. */
export type StationRole = 'bureau' | 'department';

export interface StationRecord extends StationIdentity {
  format: typeof STATION_FORMAT;
  /** Four Crockford base-32 characters derived from stationId, e.g. "ST7Q" (see stationCodeOf). */
  stationCode: string;
  role: StationRole;
  createdAt: string;
  /** Base64 of the station's Ed25519 public key, once it has one. */
  publicKey?: string;
  fingerprint?: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 20 bits of SHA-256(stationId) as four Crockford base-32 characters (no I, L, O, U: read aloud without doubt). */
export function stationCodeOf(stationId: string): string {
  const h = sha256(utf8ToBytes(stationId));
  const n = (h[0]! << 12) | (h[1]! << 4) | (h[2]! >> 4);
  return [15, 10, 5, 0].map((shift) => CROCKFORD[(n >> shift) & 31]!).join('');
}

export const STATION_NAME_MAX = 40;

/** Why `name` cannot name a station, or null when it can (1–40 characters, no control characters, trimmed). */
export function stationNameProblem(name: string): SignMessage | null {
  if (name.trim() !== name || name.length === 0) return say('sign.stationRecord.stationNameProblem');
  if ([...name].length > STATION_NAME_MAX) return say('sign.stationRecord.stationNameProblem-2', { STATIONNAMEMAX: STATION_NAME_MAX });
  if (/[\u0000-\u001f\u007f]/.test(name)) return say('sign.stationRecord.stationNameProblem-3');
  return null;
}

export function newStationRecord(input: { stationId: string; stationName: string; role: StationRole; createdAt: string }): StationRecord {
  return {
    format: STATION_FORMAT,
    stationId: input.stationId,
    stationName: input.stationName,
    stationCode: stationCodeOf(input.stationId),
    role: input.role,
    createdAt: input.createdAt,
  };
}

/** `value` as a station record, or null when it is not one (a damaged file is reported, never half-trusted). */
export function readStationRecord(value: unknown): StationRecord | null {
  const v = value as Partial<StationRecord> | null;
  if (typeof v !== 'object' || v === null || v.format !== STATION_FORMAT) return null;
  if (typeof v.stationId !== 'string' || !/^[0-9a-f-]{8,64}$/.test(v.stationId)) return null;
  if (typeof v.stationName !== 'string' || stationNameProblem(v.stationName) !== null) return null;
  if (v.stationCode !== stationCodeOf(v.stationId)) return null;
  if (v.role !== 'bureau' && v.role !== 'department') return null;
  if (typeof v.createdAt !== 'string') return null;
  if (v.publicKey !== undefined && typeof v.publicKey !== 'string') return null;
  if (v.fingerprint !== undefined && typeof v.fingerprint !== 'string') return null;
  return {
    format: STATION_FORMAT,
    stationId: v.stationId,
    stationName: v.stationName,
    stationCode: v.stationCode,
    role: v.role,
    createdAt: v.createdAt,
    ...(v.publicKey !== undefined ? { publicKey: v.publicKey } : {}),
    ...(v.fingerprint !== undefined ? { fingerprint: v.fingerprint } : {}),
  };
}
