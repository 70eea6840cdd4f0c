// Pure. A signed JSON envelope for the 征求意见 and 部门意见 files: { format, signature, payload } where `payload` is
// the original file text and `signature` is the same record the signed zips use, over the exact payload bytes.
// openSignedJsonFile gives back the payload bytes and the signature check; an older, unsigned file opens as unsigned.
import { strToU8 } from 'fflate';
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { jsonBytes } from '../package/jsonBytes.ts';
import type { Signer, TrustedKeys } from '../sign/index.ts';
import { checkSignature, signatureFileBytes, type SignatureCheck } from './signatureFile.ts';
import { say } from '../i18n/index.ts';

export const SIGNED_JSON_FORMAT = 'lantu-signed-json/1';

export interface OpenedJsonFile {
  /** The original file bytes; null when the envelope is damaged or its payload no longer matches its signature. */
  payload: Uint8Array | null;
  check: SignatureCheck;
}

const strictUtf8 = () => createTextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The envelope around `bytes` (UTF-8 JSON text), signed by `signer`; throws when `bytes` is not UTF-8 text. */
export async function signJsonFile(bytes: Uint8Array, signer: Signer, signedAt: string): Promise<Uint8Array> {
  const payload = strictUtf8().decode(bytes);
  const signature: unknown = JSON.parse(strictUtf8().decode(await signatureFileBytes(bytes, signer, signedAt)));
  return jsonBytes({ format: SIGNED_JSON_FORMAT, signature, payload });
}

/** True when `bytes` look like a signed envelope (the caller then opens it before sniffing the payload's kind). */
export function isSignedJsonFile(bytes: Uint8Array): boolean {
  return envelopeOf(bytes) !== null;
}

function envelopeOf(bytes: Uint8Array): Record<string, unknown> | null {
  let value: unknown;
  try {
    value = JSON.parse(strictUtf8().decode(bytes));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  return record.format === SIGNED_JSON_FORMAT ? record : null;
}

/** Opens `bytes` (file name `name`) against this installation's trust list; never throws. */
export function openSignedJsonFile(bytes: Uint8Array, name: string, trustedKeys: TrustedKeys): OpenedJsonFile {
  const envelope = envelopeOf(bytes);
  if (!envelope) {
    return {
      payload: bytes,
      check: {
        status: 'unsigned',
        message: say('exchange.signedJsonFile.check', { name }),
      },
    };
  }
  const { signature, payload } = envelope;
  if (typeof payload !== 'string' || typeof signature !== 'object' || signature === null) {
    return {
      payload: null,
      check: {
        status: 'tampered',
        message: say('exchange.signedJsonFile.check-2', { name }),
      },
    };
  }
  const payloadBytes = strToU8(payload);
  const check = checkSignature(name, payloadBytes, strToU8(JSON.stringify(signature)), trustedKeys);
  if (check.status !== 'tampered') return { payload: payloadBytes, check };
  // The zip messages speak of manifest.json; here the signed bytes are the file's own content.
  const who = check.signer ? `${check.signer.stationName}（${check.signer.stationId}）` : '';
  const whoEn = check.signer ? `${check.signer.stationName} (${check.signer.stationId})` : '';
  return {
    payload: null,
    check: {
      ...check,
      message: who
        ? say('exchange.signedJsonFile.tampered-by', { name, who: { zh: who, en: whoEn } })
        : say('exchange.signedJsonFile.tampered', { name }),
    },
  };
}
