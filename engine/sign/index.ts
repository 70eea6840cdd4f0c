// Public surface of engine/sign: station key pairs, Ed25519 signatures and key fingerprints.
export { stationKeyPairFromSeed, signBytes, verifyBytes, keyFingerprint } from './stationKeys.ts';
export type { StationKeyPair } from './stationKeys.ts';
export type { Signer, StationIdentity, TrustedKey, TrustedKeys } from './ports.ts';
