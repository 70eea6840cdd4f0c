// Pure. The channel table: every `LantuApi` method with its `domain:verb-noun` channel and direction.
// Preload exposes exactly these methods; main registers exactly the `invoke` channels.
import type { LantuApi } from './LantuApi.ts';

export type ChannelKind = 'invoke' | 'event';

export interface ChannelSpec {
  channel: string;
  kind: ChannelKind;
}

export const IPC_CHANNELS = {
  chooseFilesToOpen: { channel: 'file:choose-open', kind: 'invoke' },
  readFileBytes: { channel: 'file:read-bytes', kind: 'invoke' },
  saveFileBytes: { channel: 'file:save-bytes', kind: 'invoke' },
  saveReportPdf: { channel: 'file:save-report-pdf', kind: 'invoke' },
  openWorkspaceFile: { channel: 'workspace:open-file', kind: 'invoke' },
  saveWorkspaceFile: { channel: 'workspace:save-file', kind: 'invoke' },
  listRecentFiles: { channel: 'recent:list-files', kind: 'invoke' },
  clearRecentFiles: { channel: 'recent:clear-files', kind: 'invoke' },
  getAppInfo: { channel: 'app:get-info', kind: 'invoke' },
  setUiLanguage: { channel: 'app:set-language', kind: 'invoke' },
  writeLogEntry: { channel: 'log:write-entry', kind: 'invoke' },
  openLogFolder: { channel: 'log:open-folder', kind: 'invoke' },
  getStation: { channel: 'station:get-identity', kind: 'invoke' },
  initStation: { channel: 'station:create-identity', kind: 'invoke' },
  renameStation: { channel: 'station:rename-identity', kind: 'invoke' },
  signWithStation: { channel: 'station:sign-bytes', kind: 'invoke' },
  listTrustedKeys: { channel: 'keys:list-trusted', kind: 'invoke' },
  trustKey: { channel: 'keys:trust-key', kind: 'invoke' },
  revokeKey: { channel: 'keys:revoke-key', kind: 'invoke' },
  exportPublicKey: { channel: 'keys:export-public', kind: 'invoke' },
  listDataSources: { channel: 'datasource:list-sources', kind: 'invoke' },
  addDataSource: { channel: 'datasource:add-source', kind: 'invoke' },
  removeDataSource: { channel: 'datasource:remove-source', kind: 'invoke' },
  listDataSourceLayers: { channel: 'datasource:list-layers', kind: 'invoke' },
  readDataSourceLayer: { channel: 'datasource:read-layer', kind: 'invoke' },
  getPublishedVersion: { channel: 'datasource:get-published-version', kind: 'invoke' },
  onMenuCommand: { channel: 'menu:command', kind: 'event' },
  onFilesOpened: { channel: 'file:opened', kind: 'event' },
} as const satisfies Record<keyof LantuApi, ChannelSpec>;

export type ApiMethod = keyof typeof IPC_CHANNELS;

type KindOf<K extends ChannelKind> = { [M in ApiMethod]: (typeof IPC_CHANNELS)[M]['kind'] extends K ? M : never }[ApiMethod];
export type InvokeMethod = KindOf<'invoke'>;
export type EventMethod = KindOf<'event'>;
export type InvokeChannel = (typeof IPC_CHANNELS)[InvokeMethod]['channel'];
export type EventChannel = (typeof IPC_CHANNELS)[EventMethod]['channel'];

export const API_METHODS = Object.keys(IPC_CHANNELS) as ApiMethod[];
export const INVOKE_METHODS = API_METHODS.filter((m) => IPC_CHANNELS[m].kind === 'invoke') as InvokeMethod[];
export const EVENT_METHODS = API_METHODS.filter((m) => IPC_CHANNELS[m].kind === 'event') as EventMethod[];
export const INVOKE_CHANNELS: readonly InvokeChannel[] = INVOKE_METHODS.map((m) => IPC_CHANNELS[m].channel);
export const EVENT_CHANNELS: readonly EventChannel[] = EVENT_METHODS.map((m) => IPC_CHANNELS[m].channel);

/** Request type of each invoke channel, from the interface. */
export type RequestOf<M extends InvokeMethod> = Parameters<LantuApi[M]>[0];
/** Result value type of each invoke channel. */
export type ValueOf<M extends InvokeMethod> =
  Awaited<ReturnType<LantuApi[M]>> extends infer R ? (R extends { ok: true; value: infer V } ? V : never) : never;
