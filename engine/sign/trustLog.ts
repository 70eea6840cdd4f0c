// Pure. An installation's trusted keys as an append-only log: each trust or revoke is one entry saying who did it
// and when, and the list is a fold over the log, so no change to the list can happen without its log line.
// A revoked key stays revoked (a key is revoked because it may be lost; trusting it again needs a new key).
import type { StationIdentity, TrustedKey, TrustedKeys } from './ports.ts';
import { normalizeFingerprint, type PublicKeyFile } from './publicKeyFile.ts';
import type { SignMessage } from './signMessage.ts';
import { stationCodeOf } from './stationRecord.ts';
import { say } from '../i18n/index.ts';

export interface TrustLogEntry {
  at: string;
  action: 'trust' | 'revoke';
  /** The station whose user made the change. */
  by: StationIdentity;
  key: { stationId: string; stationName: string; stationCode: string; publicKey: string; fingerprint: string };
  /** For a trust: the fingerprint the user confirmed, as typed. */
  confirmedFingerprint?: string;
}

/** The list the log leaves: keys in the order they were trusted, revoked ones marked with revokedAt. */
export function trustedKeysFromLog(log: readonly TrustLogEntry[]): TrustedKey[] {
  const byKey = new Map<string, TrustedKey>();
  for (const e of log) {
    const known = byKey.get(e.key.publicKey);
    if (e.action === 'trust' && !known) {
      byKey.set(e.key.publicKey, {
        stationId: e.key.stationId,
        stationName: e.key.stationName,
        stationCode: e.key.stationCode,
        publicKey: e.key.publicKey,
        fingerprint: e.key.fingerprint,
        addedAt: e.at,
      });
    } else if (e.action === 'revoke' && known && known.revokedAt === undefined) {
      known.revokedAt = e.at;
    }
  }
  return [...byKey.values()];
}

/** The verifier's view of the list. */
export function trustedKeysOf(log: readonly TrustLogEntry[]): TrustedKeys & { list(): TrustedKey[] } {
  const keys = trustedKeysFromLog(log);
  const byKey = new Map(keys.map((k) => [k.publicKey, k]));
  return { lookup: (publicKeyBase64) => byKey.get(publicKeyBase64) ?? null, list: () => keys.map((k) => ({ ...k })) };
}

/** The log entry trusting `file`'s key once the user confirmed `confirmedFingerprint`, or why it is refused. */
export function trustEntry(
  log: readonly TrustLogEntry[],
  file: PublicKeyFile,
  confirmedFingerprint: string,
  by: StationIdentity,
  at: string,
): { ok: true; entry: TrustLogEntry } | { ok: false; error: SignMessage } {
  if (normalizeFingerprint(confirmedFingerprint) !== normalizeFingerprint(file.fingerprint)) {
    return {
      ok: false,
      error: say('sign.trustLog.trustEntry', { stationName: file.stationName, fingerprint: file.fingerprint, confirmedFingerprint }),
    };
  }
  const known = trustedKeysFromLog(log).find((k) => k.publicKey === file.publicKey);
  if (known?.revokedAt !== undefined) {
    return {
      ok: false,
      error: say('sign.trustLog.trustEntry-2', { fingerprint: file.fingerprint, revokedAt: known.revokedAt }),
    };
  }
  if (known)
    return {
      ok: false,
      error: say('sign.trustLog.trustEntry-3', { fingerprint: file.fingerprint, stationName: known.stationName }),
    };
  // Provisional log numbers are told apart by station code: two stations sharing one would give the same numbers.
  const sameCode = trustedKeysFromLog(log).find(
    (k) => k.revokedAt === undefined && k.stationId !== file.stationId && k.stationCode === file.stationCode,
  );
  if (file.stationId !== by.stationId && (sameCode || stationCodeOf(by.stationId) === file.stationCode)) {
    const other = sameCode?.stationName ?? by.stationName;
    return {
      ok: false,
      error: say('sign.trustLog.trustEntry-4', { stationName: file.stationName, stationCode: file.stationCode, other }),
    };
  }
  return {
    ok: true,
    entry: {
      at,
      action: 'trust',
      by: { stationId: by.stationId, stationName: by.stationName },
      key: {
        stationId: file.stationId,
        stationName: file.stationName,
        stationCode: file.stationCode,
        publicKey: file.publicKey,
        fingerprint: file.fingerprint,
      },
      confirmedFingerprint,
    },
  };
}

/** The log entry revoking the trusted key whose fingerprint is `fingerprint`, or why it is refused. */
export function revokeEntry(
  log: readonly TrustLogEntry[],
  fingerprint: string,
  by: StationIdentity,
  at: string,
): { ok: true; entry: TrustLogEntry } | { ok: false; error: SignMessage } {
  const wanted = normalizeFingerprint(fingerprint);
  const key = trustedKeysFromLog(log).find((k) => normalizeFingerprint(k.fingerprint) === wanted);
  if (!key)
    return {
      ok: false,
      error: say('sign.trustLog.revokeEntry', { fingerprint }),
    };
  if (key.revokedAt !== undefined)
    return {
      ok: false,
      error: say('sign.trustLog.revokeEntry-2', { fingerprint: key.fingerprint, revokedAt: key.revokedAt }),
    };
  return {
    ok: true,
    entry: {
      at,
      action: 'revoke',
      by: { stationId: by.stationId, stationName: by.stationName },
      key: {
        stationId: key.stationId,
        stationName: key.stationName,
        stationCode: key.stationCode ?? '',
        publicKey: key.publicKey,
        fingerprint: key.fingerprint,
      },
    },
  };
}

/** `value` as a log entry, or null (a damaged log line is reported by the shell, never skipped silently). */
export function readTrustLogEntry(value: unknown): TrustLogEntry | null {
  const v = value as Partial<TrustLogEntry> | null;
  if (typeof v !== 'object' || v === null || typeof v.at !== 'string' || (v.action !== 'trust' && v.action !== 'revoke')) return null;
  if (typeof v.by !== 'object' || v.by === null || typeof v.by.stationId !== 'string' || typeof v.by.stationName !== 'string') return null;
  const k = v.key;
  if (
    typeof k !== 'object' ||
    k === null ||
    typeof k.publicKey !== 'string' ||
    typeof k.fingerprint !== 'string' ||
    typeof k.stationId !== 'string' ||
    typeof k.stationName !== 'string'
  )
    return null;
  return v as TrustLogEntry;
}
