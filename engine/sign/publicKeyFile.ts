// Pure. The public-key file one station hands to another (`lantu keys export-public -o x.pub`, 导出公钥): JSON
// with the station's identity and its key. The fingerprint in it is informative only: the receiver recomputes it
// from the key and compares it with the one read out over another channel before trusting the key.
import { say, type Bilingual } from '../i18n/index.ts';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import type { SignMessage } from './signMessage.ts';
import { keyFingerprint } from './stationKeys.ts';
import { stationCodeOf, stationNameProblem, type StationRecord } from './stationRecord.ts';

export const PUBLIC_KEY_FORMAT = 'lantu-public-key/1';

export interface PublicKeyFile {
  format: typeof PUBLIC_KEY_FORMAT;
  stationId: string;
  stationName: string;
  stationCode: string;
  role: StationRecord['role'];
  publicKey: string;
  fingerprint: string;
}

export function publicKeyFileOf(station: StationRecord, publicKey: Uint8Array): PublicKeyFile {
  return {
    format: PUBLIC_KEY_FORMAT,
    stationId: station.stationId,
    stationName: station.stationName,
    stationCode: station.stationCode,
    role: station.role,
    publicKey: bytesToBase64(publicKey),
    fingerprint: keyFingerprint(publicKey),
  };
}

export function publicKeyFileText(file: PublicKeyFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The key file in `text` (its fingerprint recomputed from the key), or why `fileName` is not one. */
export function readPublicKeyFile(text: string, fileName: string): { ok: true; file: PublicKeyFile } | { ok: false; error: SignMessage } {
  const bad = (problem: Bilingual) => ({ ok: false as const, error: say('sign.publicKeyFile.problem', { fileName, problem }) });
  let v: Partial<PublicKeyFile>;
  try {
    v = JSON.parse(text) as Partial<PublicKeyFile>;
  } catch {
    return bad(say('sign.publicKeyFile.not-json'));
  }
  if (typeof v !== 'object' || v === null || v.format !== PUBLIC_KEY_FORMAT)
    return bad(say('sign.publicKeyFile.wrong-format', { format: PUBLIC_KEY_FORMAT }));
  if (typeof v.stationId !== 'string' || !/^[0-9a-f-]{8,64}$/.test(v.stationId)) return bad(say('sign.publicKeyFile.bad-station-id'));
  if (typeof v.stationName !== 'string' || stationNameProblem(v.stationName)) return bad(say('sign.publicKeyFile.bad-station-name'));
  if (v.role !== 'bureau' && v.role !== 'department') return bad(say('sign.publicKeyFile.bad-role'));
  const key = typeof v.publicKey === 'string' ? base64ToBytes(v.publicKey) : null;
  if (!key || key.length !== 32) return bad(say('sign.publicKeyFile.bad-key'));
  return {
    ok: true,
    file: {
      format: PUBLIC_KEY_FORMAT,
      stationId: v.stationId,
      stationName: v.stationName,
      stationCode: stationCodeOf(v.stationId),
      role: v.role,
      publicKey: v.publicKey!,
      fingerprint: keyFingerprint(key),
    },
  };
}

/** A fingerprint as typed or read out: lower case, hex digits only (spaces and dashes dropped). */
export function normalizeFingerprint(text: string): string {
  return text.toLowerCase().replace(/[^0-9a-f]/g, '');
}
