// Pure. openSignedPackage(bytes, name, limits, trustedKeys) → the package's entries without its signature entry
// and the signature's check (engine/exchange), or throws ZipRefusal / returns a refusal when the signature shows
// tampering, a revoked key or a changed signer: the editor then keeps the workspace as it was. An unsigned package,
// or one signed by a key this installation does not trust, opens with that said.
import {
  checkSignature,
  readSignedZip,
  SIGNATURE_PATH,
  SUBMISSION_BASE_PATH,
  SUBMISSION_FORMAT,
  SUBMISSION_HISTORY_PATH,
  SUBMISSION_ZIP_LIMITS,
  type SignatureCheck,
} from '../../../engine/exchange/index.ts';
import { MANIFEST_PATH, zipEntries } from '../../../engine/package/index.ts';
import type { TrustedKeys } from '../../../engine/sign/index.ts';
import type { ZipLimits } from '../../../engine/zip/index.ts';
import { messages } from '../../i18n/message.ts';

export const NO_TRUSTED_KEYS: TrustedKeys = { lookup: () => null };

export type SignedPackageOpening =
  { ok: true; files: ReadonlyMap<string, Uint8Array>; signature: SignatureCheck } | { ok: false; signature: SignatureCheck };

export function openSignedPackage(bytes: Uint8Array, name: string, limits: ZipLimits, trustedKeys: TrustedKeys): SignedPackageOpening {
  const files = zipEntries(bytes, name, limits);
  if (!files.has(SIGNATURE_PATH)) return { ok: true, files, signature: checkSignature(name, files.get(MANIFEST_PATH), null, trustedKeys) };
  let created = '';
  try {
    const m = JSON.parse(new TextDecoder().decode(files.get(MANIFEST_PATH))) as { created?: unknown };
    if (typeof m.created === 'string') created = m.created;
  } catch {
    // An unreadable manifest fails the signature check below.
  }
  const signed = readSignedZip(bytes, name, limits, created);
  let signature = checkSignature(name, files.get(MANIFEST_PATH), signed.signatureBytes, trustedKeys);
  if (!signed.canonical && signature.status !== 'tampered') {
    signature = {
      ...signature,
      status: 'tampered',
      message: messages('exchangePackageTampered', { name }),
    };
  }
  if (signature.status === 'tampered' || signature.status === 'revoked' || signature.status === 'signer-changed')
    return { ok: false, signature };
  return { ok: true, files: zipEntries(signed.unsigned, name, limits), signature };
}

/**
 * True when `bytes` is a zip that holds a 部门报送包's files (or says it is one): a damaged or tampered submission
 * still goes to the submission dialog, which says what is wrong, instead of being called "not a package".
 */
export function isSubmissionZip(bytes: Uint8Array, name: string): boolean {
  try {
    const files = zipEntries(bytes, name, SUBMISSION_ZIP_LIMITS);
    if (files.has(SUBMISSION_HISTORY_PATH) && files.has(SUBMISSION_BASE_PATH)) return true;
    const manifest = files.get(MANIFEST_PATH);
    return manifest !== undefined && (JSON.parse(new TextDecoder().decode(manifest)) as { format?: unknown }).format === SUBMISSION_FORMAT;
  } catch {
    return false;
  }
}
