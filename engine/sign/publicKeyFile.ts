// Pure. The public-key file one station hands to another (`lantu keys export-public -o x.pub`, 导出公钥): JSON
// with the station's identity and its key. The fingerprint in it is informative only: the receiver recomputes it
// from the key and compares it with the one read out over another channel before trusting the key.
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
  const bad = (zh: string, en: string) => ({ ok: false as const, error: { zh: `${fileName}：${zh}`, en: `${fileName}: ${en}` } });
  let v: Partial<PublicKeyFile>;
  try {
    v = JSON.parse(text) as Partial<PublicKeyFile>;
  } catch {
    return bad('不是蓝图公钥文件（不是 JSON）', 'not a Lantu public-key file (not JSON)');
  }
  if (typeof v !== 'object' || v === null || v.format !== PUBLIC_KEY_FORMAT)
    return bad(
      `不是蓝图公钥文件（format 应为 ${PUBLIC_KEY_FORMAT}）`,
      `not a Lantu public-key file (format should be ${PUBLIC_KEY_FORMAT})`,
    );
  if (typeof v.stationId !== 'string' || !/^[0-9a-f-]{8,64}$/.test(v.stationId))
    return bad('字段 stationId 无效', 'field stationId is invalid');
  if (typeof v.stationName !== 'string' || stationNameProblem(v.stationName))
    return bad('字段 stationName 无效', 'field stationName is invalid');
  if (v.role !== 'bureau' && v.role !== 'department')
    return bad('字段 role 应为 bureau 或 department', 'field role should be bureau or department');
  const key = typeof v.publicKey === 'string' ? base64ToBytes(v.publicKey) : null;
  if (!key || key.length !== 32)
    return bad('字段 publicKey 不是 32 字节的 Ed25519 公钥', 'field publicKey is not a 32-byte Ed25519 public key');
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
