// Opening a package in the editor: an unsigned one opens as before, a signed one opens without its signature entry
// (the package's own files only) with the signer named, and a tampered signature is refused.
import { describe, expect, it } from 'vitest';
import { signZip, SIGNATURE_PATH, splitSignedZip } from '../../../../engine/exchange/index.ts';
import { zipFiles } from '../../../../engine/package/index.ts';
import { jsonBytes } from '../../../../engine/package/jsonBytes.ts';
import { PACKAGE_ZIP_LIMITS } from '../../../../engine/zip/readZipSafely.ts';
import { NO_TRUSTED_KEYS, openSignedPackage } from '../../../../renderer/services/exchange/openSignedPackage.ts';
import { memorySigner, memoryTrust, trustedKeyOf } from '../../../engine/exchange/memoryStation.ts';

const CREATED = '2026-12-05T01:00:00.000Z';
const bureau = memorySigner(7, 'st-bureau', '自然资源和规划局-李工');
const zip = zipFiles(
  new Map([
    ['manifest.json', jsonBytes({ created: CREATED, files: [] })],
    ['build.json', jsonBytes({ sources: [] })],
  ]),
  CREATED,
);

describe('openSignedPackage', () => {
  it('opens an unsigned package as it is, saying it is unsigned', () => {
    const opened = openSignedPackage(zip, 'a.zip', PACKAGE_ZIP_LIMITS, NO_TRUSTED_KEYS);
    expect(opened.ok && [...opened.files.keys()]).toEqual(['build.json', 'manifest.json']);
    expect(opened.signature.status).toBe('unsigned');
  });

  it('opens a signed package without its signature entry, trusted or not', async () => {
    const signed = await signZip(zip, bureau, CREATED, CREATED, PACKAGE_ZIP_LIMITS);
    const unknown = openSignedPackage(signed, 'a.zip', PACKAGE_ZIP_LIMITS, NO_TRUSTED_KEYS);
    expect(unknown.ok && [...unknown.files.keys()]).toEqual(['build.json', 'manifest.json']);
    expect(unknown.signature.status).toBe('unknown');
    expect(openSignedPackage(signed, 'a.zip', PACKAGE_ZIP_LIMITS, memoryTrust([trustedKeyOf(bureau)])).signature.status).toBe('trusted');
    expect(unknown.ok && unknown.files.has(SIGNATURE_PATH)).toBe(false);
  });

  it('refuses a package whose signature entry header or key was changed', async () => {
    const signed = await signZip(zip, bureau, CREATED, CREATED, PACKAGE_ZIP_LIMITS);
    const changed = signed.slice();
    const at = splitSignedZip(signed).signature!.localHeaderOffset + 10;
    changed[at] = changed[at]! ^ 2;
    const opened = openSignedPackage(changed, 'a.zip', PACKAGE_ZIP_LIMITS, NO_TRUSTED_KEYS);
    expect(opened).toMatchObject({ ok: false, signature: { status: 'tampered' } });
    expect(opened.signature.message).toEqual({
      zh: 'a.zip 已被篡改：签名项不在签名时的位置或字节被改动',
      en: 'a.zip was tampered with: the signature entry is not where, or not as, it was signed',
    });
    expect(
      openSignedPackage(signed, 'a.zip', PACKAGE_ZIP_LIMITS, memoryTrust([trustedKeyOf(bureau, { revokedAt: '2026-12-01T00:00:00Z' })])).ok,
    ).toBe(false);
  });
});
