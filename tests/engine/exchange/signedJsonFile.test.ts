// Signed 征求意见 / 部门意见 files: the envelope gives back the exact original bytes, reports trusted, unknown, revoked,
// a changed signer and tampering by file name, and an older unsigned file still opens as unsigned.
import { describe, expect, it } from 'vitest';
import { isSignedJsonFile, openSignedJsonFile, signJsonFile, SIGNED_JSON_FORMAT } from '../../../engine/exchange/index.ts';
import { bytesToBase64 as toBase64, keyFingerprint } from '../../../engine/sign/index.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from './memoryStation.ts';

const AT = '2026-12-05T01:00:00.000Z';
const NAME = '征求意见-XM001.json';
const bureau = memorySigner(7, 'st-bureau', '自然资源和规划局-李工');
const other = memorySigner(9, 'st-other', '某单位');
const original = new TextEncoder().encode('{\n  "format": "lantu-review-consultation",\n  "project": "一张蓝图"\n}\n');

const decode = (bytes: Uint8Array) => JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));

describe('signed JSON files', () => {
  it('wraps the exact original text and opens it as trusted for a trusted key', async () => {
    const signed = await signJsonFile(original, bureau, AT);
    expect(decode(signed).format).toBe(SIGNED_JSON_FORMAT);
    expect(isSignedJsonFile(signed)).toBe(true);
    expect(isSignedJsonFile(original)).toBe(false);
    const opened = openSignedJsonFile(signed, NAME, memoryTrust([trustedKeyOf(bureau)]));
    expect(opened.check.status).toBe('trusted');
    expect(Buffer.from(opened.payload!).equals(Buffer.from(original))).toBe(true);
    expect(opened.check.signer).toEqual({
      stationId: 'st-bureau',
      stationName: '自然资源和规划局-李工',
      fingerprint: keyFingerprint(bureau.publicKey),
    });
    expect(opened.check.message.zh).toContain(NAME);
  });

  it('opens an older unsigned file as unsigned, with its bytes unchanged', () => {
    const opened = openSignedJsonFile(original, NAME, memoryTrust([]));
    expect(opened.check.status).toBe('unsigned');
    expect(opened.payload).toBe(original);
    expect(opened.check.message.zh).toBe(`${NAME} 未签名，无法确认来源`);
  });

  it('refuses a changed payload byte as tampered, naming the file in Chinese', async () => {
    const envelope = decode(await signJsonFile(original, bureau, AT));
    const changed = encode({ ...envelope, payload: (envelope.payload as string).replace('一张蓝图', '两张蓝图') });
    const opened = openSignedJsonFile(changed, NAME, memoryTrust([trustedKeyOf(bureau)]));
    expect(opened.check.status).toBe('tampered');
    expect(opened.payload).toBeNull();
    expect(opened.check.message).toEqual({
      zh: `${NAME} 已被篡改：签名与文件内容不符，签名者声称为 自然资源和规划局-李工（st-bureau）`,
      en: `${NAME} was tampered with: the signature does not match the file's content; the signer claims to be 自然资源和规划局-李工 (st-bureau)`,
    });
    const noPayload = openSignedJsonFile(encode({ format: SIGNED_JSON_FORMAT, signature: envelope.signature }), NAME, memoryTrust([]));
    expect(noPayload.check.status).toBe('tampered');
  });

  it('reports an unknown key, a revoked key and a changed signer', async () => {
    const signed = await signJsonFile(original, other, AT);
    expect(openSignedJsonFile(signed, NAME, memoryTrust([trustedKeyOf(bureau)])).check.status).toBe('unknown');
    const revoked = openSignedJsonFile(signed, NAME, memoryTrust([trustedKeyOf(other, { revokedAt: '2026-12-04T00:00:00Z' })]));
    expect(revoked.check.status).toBe('revoked');
    // The station name and id beside the key are rewritten to pose as the bureau: the key is registered to st-other.
    const envelope = decode(signed);
    const posing = encode({ ...envelope, signature: { ...(envelope.signature as object), stationId: 'st-bureau' } });
    const changed = openSignedJsonFile(posing, NAME, memoryTrust([trustedKeyOf(other), trustedKeyOf(bureau)]));
    expect(changed.check.status).toBe('signer-changed');
    expect(changed.check.message.zh).toContain('签名者被改动');
    // A bureau signature swapped in over another station's payload does not verify.
    const swapped = encode({ ...envelope, signature: { ...(envelope.signature as object), publicKey: toBase64(bureau.publicKey) } });
    expect(openSignedJsonFile(swapped, NAME, memoryTrust([trustedKeyOf(bureau)])).check.status).toBe('tampered');
  });
});
