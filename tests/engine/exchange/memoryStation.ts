// In-memory stations for the exchange tests: a Signer from a fixed seed and a trust list held in an array (the
// shells keep keys encrypted and trust lists on disk; the engine only sees these two ports).
import {
  bytesToBase64 as toBase64,
  keyFingerprint,
  signBytes,
  stationKeyPairFromSeed,
  type Signer,
  type TrustedKey,
  type TrustedKeys,
} from '../../../engine/sign/index.ts';

export function memorySigner(seedByte: number, stationId: string, stationName: string): Signer {
  const pair = stationKeyPairFromSeed(new Uint8Array(32).fill(seedByte));
  return { stationId, stationName, publicKey: pair.publicKey, sign: async (message) => signBytes(pair.privateKey, message) };
}

export function trustedKeyOf(signer: Signer, extra: Partial<TrustedKey> = {}): TrustedKey {
  return {
    stationId: signer.stationId,
    stationName: signer.stationName,
    publicKey: toBase64(signer.publicKey),
    fingerprint: keyFingerprint(signer.publicKey),
    addedAt: '2026-12-01T00:00:00Z',
    ...extra,
  };
}

export function memoryTrust(keys: TrustedKey[]): TrustedKeys {
  return { lookup: (publicKey) => keys.find((k) => k.publicKey === publicKey) ?? null };
}
