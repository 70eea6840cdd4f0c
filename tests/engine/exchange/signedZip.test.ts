// Signed zips: the signature entry is appended after the files, splitting gives back the unsigned bytes exactly,
// and checkSignature reports trusted, unknown, revoked, a changed signer and tampering by name.
import { describe, expect, it } from 'vitest';
import { checkSignature, readSignedZip, signZip, splitSignedZip, SIGNATURE_PATH } from '../../../engine/exchange/index.ts';
import { bytesToBase64 as toBase64 } from '../../../engine/sign/index.ts';
import { jsonBytes, PACKAGE_ZIP_LIMITS_FOR_TESTS } from './fixtures.ts';
import { unzipFiles, zipFiles } from '../../../engine/package/index.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from './memoryStation.ts';

const CREATED = '2026-12-05T01:00:00.000Z';
const bureau = memorySigner(7, 'st-bureau', '自然资源和规划局-李工');
const other = memorySigner(9, 'st-other', '某单位');

function unsignedZip(): Uint8Array {
  return zipFiles(
    new Map([
      ['manifest.json', jsonBytes({ files: [{ path: 'a.txt' }] })],
      ['a.txt', new TextEncoder().encode('一张蓝图')],
    ]),
    CREATED,
  );
}

describe('signed zips', () => {
  it('appends signature.json last and gives back the unsigned bytes exactly', async () => {
    const zip = unsignedZip();
    const signed = await signZip(zip, bureau, CREATED, CREATED, PACKAGE_ZIP_LIMITS_FOR_TESTS);
    expect([...unzipFiles(signed).keys()]).toEqual(['a.txt', 'manifest.json', SIGNATURE_PATH]);
    const split = splitSignedZip(signed);
    expect(split.signature).not.toBeNull();
    expect(Buffer.from(split.unsigned).equals(Buffer.from(zip))).toBe(true);
    expect(splitSignedZip(zip).signature).toBeNull();
    const read = readSignedZip(signed, 'x.zip', PACKAGE_ZIP_LIMITS_FOR_TESTS, CREATED);
    expect(read.canonical).toBe(true);
    expect(readSignedZip(signed, 'x.zip', PACKAGE_ZIP_LIMITS_FOR_TESTS, '2026-12-05T03:00:00.000Z').canonical).toBe(false);
  });

  it('reports a trusted signer, an unknown key, a revoked key, a changed signer and a tampered manifest', async () => {
    const signed = unzipFiles(await signZip(unsignedZip(), bureau, CREATED, CREATED, PACKAGE_ZIP_LIMITS_FOR_TESTS));
    const manifest = signed.get('manifest.json')!;
    const signature = signed.get(SIGNATURE_PATH)!;
    const trusted = memoryTrust([trustedKeyOf(bureau)]);
    const ok = checkSignature('x.zip', manifest, signature, trusted);
    expect(ok.status).toBe('trusted');
    expect(ok.message.zh).toContain('自然资源和规划局-李工');
    expect(checkSignature('x.zip', manifest, signature, memoryTrust([trustedKeyOf(other)])).status).toBe('unknown');
    const revoked = checkSignature(
      'x.zip',
      manifest,
      signature,
      memoryTrust([trustedKeyOf(bureau, { revokedAt: '2026-12-04T00:00:00Z' })]),
    );
    expect(revoked.status).toBe('revoked');
    expect(revoked.message.zh).toContain('已于 2026-12-04T00:00:00Z 吊销');
    // The key is trusted, but registered to another station than the one signature.json names.
    const renamed = JSON.parse(new TextDecoder().decode(signature));
    renamed.stationId = 'st-other';
    expect(checkSignature('x.zip', manifest, jsonBytes(renamed), trusted).status).toBe('signer-changed');
    // A package naming a sender other than the signer.
    expect(checkSignature('x.zip', manifest, signature, trusted, 'st-liaison').status).toBe('signer-changed');
    const changed = manifest.slice();
    changed[5] = changed[5]! ^ 1;
    const tampered = checkSignature('x.zip', changed, signature, trusted);
    expect(tampered.status).toBe('tampered');
    expect(tampered.message.zh).toContain('已被篡改');
    expect(checkSignature('x.zip', manifest, null, trusted).status).toBe('unsigned');
    expect(checkSignature('x.zip', manifest, new TextEncoder().encode('{'), trusted).status).toBe('tampered');
    // Another key's signature put in place of the signer's is not the signer's.
    const swapped = JSON.parse(new TextDecoder().decode(signature));
    swapped.signature = toBase64(await other.sign(manifest));
    expect(checkSignature('x.zip', manifest, jsonBytes(swapped), trusted).status).toBe('tampered');
  });
});
