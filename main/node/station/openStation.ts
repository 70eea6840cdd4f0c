// Node. One installation's station in a folder (CLI: stationHome(); desktop: the user-data folder): station.json
// (identity, role, public key), station-key.json (mode 0600: sealed under a passphrase, or by safeStorage) and
// trusted-keys.log (append-only). openStation gives { identity, signer(passphrase), trustedKeys, trust, revoke }.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  base64ToBytes,
  bytesToBase64,
  keyFingerprint,
  newStationRecord,
  publicKeyFileOf,
  readPublicKeyFile,
  readStationRecord,
  revokeEntry,
  signBytes,
  stationNameProblem,
  trustedKeysOf,
  trustEntry,
  type PublicKeyFile,
  type Signer,
  type StationRecord,
  type StationRole,
  type TrustedKey,
  type TrustedKeys,
  type TrustLogEntry,
} from '../../../engine/sign/index.ts';
import { atomicWriteFile } from '../atomicWriteFile.ts';
import { StationError } from './stationError.ts';
import { keyNeedsPassphrase, newStationKeyPair, openStoredKey, storeKey, type SafeStoragePort } from './stationKeyStore.ts';
import { appendTrustLog, readTrustLog } from './trustLogFile.ts';
import { say } from '../../i18n/index.ts';

export const STATION_FILE = 'station.json';
export const KEY_FILE = 'station-key.json';
export const TRUST_LOG_FILE = 'trusted-keys.log';

export interface StationOptions {
  /** Electron's safeStorage on the desktop; absent on the CLI (the key is then sealed under a passphrase). */
  safeStorage?: SafeStoragePort;
  /** ISO time source (tests pin it). */
  now?: () => string;
}

export interface OpenedStation {
  identity: StationRecord;
  publicKey: Uint8Array;
  /** True when signing needs the passphrase (the key is sealed under one rather than kept by safeStorage). */
  needsPassphrase: boolean;
  /** A Signer holding the opened key; StationError 'wrong-passphrase' when the passphrase does not open it. */
  signer(passphrase?: string): Promise<Signer>;
  publicKeyFile(): PublicKeyFile;
  trustLog(): Promise<TrustLogEntry[]>;
  trustedKeys(): Promise<TrustedKeys & { list(): TrustedKey[] }>;
  /** Trusts the key in `fileText` once `confirmedFingerprint` matches it; returns the logged entry. */
  trust(fileText: string, fileName: string, confirmedFingerprint: string): Promise<TrustLogEntry>;
  revoke(fingerprint: string): Promise<TrustLogEntry>;
}

const isoNow = () => new Date().toISOString();

async function readJson(path: string): Promise<unknown | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StationError('damaged', say('station.openStation.readJson', { path }));
  }
}

/** The station record in `home`, or null when this installation has none yet. */
export async function readStation(home: string): Promise<StationRecord | null> {
  const path = join(home, STATION_FILE);
  const raw = await readJson(path);
  if (raw === undefined) return null;
  const record = readStationRecord(raw);
  if (!record) throw new StationError('damaged', say('station.openStation.readStation', { path }));
  return record;
}

/** Makes this installation's station: a new id, the name and role, and a new key pair stored at rest. */
export async function initStation(
  home: string,
  input: { stationName: string; role: StationRole; passphrase?: string },
  options: StationOptions = {},
): Promise<StationRecord> {
  const problem = stationNameProblem(input.stationName);
  if (problem) throw new StationError('refused', problem);
  if (await readStation(home)) {
    throw new StationError('station-exists', say('station.openStation.initStation', { join: join(home, STATION_FILE) }));
  }
  const pair = newStationKeyPair();
  const storedKey = await storeKey(pair, { passphrase: input.passphrase, safeStorage: options.safeStorage });
  const record: StationRecord = {
    ...newStationRecord({
      stationId: randomUUID(),
      stationName: input.stationName,
      role: input.role,
      createdAt: (options.now ?? isoNow)(),
    }),
    publicKey: bytesToBase64(pair.publicKey),
    fingerprint: keyFingerprint(pair.publicKey),
  };
  await mkdir(home, { recursive: true, mode: 0o700 });
  // The key first: a station.json without its key would be a station that cannot sign.
  await atomicWriteFile(join(home, KEY_FILE), new TextEncoder().encode(`${JSON.stringify(storedKey, null, 2)}\n`), { mode: 0o600 });
  await atomicWriteFile(join(home, STATION_FILE), new TextEncoder().encode(`${JSON.stringify(record, null, 2)}\n`));
  return record;
}

/** Renames the station (the id, code and key stay). */
export async function renameStation(home: string, stationName: string): Promise<StationRecord> {
  const problem = stationNameProblem(stationName);
  if (problem) throw new StationError('refused', problem);
  const record = await readStation(home);
  if (!record) throw noStation(home);
  const renamed = { ...record, stationName };
  await atomicWriteFile(join(home, STATION_FILE), new TextEncoder().encode(`${JSON.stringify(renamed, null, 2)}\n`));
  return renamed;
}

function noStation(home: string): StationError {
  return new StationError('no-station', say('station.openStation.noStation', { join: join(home, STATION_FILE) }));
}

export async function openStation(home: string, options: StationOptions = {}): Promise<OpenedStation> {
  const identity = await readStation(home);
  if (!identity) throw noStation(home);
  const keyPath = join(home, KEY_FILE);
  const storedKey = await readJson(keyPath);
  const publicKey = identity.publicKey !== undefined ? base64ToBytes(identity.publicKey) : null;
  if (storedKey === undefined || !publicKey || publicKey.length !== 32) {
    throw new StationError('damaged', say('station.openStation.openStation', { keyPath, stationFile: STATION_FILE }));
  }
  const now = options.now ?? isoNow;
  const logPath = join(home, TRUST_LOG_FILE);
  const by = { stationId: identity.stationId, stationName: identity.stationName };
  return {
    identity,
    publicKey,
    needsPassphrase: keyNeedsPassphrase(storedKey),
    async signer(passphrase) {
      const pair = await openStoredKey(storedKey, keyPath, { passphrase, safeStorage: options.safeStorage });
      if (bytesToBase64(pair.publicKey) !== identity.publicKey) {
        throw new StationError('damaged', say('station.openStation.signer', { keyPath, stationFile: STATION_FILE }));
      }
      return {
        stationId: identity.stationId,
        stationName: identity.stationName,
        publicKey: pair.publicKey,
        sign: async (message) => signBytes(pair.privateKey, message),
      };
    },
    publicKeyFile: () => publicKeyFileOf(identity, publicKey),
    trustLog: () => readTrustLog(logPath),
    async trustedKeys() {
      return trustedKeysOf(await readTrustLog(logPath));
    },
    async trust(fileText, fileName, confirmedFingerprint) {
      const read = readPublicKeyFile(fileText, fileName);
      if (!read.ok) throw new StationError('refused', read.error);
      const made = trustEntry(await readTrustLog(logPath), read.file, confirmedFingerprint, by, now());
      if (!made.ok) throw new StationError('refused', made.error);
      await appendTrustLog(logPath, made.entry);
      return made.entry;
    },
    async revoke(fingerprint) {
      const made = revokeEntry(await readTrustLog(logPath), fingerprint, by, now());
      if (!made.ok) throw new StationError('refused', made.error);
      await appendTrustLog(logPath, made.entry);
      return made.entry;
    },
  };
}
