// The trust list as a fold over its append-only log: a key enters only with its confirmed fingerprint, a revoke
// is an entry of its own with who and when, and a revoked key is not trusted again.
import { describe, expect, it } from 'vitest';
import {
  base64ToBytes,
  bytesToBase64,
  newStationRecord,
  publicKeyFileOf,
  publicKeyFileText,
  readPublicKeyFile,
  revokeEntry,
  stationCodeOf,
  stationKeyPairFromSeed,
  trustedKeysOf,
  trustEntry,
  type TrustLogEntry,
} from '../../../engine/sign/index.ts';

const bureau = { stationId: '00000000-0000-4000-8000-00000000000b', stationName: '自然资源和规划局-李工' };
const liaison = newStationRecord({
  stationId: '00000000-0000-4000-8000-00000000000e',
  stationName: '生态环境局-张工',
  role: 'department',
  createdAt: '2026-12-05T01:00:00Z',
});
const key = stationKeyPairFromSeed(new Uint8Array(32).fill(4)).publicKey;
const file = readPublicKeyFile(publicKeyFileText(publicKeyFileOf(liaison, key)), 'zhang.pub');

describe('trust log', () => {
  it('reads a public-key file back, recomputing the fingerprint from the key', () => {
    if (!file.ok) throw new Error(file.error.en);
    const forged = JSON.stringify({ ...file.file, fingerprint: '0000-0000-0000-0000-0000-0000-0000-0000' });
    const read = readPublicKeyFile(forged, 'forged.pub');
    expect(read.ok && read.file.fingerprint).toBe(file.file.fingerprint);
    expect(readPublicKeyFile('{"format":"lantu-public-key/1"}', 'x.pub')).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining('x.pub') },
    });
    expect(readPublicKeyFile('nope', 'y.pub')).toMatchObject({ ok: false });
  });

  it('says why a file is not a public-key file, naming the file and the field', () => {
    const key = (over: object) => JSON.stringify({ ...(file.ok ? file.file : {}), ...over });
    expect(readPublicKeyFile('nope', 'y.pub')).toEqual({
      ok: false,
      error: { zh: 'y.pub：不是蓝图公钥文件（不是 JSON）', en: 'y.pub: not a Lantu public-key file (not JSON)' },
    });
    expect(readPublicKeyFile('{}', 'z.pub')).toEqual({
      ok: false,
      error: {
        zh: 'z.pub：不是蓝图公钥文件（format 应为 lantu-public-key/1）',
        en: 'z.pub: not a Lantu public-key file (format should be lantu-public-key/1)',
      },
    });
    const errors = [{ stationId: 'X' }, { stationName: 7 }, { role: 'mayor' }, { publicKey: 'AAAA' }].map((over) => {
      const read = readPublicKeyFile(key(over), 'k.pub');
      return read.ok ? '' : `${read.error.zh} | ${read.error.en}`;
    });
    expect(errors).toEqual([
      'k.pub：字段 stationId 无效 | k.pub: field stationId is invalid',
      'k.pub：字段 stationName 无效 | k.pub: field stationName is invalid',
      'k.pub：字段 role 应为 bureau 或 department | k.pub: field role should be bureau or department',
      'k.pub：字段 publicKey 不是 32 字节的 Ed25519 公钥 | k.pub: field publicKey is not a 32-byte Ed25519 public key',
    ]);
  });

  it('refuses a trust whose confirmed fingerprint differs, and trusts with the matching one', () => {
    if (!file.ok) throw new Error(file.error.en);
    const wrong = trustEntry([], file.file, 'ffff-ffff-ffff-ffff-ffff-ffff-ffff-ffff', bureau, '2026-12-05T02:00:00Z');
    expect(wrong).toMatchObject({ ok: false, error: { zh: expect.stringContaining('指纹不符') } });
    const right = trustEntry([], file.file, file.file.fingerprint.toUpperCase(), bureau, '2026-12-05T02:00:00Z');
    if (!right.ok) throw new Error(right.error.en);
    const keys = trustedKeysOf([right.entry]);
    expect(keys.lookup(bytesToBase64(key))).toMatchObject({
      stationName: '生态环境局-张工',
      addedAt: '2026-12-05T02:00:00Z',
      stationCode: liaison.stationCode,
    });
    expect(keys.lookup(bytesToBase64(new Uint8Array(32)))).toBeNull();
  });

  it('logs a revoke with who and when, and does not trust a revoked key again', () => {
    if (!file.ok) throw new Error(file.error.en);
    const log: TrustLogEntry[] = [];
    const t = trustEntry(log, file.file, file.file.fingerprint, bureau, '2026-12-05T02:00:00Z');
    if (!t.ok) throw new Error('trust');
    log.push(t.entry);
    expect(trustEntry(log, file.file, file.file.fingerprint, bureau, '2026-12-05T02:01:00Z')).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining('已受信任') },
    });
    const r = revokeEntry(log, file.file.fingerprint, bureau, '2026-12-05T03:00:00Z');
    if (!r.ok) throw new Error('revoke');
    expect(r.entry).toMatchObject({ action: 'revoke', at: '2026-12-05T03:00:00Z', by: bureau });
    log.push(r.entry);
    expect(trustedKeysOf(log).lookup(bytesToBase64(key))?.revokedAt).toBe('2026-12-05T03:00:00Z');
    expect(trustEntry(log, file.file, file.file.fingerprint, bureau, '2026-12-05T04:00:00Z')).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining('已于 2026-12-05T03:00:00Z 吊销') },
    });
    expect(revokeEntry(log, file.file.fingerprint, bureau, '2026-12-05T05:00:00Z')).toMatchObject({ ok: false });
    expect(revokeEntry(log, '1234', bureau, '2026-12-05T05:00:00Z')).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining('没有指纹为 1234') },
    });
  });

  it("refuses a key whose station code equals this station's or another trusted station's", () => {
    if (!file.ok) throw new Error(file.error.en);
    // Find a station id whose code collides with the liaison's (20 bits: a few million tries at most).
    let twin = '';
    for (let i = 0; !twin; i++) {
      const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
      if (id !== liaison.stationId && stationCodeOf(id) === liaison.stationCode) twin = id;
    }
    const twinRecord = newStationRecord({ stationId: twin, stationName: '交通局-王工', role: 'department', createdAt: 't' });
    const twinFile = readPublicKeyFile(
      publicKeyFileText(publicKeyFileOf(twinRecord, stationKeyPairFromSeed(new Uint8Array(32).fill(6)).publicKey)),
      'wang.pub',
    );
    if (!twinFile.ok) throw new Error('twin');
    const t = trustEntry([], file.file, file.file.fingerprint, bureau, '2026-12-05T02:00:00Z');
    if (!t.ok) throw new Error('trust');
    expect(trustEntry([t.entry], twinFile.file, twinFile.file.fingerprint, bureau, '2026-12-05T02:10:00Z')).toMatchObject({
      ok: false,
      error: { zh: expect.stringContaining(`站代码 ${liaison.stationCode} 与 生态环境局-张工 相同`) },
    });
    expect(
      trustEntry([], twinFile.file, twinFile.file.fingerprint, { stationId: liaison.stationId, stationName: '生态环境局-张工' }, 't'),
    ).toMatchObject({ ok: false });
    expect(trustEntry([], twinFile.file, twinFile.file.fingerprint, bureau, 't')).toMatchObject({ ok: true });
  }, 60_000);
});

describe('station code and base64', () => {
  it('derives a four-character Crockford code from the station id', () => {
    expect(stationCodeOf(liaison.stationId)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(stationCodeOf(liaison.stationId)).toBe(liaison.stationCode);
    expect(stationCodeOf(bureau.stationId)).not.toBe(liaison.stationCode);
  });

  it('round-trips base64 like Node and refuses non-canonical text', () => {
    for (const n of [0, 1, 2, 3, 31, 32, 64]) {
      const bytes = new Uint8Array(n).map((_, i) => (i * 37 + 11) & 255);
      expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    }
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab=c')).toBeNull();
    expect(base64ToBytes('QR==')).toBeNull();
  });
});
