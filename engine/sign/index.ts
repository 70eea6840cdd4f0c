// Public surface of engine/sign: station key pairs, Ed25519 signatures and key fingerprints.
export { stationKeyPairFromSeed, signBytes, verifyBytes, keyFingerprint } from './stationKeys.ts';
export type { StationKeyPair } from './stationKeys.ts';
export type { Signer, StationIdentity, TrustedKey, TrustedKeys } from './ports.ts';
export { bytesToBase64, base64ToBytes } from './base64.ts';
export {
  sealPrivateKey,
  openSealedKey,
  isSealedKey,
  newPassphraseProblem,
  SealedKeyError,
  MIN_PASSPHRASE_CHARS,
  SEALED_KEY_FORMAT,
  SCRYPT_N,
} from './sealedKey.ts';
export type { AesGcmPort, SealedKey } from './sealedKey.ts';
export type { SignMessage } from './signMessage.ts';
export {
  newStationRecord,
  readStationRecord,
  stationCodeOf,
  stationNameProblem,
  STATION_FORMAT,
  STATION_NAME_MAX,
} from './stationRecord.ts';
export type { StationRecord, StationRole } from './stationRecord.ts';
export { publicKeyFileOf, publicKeyFileText, readPublicKeyFile, normalizeFingerprint, PUBLIC_KEY_FORMAT } from './publicKeyFile.ts';
export type { PublicKeyFile } from './publicKeyFile.ts';
export { trustedKeysFromLog, trustedKeysOf, trustEntry, revokeEntry, readTrustLogEntry } from './trustLog.ts';
export type { TrustLogEntry } from './trustLog.ts';
