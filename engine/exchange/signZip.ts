// Pure. signZip(zip, signer, created, signedAt) → the zip with its signature entry (over the zip's manifest.json);
// readSignedZip(zip, file, limits, created) → the unsigned bytes, the signature entry's content, and whether the
// signed zip is exactly what appendSignatureEntry makes of them (so a changed byte anywhere, even in a header or a
// timestamp, is caught, not only a changed file).
import { MANIFEST_PATH } from '../package/checkPackageFiles.ts';
import { inflateZipEntry, listZipEntries, type ZipLimits } from '../zip/readZipSafely.ts';
import type { Signer } from '../sign/index.ts';
import { SIGNATURE_PATH, signatureFileBytes } from './signatureFile.ts';
import { appendSignatureEntry, splitSignedZip } from './signedZip.ts';

export async function signZip(zip: Uint8Array, signer: Signer, created: string, signedAt: string, limits: ZipLimits): Promise<Uint8Array> {
  const entry = listZipEntries(zip, 'zip', limits).find((e) => e.name === MANIFEST_PATH);
  if (!entry) throw new Error(`${MANIFEST_PATH} is missing: only a zip with a manifest can be signed`);
  const manifest = inflateZipEntry(zip, 'zip', entry);
  return appendSignatureEntry(zip, await signatureFileBytes(manifest, signer, signedAt), created);
}

export interface SignedZip {
  unsigned: Uint8Array;
  /** The signature entry's bytes; null when the zip carries none. */
  signatureBytes: Uint8Array | null;
  /** False when a signature entry is there but not where, or not as, appendSignatureEntry writes it. */
  canonical: boolean;
}

/** Throws ZipRefusal on a damaged zip or a bomb (the caller names it). */
export function readSignedZip(zip: Uint8Array, file: string, limits: ZipLimits, created: string): SignedZip {
  const entries = listZipEntries(zip, file, limits).filter((e) => e.name === SIGNATURE_PATH);
  const { unsigned, signature } = splitSignedZip(zip);
  if (entries.length === 0) return { unsigned, signatureBytes: null, canonical: true };
  const signatureBytes = inflateZipEntry(zip, file, entries[entries.length - 1]!);
  if (entries.length !== 1 || !signature) return { unsigned, signatureBytes, canonical: false };
  let again: Uint8Array;
  try {
    again = appendSignatureEntry(unsigned, signatureBytes, created);
  } catch {
    return { unsigned, signatureBytes, canonical: false };
  }
  return { unsigned, signatureBytes, canonical: sameBytes(again, zip) };
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
