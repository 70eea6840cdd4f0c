// Node. The desktop app's station, behind main's IPC: kept in `<userData>/station` (same files as the CLI's), the
// private key held by Electron's safeStorage, or sealed under a passphrase when safeStorage is only `basic_text`.
// Signing happens here, in main: the renderer sends bytes and gets a signature back, never the key.
import {
  publicKeyFileText,
  type Signer,
  type StationRecord,
  type StationRole,
  type TrustedKey,
  type TrustLogEntry,
} from '../../../engine/sign/index.ts';
import { initStation, openStation, readStation, renameStation, type OpenedStation } from './openStation.ts';
import { StationError } from './stationError.ts';
import { safeStorageProtects, type SafeStoragePort } from './stationKeyStore.ts';
import { say } from '../../i18n/index.ts';

/** What the renderer may know about the station: no key material beyond the public key. */
export interface StationView {
  station: StationRecord | null;
  /** True when the key is (or, before init, will be) sealed under a passphrase the user types. */
  passphraseRequired: boolean;
  /** True when this session already opened the key (no passphrase asked for the next signature). */
  unlocked: boolean;
}

export interface DesktopStation {
  view(): Promise<StationView>;
  init(input: { stationName: string; role: StationRole; passphrase?: string }): Promise<StationView>;
  rename(stationName: string): Promise<StationView>;
  /** The station's signature of `message`; `passphrase` only when the key is sealed and not yet opened. */
  sign(
    message: Uint8Array,
    passphrase?: string,
  ): Promise<{ signature: Uint8Array; publicKey: Uint8Array; stationId: string; stationName: string }>;
  trusted(): Promise<{ keys: TrustedKey[]; log: TrustLogEntry[] }>;
  trust(fileText: string, fileName: string, confirmedFingerprint: string): Promise<TrustLogEntry>;
  revoke(fingerprint: string): Promise<TrustLogEntry>;
  publicKeyFileText(): Promise<string>;
}

export function createDesktopStation(options: { home: string; safeStorage: SafeStoragePort; now?: () => string }): DesktopStation {
  const { home, safeStorage } = options;
  let opened: OpenedStation | undefined;
  let signer: Signer | undefined;

  async function station(): Promise<OpenedStation> {
    opened ??= await openStation(home, { safeStorage, now: options.now });
    return opened;
  }

  async function view(): Promise<StationView> {
    const record = await readStation(home);
    if (!record) return { station: null, passphraseRequired: !safeStorageProtects(safeStorage), unlocked: false };
    const s = await station();
    return { station: s.identity, passphraseRequired: s.needsPassphrase, unlocked: signer !== undefined };
  }

  return {
    view,
    async init(input) {
      await initStation(home, input, { safeStorage, now: options.now });
      opened = undefined;
      signer = undefined;
      return view();
    },
    async rename(stationName) {
      await renameStation(home, stationName);
      opened = undefined;
      signer = undefined;
      return view();
    },
    async sign(message, passphrase) {
      if (!signer) {
        const s = await station();
        if (s.needsPassphrase && passphrase === undefined) {
          throw new StationError('needs-passphrase', say('station.desktopStation.sign'));
        }
        signer = await s.signer(passphrase);
      }
      return {
        signature: await signer.sign(message),
        publicKey: signer.publicKey,
        stationId: signer.stationId,
        stationName: signer.stationName,
      };
    },
    async trusted() {
      const s = await station();
      const log = await s.trustLog();
      return { keys: (await s.trustedKeys()).list(), log };
    },
    async trust(fileText, fileName, confirmedFingerprint) {
      return (await station()).trust(fileText, fileName, confirmedFingerprint);
    },
    async revoke(fingerprint) {
      return (await station()).revoke(fingerprint);
    },
    async publicKeyFileText() {
      return publicKeyFileText((await station()).publicKeyFile());
    },
  };
}
