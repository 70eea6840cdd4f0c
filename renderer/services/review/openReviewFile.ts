// Pure. openReviewFile(bytes, name, trustedKeys) → the 征求意见 / 部门意见 file inside a signed envelope, or a refusal:
// as for submissions, only a trusted signer is accepted (tampered, revoked, changed signer or unknown key are
// refused, the message naming the file); an older unsigned file still opens, reported as unsigned.
import { openSignedJsonFile, type SignatureCheck } from '../../../engine/exchange/index.ts';
import type { TrustedKeys } from '../../../engine/sign/index.ts';

export type ReviewFileOpening = { ok: true; bytes: Uint8Array; check: SignatureCheck } | { ok: false; check: SignatureCheck };

export function openReviewFile(bytes: Uint8Array, name: string, trustedKeys: TrustedKeys): ReviewFileOpening {
  const opened = openSignedJsonFile(bytes, name, trustedKeys);
  const accepted = opened.check.status === 'trusted' || opened.check.status === 'unsigned';
  return accepted && opened.payload ? { ok: true, bytes: opened.payload, check: opened.check } : { ok: false, check: opened.check };
}
