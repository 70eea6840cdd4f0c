// The desktop app's station over the preload bridge: main keeps the key (safeStorage, or sealed under a
// passphrase on a basic_text keyring) and signs; this side sends bytes and gets signatures back.
import type { IpcResult, LantuApi } from '../../../engine/ipc/index.ts';
import { StationFailure, type StationService } from './types.ts';

async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const r = await result;
  if (r.ok) return r.value;
  // Main already speaks the UI language; both fields carry its message.
  const code = r.error.code === 'wrong-passphrase' || r.error.code === 'needs-passphrase' ? r.error.code : 'refused';
  throw new StationFailure(code, { zh: r.error.message, en: r.error.message });
}

export function createDesktopStationService(api: LantuApi): StationService {
  return {
    kind: 'electron',
    view: () => unwrap(api.getStation()),
    init: ({ stationName, role, passphrase }) => unwrap(api.initStation({ stationName, role, ...(passphrase ? { passphrase } : {}) })),
    rename: (stationName) => unwrap(api.renameStation({ stationName })),
    sign: (message, passphrase) => unwrap(api.signWithStation({ message, ...(passphrase !== undefined ? { passphrase } : {}) })),
    trusted: () => unwrap(api.listTrustedKeys()),
    trust: (fileText, fileName, fingerprint) => unwrap(api.trustKey({ fileText, fileName, fingerprint })),
    revoke: (fingerprint) => unwrap(api.revokeKey({ fingerprint })),
    exportPublicKey: async () => (await unwrap(api.exportPublicKey())) !== null,
  };
}
