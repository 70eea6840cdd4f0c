// Pure. The signature entry (`signature.json`) of a signed zip: who signed (station id and name, public key,
// fingerprint), the SHA-256 of the exact manifest.json bytes and an Ed25519 signature over those bytes. The
// manifest lists every other entry's SHA-256, so one signature covers the whole package; the entry itself stays
// outside the manifest, so a package's rebuild (lantu verify) is unchanged by signing.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import type { Message } from '../resolutions/types.ts';
import { jsonBytes } from '../package/jsonBytes.ts';
import { sha256Hex } from '../package/sha256Hex.ts';
import {
  base64ToBytes as fromBase64,
  bytesToBase64 as toBase64,
  keyFingerprint,
  verifyBytes,
  type Signer,
  type TrustedKey,
  type TrustedKeys,
} from '../sign/index.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export const SIGNATURE_PATH = 'signature.json';
export const SIGNATURE_FORMAT = 'lantu-signature';

export interface SignatureFile {
  format: typeof SIGNATURE_FORMAT;
  formatVersion: 1;
  algorithm: 'Ed25519';
  signedEntry: 'manifest.json';
  manifestSha256: string;
  stationId: string;
  stationName: string;
  /** Base64 of the 32-byte public key. */
  publicKey: string;
  fingerprint: string;
  /** ISO time the signer gave; not covered by the signature (the manifest's own time is). */
  signedAt: string;
  /** Base64 of the 64-byte signature over the manifest.json bytes. */
  signature: string;
}

/**
 * trusted: signature good and key on the trust list; unknown: signature good, key not trusted here; revoked: the
 * key was revoked (whatever time the package claims, since a stolen key can back-date); signer-changed: the station
 * named beside the key is not the one the trust list (or the package) names for it; tampered: the signature or the
 * signed bytes were changed; unsigned: no signature entry.
 */
export type SignatureStatus = 'trusted' | 'unknown' | 'revoked' | 'signer-changed' | 'tampered' | 'unsigned';

export interface SignatureCheck {
  status: SignatureStatus;
  /** The signer as signature.json names it, when the entry could be read. */
  signer?: { stationId: string; stationName: string; fingerprint: string };
  /** The trust-list entry of the key, when there is one. */
  trusted?: TrustedKey;
  /** One sentence naming the file, the signer and what is wrong (or right). */
  message: Message;
}

/** signature.json for `manifestBytes`, signed by `signer` (the private key stays behind the port). */
export async function signatureFileBytes(manifestBytes: Uint8Array, signer: Signer, signedAt: string): Promise<Uint8Array> {
  const signature = await signer.sign(manifestBytes);
  const file: SignatureFile = {
    format: SIGNATURE_FORMAT,
    formatVersion: 1,
    algorithm: 'Ed25519',
    signedEntry: 'manifest.json',
    manifestSha256: sha256Hex(manifestBytes),
    stationId: signer.stationId,
    stationName: signer.stationName,
    publicKey: toBase64(signer.publicKey),
    fingerprint: keyFingerprint(signer.publicKey),
    signedAt,
    signature: toBase64(signature),
  };
  return jsonBytes(file);
}

function parseSignatureFile(bytes: Uint8Array): SignatureFile | null {
  let value: unknown;
  try {
    value = JSON.parse(createTextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return null;
  }
  const s = value as Partial<SignatureFile> | null;
  if (typeof s !== 'object' || s === null || s.format !== SIGNATURE_FORMAT || s.formatVersion !== 1 || s.algorithm !== 'Ed25519')
    return null;
  for (const key of ['manifestSha256', 'stationId', 'stationName', 'publicKey', 'fingerprint', 'signedAt', 'signature'] as const) {
    if (typeof s[key] !== 'string') return null;
  }
  return s as SignatureFile;
}

const quoted = (name: string, id: string) => (name ? `${name}（${id}）` : id);
const quotedEn = (name: string, id: string) => (name ? `${name} (${id})` : id);

/**
 * Checks `signatureBytes` (null: no signature entry) against the exact `manifestBytes` and the installation's trust
 * list. `claimedStationId`, when the signed content names its sender (a submission's manifest), must be the signer's.
 */
export function checkSignature(
  file: string,
  manifestBytes: Uint8Array | undefined,
  signatureBytes: Uint8Array | null | undefined,
  trustedKeys: TrustedKeys,
  claimedStationId?: string,
): SignatureCheck {
  if (!signatureBytes) {
    return {
      status: 'unsigned',
      message: say('exchange.signatureFile.checkSignature', { file, SIGNATUREPATH: SIGNATURE_PATH }),
    };
  }
  const s = parseSignatureFile(signatureBytes);
  if (!s)
    return {
      status: 'tampered',
      message: say('exchange.signatureFile.checkSignature-2', { file, SIGNATUREPATH: SIGNATURE_PATH }),
    };
  const publicKey = fromBase64(s.publicKey);
  const signature = fromBase64(s.signature);
  const signer = { stationId: s.stationId, stationName: s.stationName, fingerprint: publicKey ? keyFingerprint(publicKey) : s.fingerprint };
  const who = quoted(s.stationName, s.stationId);
  const whoEn = quotedEn(s.stationName, s.stationId);
  const tampered = (detail: Bilingual): SignatureCheck => ({
    status: 'tampered',
    signer,
    message: say('exchange.signatureFile.tampered', { file, detail, who: { zh: String(who), en: String(whoEn) } }),
  });
  if (!manifestBytes) return tampered(say('exchange.signatureFile.no-manifest'));
  if (!publicKey || !signature || keyFingerprint(publicKey) !== s.fingerprint) return tampered(say('exchange.signatureFile.key-mismatch'));
  if (sha256Hex(manifestBytes) !== s.manifestSha256 || !verifyBytes(publicKey, manifestBytes, signature)) {
    return tampered(say('exchange.signatureFile.bytes-changed'));
  }
  const trusted = trustedKeys.lookup(s.publicKey) ?? undefined;
  if (!trusted) {
    return {
      status: 'unknown',
      signer,
      message: say('exchange.signatureFile.checkSignature-3', {
        file,
        fingerprint: s.fingerprint,
        who: { zh: String(who), en: String(whoEn) },
      }),
    };
  }
  const trustedWho = quoted(trusted.stationName, trusted.stationId);
  const trustedWhoEn = quotedEn(trusted.stationName, trusted.stationId);
  if (trusted.revokedAt !== undefined) {
    return {
      status: 'revoked',
      signer,
      trusted,
      message: say('exchange.signatureFile.checkSignature-4', {
        file,
        fingerprint: s.fingerprint,
        revokedAt: trusted.revokedAt,
        trustedWho: { zh: String(trustedWho), en: String(trustedWhoEn) },
      }),
    };
  }
  if (trusted.stationId !== s.stationId || (claimedStationId !== undefined && claimedStationId !== s.stationId)) {
    const claimed = claimedStationId !== undefined && claimedStationId !== s.stationId ? claimedStationId : s.stationId;
    return {
      status: 'signer-changed',
      signer,
      trusted,
      message: say('exchange.signatureFile.checkSignature-5', {
        file,
        claimed,
        trustedWho: { zh: String(trustedWho), en: String(trustedWhoEn) },
      }),
    };
  }
  return {
    status: 'trusted',
    signer,
    trusted,
    message: say('exchange.signatureFile.checkSignature-6', {
      file,
      fingerprint: s.fingerprint,
      trustedWho: { zh: String(trustedWho), en: String(trustedWhoEn) },
    }),
  };
}
