// The browser build's station: identity, sealed key and trust log in the `lantu-station` IndexedDB (StationDb).
// The private key is sealed under the user's passphrase (scrypt → AES-256-GCM, engine/sign) before it is stored,
// is opened only to sign, and then stays in this closure for the session; it never enters the workspace database.
import {
  bytesToBase64,
  keyFingerprint,
  newPassphraseProblem,
  newStationRecord,
  openSealedKey,
  publicKeyFileOf,
  publicKeyFileText,
  readPublicKeyFile,
  readStationRecord,
  revokeEntry,
  sealPrivateKey,
  SealedKeyError,
  signBytes,
  stationKeyPairFromSeed,
  stationNameProblem,
  trustedKeysFromLog,
  trustEntry,
  base64ToBytes,
  SCRYPT_N,
  type StationKeyPair,
  type StationRecord,
  type TrustLogEntry,
} from '../../../engine/sign/index.ts';
import { StationDb } from '../../db/StationDb.ts';
import { messages } from '../../i18n/message.ts';
import { createPlatform } from '../platform/createPlatform.ts';
import { StationFailure, type StationService, type StationState } from './types.ts';
import { webAesGcm } from './webAesGcm.ts';

export function createBrowserStation(options: { db?: StationDb; now?: () => string; scryptN?: number } = {}): StationService {
  const db = options.db ?? new StationDb();
  const now = options.now ?? (() => new Date().toISOString());
  let opened: StationKeyPair | undefined;

  async function record(): Promise<StationRecord | null> {
    const row = await db.self.get('station');
    if (!row) return null;
    const r = readStationRecord(row.value);
    if (!r) throw new StationFailure('damaged', messages('stationRecordDamaged'));
    return r;
  }

  async function required(): Promise<StationRecord> {
    const r = await record();
    if (!r) throw new StationFailure('no-station', messages('stationNoneInBrowser'));
    return r;
  }

  async function view(): Promise<StationState> {
    const r = await record();
    return { station: r ? stripFormat(r) : null, passphraseRequired: true, unlocked: opened !== undefined };
  }

  async function trustLog(): Promise<TrustLogEntry[]> {
    return (await db.trustLog.orderBy('seq').toArray()).map((row) => row.entry);
  }

  return {
    kind: 'browser',
    view,
    async init({ stationName, role, passphrase }) {
      const problem = stationNameProblem(stationName);
      if (problem) throw new StationFailure('refused', problem);
      if (!passphrase) throw new StationFailure('needs-passphrase', messages('stationPassphraseToSeal'));
      const weak = newPassphraseProblem(passphrase);
      if (weak) throw new StationFailure('refused', weak);
      const pair = stationKeyPairFromSeed(crypto.getRandomValues(new Uint8Array(32)));
      const sealed = await sealPrivateKey(
        pair,
        passphrase,
        { salt16: crypto.getRandomValues(new Uint8Array(16)), iv12: crypto.getRandomValues(new Uint8Array(12)) },
        webAesGcm,
        options.scryptN ?? SCRYPT_N,
      );
      const station: StationRecord = {
        ...newStationRecord({ stationId: crypto.randomUUID(), stationName, role, createdAt: now() }),
        publicKey: bytesToBase64(pair.publicKey),
        fingerprint: keyFingerprint(pair.publicKey),
      };
      await db.transaction('rw', db.self, async () => {
        if (await db.self.get('station')) throw new StationFailure('refused', messages('stationAlreadySet'));
        await db.self.put({ key: 'key', value: sealed });
        await db.self.put({ key: 'station', value: station });
      });
      opened = pair;
      return view();
    },
    async rename(stationName) {
      const problem = stationNameProblem(stationName);
      if (problem) throw new StationFailure('refused', problem);
      const r = await required();
      await db.self.put({ key: 'station', value: { ...r, stationName } });
      return view();
    },
    async sign(message, passphrase) {
      const r = await required();
      if (!opened) {
        if (passphrase === undefined) throw new StationFailure('needs-passphrase', messages('stationEnterPassphrase'));
        const sealed = (await db.self.get('key'))?.value;
        try {
          const pair = await openSealedKey(sealed, passphrase, webAesGcm);
          if (bytesToBase64(pair.publicKey) !== r.publicKey) throw new SealedKeyError('not-a-sealed-key', { zh: '', en: '' });
          opened = pair;
        } catch (error) {
          if (error instanceof SealedKeyError && error.code === 'wrong-passphrase')
            throw new StationFailure('wrong-passphrase', error.text);
          throw new StationFailure('damaged', messages('stationKeyDamaged'));
        }
      }
      return {
        signature: signBytes(opened.privateKey, message),
        publicKey: opened.publicKey,
        stationId: r.stationId,
        stationName: r.stationName,
      };
    },
    async trusted() {
      const log = await trustLog();
      return { keys: trustedKeysFromLog(log), log };
    },
    async trust(fileText, fileName, confirmedFingerprint) {
      const r = await required();
      const read = readPublicKeyFile(fileText, fileName);
      if (!read.ok) throw new StationFailure('refused', read.error);
      return db.transaction('rw', db.trustLog, async () => {
        const made = trustEntry(
          (await db.trustLog.orderBy('seq').toArray()).map((row) => row.entry),
          read.file,
          confirmedFingerprint,
          r,
          now(),
        );
        if (!made.ok) throw new StationFailure('refused', made.error);
        await db.trustLog.add({ entry: made.entry });
        return made.entry;
      });
    },
    async revoke(fingerprint) {
      const r = await required();
      return db.transaction('rw', db.trustLog, async () => {
        const made = revokeEntry(
          (await db.trustLog.orderBy('seq').toArray()).map((row) => row.entry),
          fingerprint,
          r,
          now(),
        );
        if (!made.ok) throw new StationFailure('refused', made.error);
        await db.trustLog.add({ entry: made.entry });
        return made.entry;
      });
    },
    async exportPublicKey() {
      const r = await required();
      const key = base64ToBytes(r.publicKey ?? '');
      if (!key) throw new StationFailure('damaged', messages('stationNoPublicKey'));
      const text = publicKeyFileText(publicKeyFileOf(r, key));
      const saved = await createPlatform().saveFile(new TextEncoder().encode(text), {
        suggestedName: `${r.stationName}.pub`,
        format: 'pub',
      });
      return saved !== null;
    },
  };
}

function stripFormat(r: StationRecord): Omit<StationRecord, 'format'> {
  const { format: _format, ...rest } = r;
  return rest;
}
