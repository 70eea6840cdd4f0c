// Pure over its ports. A station's private key at rest: a key derived from the passphrase with scrypt, then
// AES-256-GCM. The shell supplies AES-GCM (WebCrypto in Node and the browser) and the random salt and IV, so
// the CLI key file and the browser's IndexedDB record are one format. A wrong passphrase fails GCM's tag check.
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { base64ToBytes, bytesToBase64 } from './base64.ts';
import { stationKeyPairFromSeed, type StationKeyPair } from './stationKeys.ts';
import type { SignMessage } from './signMessage.ts';
import { say } from '../i18n/index.ts';

export const SEALED_KEY_FORMAT = 'lantu-sealed-key/1';

/** scrypt cost: 2^16 × 8 × 128 B = 64 MiB and about a second; kept in the record so it can grow later. */
export const SCRYPT_N = 65_536;

/** AES-256-GCM as the shell gives it; `decrypt` rejects when the tag does not check (wrong key or changed bytes). */
export interface AesGcmPort {
  encrypt(key32: Uint8Array, iv12: Uint8Array, plain: Uint8Array): Promise<Uint8Array>;
  decrypt(key32: Uint8Array, iv12: Uint8Array, sealed: Uint8Array): Promise<Uint8Array>;
}

export interface SealedKey {
  format: typeof SEALED_KEY_FORMAT;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  cipher: 'AES-256-GCM';
  iv: string;
  /** Base64 of the encrypted 32-byte seed with its 16-byte tag. */
  ciphertext: string;
  /** Base64 of the public key, checked again after decryption. */
  publicKey: string;
}

/** Refusal with a message in both languages (the shell prints the chosen one). */
export class SealedKeyError extends Error {
  constructor(
    readonly code: 'wrong-passphrase' | 'not-a-sealed-key' | 'empty-passphrase',
    readonly text: SignMessage,
  ) {
    super(text.en);
  }
}

/** The shortest passphrase a new key is sealed under: scrypt slows each guess to about a second, but three
 *  characters would still fall to a search of days, not years. Counted in characters, so 8 汉字 pass. */
export const MIN_PASSPHRASE_CHARS = 8;

/** Why `passphrase` cannot seal a new station key, or null when it can. Opening an old key checks nothing. */
export function newPassphraseProblem(passphrase: string | undefined): SignMessage | null {
  if (passphrase === undefined || passphrase === '') return say('sign.sealedKey.sealPrivateKey');
  if ([...passphrase].length < MIN_PASSPHRASE_CHARS) return say('sign.sealedKey.newPassphraseProblem', { MIN: MIN_PASSPHRASE_CHARS });
  return null;
}

export async function sealPrivateKey(
  keyPair: StationKeyPair,
  passphrase: string,
  random: { salt16: Uint8Array; iv12: Uint8Array },
  aes: AesGcmPort,
  N: number = SCRYPT_N,
): Promise<SealedKey> {
  if (passphrase.length === 0) throw new SealedKeyError('empty-passphrase', say('sign.sealedKey.sealPrivateKey'));
  const key = await scryptAsync(passphrase, random.salt16, { N, r: 8, p: 1, dkLen: 32 });
  const ciphertext = await aes.encrypt(key, random.iv12, keyPair.privateKey);
  return {
    format: SEALED_KEY_FORMAT,
    kdf: { name: 'scrypt', N, r: 8, p: 1, salt: bytesToBase64(random.salt16) },
    cipher: 'AES-256-GCM',
    iv: bytesToBase64(random.iv12),
    ciphertext: bytesToBase64(ciphertext),
    publicKey: bytesToBase64(keyPair.publicKey),
  };
}

/** True when `value` has the shape of a sealed key (its bytes are checked when it is opened). */
export function isSealedKey(value: unknown): value is SealedKey {
  const v = value as Partial<SealedKey> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === SEALED_KEY_FORMAT &&
    v.cipher === 'AES-256-GCM' &&
    typeof v.iv === 'string' &&
    typeof v.ciphertext === 'string' &&
    typeof v.publicKey === 'string' &&
    typeof v.kdf === 'object' &&
    v.kdf !== null &&
    v.kdf.name === 'scrypt' &&
    Number.isInteger(v.kdf.N) &&
    v.kdf.N >= 1024 &&
    v.kdf.N <= 1_048_576 &&
    v.kdf.r === 8 &&
    v.kdf.p === 1 &&
    typeof v.kdf.salt === 'string'
  );
}

/** The key pair inside `sealed`; SealedKeyError('wrong-passphrase') when the passphrase does not open it. */
export async function openSealedKey(sealed: unknown, passphrase: string, aes: AesGcmPort): Promise<StationKeyPair> {
  const notSealed = new SealedKeyError('not-a-sealed-key', say('sign.sealedKey.notSealed'));
  if (!isSealedKey(sealed)) throw notSealed;
  const salt = base64ToBytes(sealed.kdf.salt);
  const iv = base64ToBytes(sealed.iv);
  const ciphertext = base64ToBytes(sealed.ciphertext);
  const publicKey = base64ToBytes(sealed.publicKey);
  if (!salt || !iv || iv.length !== 12 || !ciphertext || !publicKey) throw notSealed;
  const key = await scryptAsync(passphrase, salt, { N: sealed.kdf.N, r: 8, p: 1, dkLen: 32 });
  let seed: Uint8Array;
  try {
    seed = await aes.decrypt(key, iv, ciphertext);
  } catch {
    throw new SealedKeyError('wrong-passphrase', say('sign.sealedKey.openSealedKey'));
  }
  if (seed.length !== 32) throw notSealed;
  const pair = stationKeyPairFromSeed(seed);
  if (bytesToBase64(pair.publicKey) !== sealed.publicKey) throw notSealed;
  return pair;
}
