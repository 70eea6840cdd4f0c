// Ed25519 keys of a station (pure): the shell supplies 32 random bytes, the engine derives the public key,
// signs and verifies. A fingerprint is what two people read to each other over the telephone before a
// public key is trusted, so it is short, grouped and derived from the key alone.
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

export interface StationKeyPair {
  /** 32-byte Ed25519 public key. */
  publicKey: Uint8Array;
  /** 32-byte Ed25519 secret seed: stays in the shell that made it, encrypted at rest. */
  privateKey: Uint8Array;
}

/** The key pair whose secret seed is `seed32` (32 random bytes from the shell's CSPRNG). */
export function stationKeyPairFromSeed(seed32: Uint8Array): StationKeyPair {
  if (seed32.length !== 32) throw new Error(`an Ed25519 seed has 32 bytes, not ${seed32.length}`);
  return { publicKey: ed25519.getPublicKey(seed32), privateKey: seed32.slice() };
}

/** The 64-byte Ed25519 signature of `message`. */
export function signBytes(privateKey: Uint8Array, message: Uint8Array): Uint8Array {
  return ed25519.sign(message, privateKey);
}

/** True when `signature` is `publicKey`'s signature of exactly `message`; false for any malformed input. */
export function verifyBytes(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== 32 || signature.length !== 64) return false;
  try {
    return ed25519.verify(signature, message, publicKey);
  } catch {
    return false;
  }
}

/** SHA-256 of the public key, first 16 bytes as 8 groups of 4 hex digits ("1a2b-3c4d-…"). */
export function keyFingerprint(publicKey: Uint8Array): string {
  const hex = bytesToHex(sha256(publicKey)).slice(0, 32);
  return hex.match(/.{4}/g)!.join('-');
}
