// Node. How a station's private key is kept at rest: sealed under a passphrase (scrypt + AES-256-GCM, the CLI and
// the desktop on a `basic_text` keyring) or by Electron's safeStorage (the OS keychain; passed in as a port so this
// module has no electron import). The stored record says which, so opening needs no outside hint.
import { randomBytes } from 'node:crypto';
import {
  base64ToBytes,
  bytesToBase64,
  isSealedKey,
  newPassphraseProblem,
  openSealedKey,
  sealPrivateKey,
  SealedKeyError,
  stationKeyPairFromSeed,
  type StationKeyPair,
} from '../../../engine/sign/index.ts';
import { nodeAesGcm } from './nodeAesGcm.ts';
import { StationError } from './stationError.ts';
import { say } from '../../i18n/index.ts';

/** The part of Electron's safeStorage this module uses. */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  /** Linux only in Electron; 'basic_text' means a hard-coded password, i.e. no real protection. */
  getSelectedStorageBackend?(): string;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

export const SAFE_STORAGE_KEY_FORMAT = 'lantu-safe-storage-key/1';

export interface SafeStorageKey {
  format: typeof SAFE_STORAGE_KEY_FORMAT;
  publicKey: string;
  /** Base64 of safeStorage.encryptString(base64 of the seed). */
  blob: string;
}

/** True when safeStorage protects for real (available, and not Linux's basic_text fallback). */
export function safeStorageProtects(safeStorage: SafeStoragePort | undefined): safeStorage is SafeStoragePort {
  return safeStorage !== undefined && safeStorage.isEncryptionAvailable() && safeStorage.getSelectedStorageBackend?.() !== 'basic_text';
}

/** A fresh key pair from the OS's CSPRNG. */
export function newStationKeyPair(): StationKeyPair {
  return stationKeyPairFromSeed(new Uint8Array(randomBytes(32)));
}

/** The record to store for `pair`: by safeStorage when it protects, else sealed under `passphrase`. */
export async function storeKey(pair: StationKeyPair, how: { passphrase?: string; safeStorage?: SafeStoragePort }): Promise<unknown> {
  if (safeStorageProtects(how.safeStorage)) {
    const blob = how.safeStorage.encryptString(bytesToBase64(pair.privateKey));
    return {
      format: SAFE_STORAGE_KEY_FORMAT,
      publicKey: bytesToBase64(pair.publicKey),
      blob: blob.toString('base64'),
    } satisfies SafeStorageKey;
  }
  if (how.passphrase === undefined || how.passphrase === '') {
    throw new StationError('needs-passphrase', say('station.stationKeyStore.storeKey'));
  }
  const weak = newPassphraseProblem(how.passphrase);
  if (weak) throw new StationError('refused', weak);
  return sealPrivateKey(
    pair,
    how.passphrase,
    { salt16: new Uint8Array(randomBytes(16)), iv12: new Uint8Array(randomBytes(12)) },
    nodeAesGcm,
  );
}

/** True when opening `stored` needs the passphrase (a sealed key) rather than safeStorage. */
export function keyNeedsPassphrase(stored: unknown): boolean {
  return isSealedKey(stored);
}

/** The key pair in `stored`; StationError 'wrong-passphrase' or 'damaged' otherwise (`file` names the key file). */
export async function openStoredKey(
  stored: unknown,
  file: string,
  how: { passphrase?: string; safeStorage?: SafeStoragePort },
): Promise<StationKeyPair> {
  const damaged = () => new StationError('damaged', say('station.stationKeyStore.damaged', { file }));
  if (isSealedKey(stored)) {
    if (how.passphrase === undefined) throw new StationError('needs-passphrase', say('station.stationKeyStore.openStoredKey'));
    try {
      return await openSealedKey(stored, how.passphrase, nodeAesGcm);
    } catch (error) {
      if (error instanceof SealedKeyError && error.code === 'wrong-passphrase') throw new StationError('wrong-passphrase', error.text);
      throw damaged();
    }
  }
  const s = stored as Partial<SafeStorageKey> | null;
  if (
    typeof s !== 'object' ||
    s === null ||
    s.format !== SAFE_STORAGE_KEY_FORMAT ||
    typeof s.blob !== 'string' ||
    typeof s.publicKey !== 'string'
  )
    throw damaged();
  if (!how.safeStorage || !how.safeStorage.isEncryptionAvailable()) {
    throw new StationError('refused', say('station.stationKeyStore.openStoredKey-2', { file }));
  }
  let seed: Uint8Array | null;
  try {
    seed = base64ToBytes(how.safeStorage.decryptString(Buffer.from(s.blob, 'base64')));
  } catch {
    throw damaged();
  }
  if (!seed || seed.length !== 32) throw damaged();
  const pair = stationKeyPairFromSeed(seed);
  if (bytesToBase64(pair.publicKey) !== s.publicKey) throw damaged();
  return pair;
}
