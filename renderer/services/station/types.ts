// The station as the editor uses it, the same in both shells: the browser build keeps it in its own IndexedDB,
// the desktop app asks main over IPC (the key stays in main). Only signatures and public keys come out.
import type { SignMessage, StationRecord, StationRole, TrustedKey, TrustLogEntry } from '../../../engine/sign/index.ts';

export type StationInfo = Omit<StationRecord, 'format'>;

export interface StationState {
  station: StationInfo | null;
  /** Signing (and, before init, making the key) needs a passphrase typed by the user. */
  passphraseRequired: boolean;
  /** The key was opened in this session: the next signature needs no passphrase. */
  unlocked: boolean;
}

export interface StationSignature {
  signature: Uint8Array;
  publicKey: Uint8Array;
  stationId: string;
  stationName: string;
}

export interface StationService {
  readonly kind: 'browser' | 'electron';
  view(): Promise<StationState>;
  init(input: { stationName: string; role: StationRole; passphrase?: string }): Promise<StationState>;
  rename(stationName: string): Promise<StationState>;
  sign(message: Uint8Array, passphrase?: string): Promise<StationSignature>;
  trusted(): Promise<{ keys: TrustedKey[]; log: TrustLogEntry[] }>;
  trust(fileText: string, fileName: string, confirmedFingerprint: string): Promise<TrustLogEntry>;
  revoke(fingerprint: string): Promise<TrustLogEntry>;
  /** Saves this station's public-key file (a download in a browser, a save dialog on the desktop); false when cancelled. */
  exportPublicKey(): Promise<boolean>;
}

export type StationFailureCode = 'needs-passphrase' | 'wrong-passphrase' | 'refused' | 'damaged' | 'no-station';

/** A refusal of the station service, in both languages (the desktop's come from main in the UI language). */
export class StationFailure extends Error {
  constructor(
    readonly code: StationFailureCode,
    readonly text: SignMessage,
  ) {
    super(text.en);
  }
}
