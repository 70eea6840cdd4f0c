// What `lantu verify`, `receipt` and `accept` share about a signed zip: this installation's trust list (empty, with a
// note, when it has no station yet) and the signature check of a zip whose entries are already read, including
// whether the signed container is exactly the unsigned one plus its signature entry (a changed header byte counts).
import { checkSignature, readSignedZip, SIGNATURE_PATH, type SignatureCheck } from '../../engine/exchange/index.ts';
import { MANIFEST_PATH } from '../../engine/package/index.ts';
import type { TrustedKeys } from '../../engine/sign/index.ts';
import type { ZipLimits } from '../../engine/zip/index.ts';
import { openStation, readStation } from '../node/station/openStation.ts';
import type { CliContext } from './context.ts';
import { stationHomeOf } from './stationAccess.ts';
import { say } from '../i18n/index.ts';

const NO_KEYS: TrustedKeys = { lookup: () => null };

/** The installation's trusted keys; none (and a note on stderr) when there is no station here yet. */
export async function trustedKeysOf(ctx: CliContext): Promise<TrustedKeys> {
  const home = stationHomeOf(ctx);
  if (!(await readStation(home))) {
    ctx.err(ctx.t(say('cli.zipSignature.trustedKeysOf', { home })));
    return NO_KEYS;
  }
  return (await openStation(home)).trustedKeys();
}

export interface ZipSignature {
  check: SignatureCheck;
  /** The zip without its signature entry (the zip itself when unsigned). */
  unsigned: Uint8Array;
}

/** The signature of `zip` (entries in `files`); a signature entry not as appendSignatureEntry writes it is tampering. */
export function zipSignature(
  file: string,
  zip: Uint8Array,
  files: ReadonlyMap<string, Uint8Array>,
  created: string,
  limits: ZipLimits,
  trusted: TrustedKeys,
): ZipSignature {
  const signed = readSignedZip(zip, file, limits, created);
  const check = checkSignature(file, files.get(MANIFEST_PATH), files.get(SIGNATURE_PATH) ?? null, trusted);
  if (signed.signatureBytes && !signed.canonical && check.status !== 'tampered') {
    return {
      unsigned: signed.unsigned,
      check: {
        ...check,
        status: 'tampered',
        message: say('cli.zipSignature.check_message', { file, signaturePath: SIGNATURE_PATH }),
      },
    };
  }
  return { unsigned: signed.unsigned, check };
}

/** Statuses that make a command refuse the file (an unsigned or unknown signer is reported, not refused, outside accept). */
export const REFUSED_SIGNATURES: ReadonlySet<SignatureCheck['status']> = new Set(['tampered', 'revoked', 'signer-changed']);

export function signatureLine(check: SignatureCheck, ctx: CliContext): string {
  const mark = check.status === 'trusted' ? '✓' : REFUSED_SIGNATURES.has(check.status) ? '✗' : '!';
  return `${mark} ${ctx.t(check.message)}`;
}
