// Pure. Checks an IPC request's argument against its channel's shape before main acts on it. Takes the
// API method and the untrusted value, returns the typed request or a `bad-request` error naming the
// channel, the field, what was expected and what was found (Chinese, or English for 'en').
import { say, type Bilingual } from '../i18n/index.ts';
import { IPC_CHANNELS, type InvokeMethod, type RequestOf } from './channels.ts';
import type { IpcError, UiLanguage } from './types.ts';

const OPEN_PURPOSES = ['plan', 'workspace'] as const;
const SAVE_FORMATS = ['zip', 'gpkg', 'geojson', 'csv', 'json', 'html', 'lantu', 'pdf', 'txt', 'pub', 'png'] as const;
const STATION_ROLES = ['bureau', 'department'] as const;
const LOG_LEVELS = ['error', 'warn', 'info'] as const;
const LANGUAGES = ['zh', 'en'] as const;

/** Longest accepted file name and log text; longer is an error, not a truncation. */
export const MAX_NAME_CHARS = 255;
export const MAX_LOG_CHARS = 64_000;
/** Longest report HTML main renders to PDF (a project's report with its maps is well under 2 MB). */
export const MAX_REPORT_HTML_CHARS = 16_000_000;
/** A station name (engine/sign STATION_NAME_MAX is 40 characters; checked again in main), a passphrase, a public-key file. */
export const MAX_STATION_NAME_CHARS = 80;
export const MAX_PASSPHRASE_CHARS = 1024;
export const MAX_PUBLIC_KEY_FILE_CHARS = 64_000;
/** What main signs is a manifest (well under a megabyte for a 300k-parcel package); larger is refused. */
export const MAX_SIGNED_BYTES = 16_000_000;

interface FieldSpec {
  required: boolean;
  check: (value: unknown) => Bilingual | null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `array(${value.length})`;
  if (value instanceof Uint8Array) return `Uint8Array(${value.byteLength})`;
  if (typeof value === 'string') return value.length > 40 ? `string(${value.length})` : JSON.stringify(value);
  if (typeof value === 'object') return 'object';
  return `${typeof value} ${String(value)}`;
}

function expected(what: Bilingual): (value: unknown) => Bilingual {
  return (value) => say('ipc.validateIpcRequest.expected', { what, found: describe(value) });
}

function oneOf(options: readonly string[]): FieldSpec['check'] {
  const fail = expected(say('ipc.validateIpcRequest.one-of', { options: options.join(' / ') }));
  return (value) => (typeof value === 'string' && options.includes(value) ? null : fail(value));
}

function text(maxChars: number): FieldSpec['check'] {
  const fail = expected(say('ipc.validateIpcRequest.text', { maxChars }));
  return (value) => (typeof value === 'string' && value.length > 0 && value.length <= maxChars ? null : fail(value));
}

const fileName: FieldSpec['check'] = (value) => {
  const base = text(MAX_NAME_CHARS)(value);
  if (base) return base;
  const name = value as string;
  // A suggested name is only a default for the dialog, but it must never smuggle a path.
  if (/[\\/:*?"<>|\u0000-\u001f]/.test(name) || name === '.' || name === '..') {
    return say('ipc.validateIpcRequest.file-name', { found: describe(value) });
  }
  return null;
};

const fileId: FieldSpec['check'] = (value) =>
  typeof value === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(value) ? null : expected(say('ipc.validateIpcRequest.file-id'))(value);

const bytes: FieldSpec['check'] = (value) => (value instanceof Uint8Array ? null : expected(say('ipc.validateIpcRequest.bytes'))(value));

const signedBytes: FieldSpec['check'] = (value) =>
  value instanceof Uint8Array && value.byteLength <= MAX_SIGNED_BYTES
    ? null
    : expected(say('ipc.validateIpcRequest.signed-bytes', { maxBytes: MAX_SIGNED_BYTES }))(value);

/** A libpq connection string or URI (a password in it is refused by main, with its reason). */
export const MAX_CONNECTION_CHARS = 2000;

/** A PostgreSQL identifier as Lantu names schemas and tables: letters, digits, underscore (escaped again in main). */
const IDENTIFIER = '[A-Za-z_\\u4e00-\\u9fff][A-Za-z0-9_$\\u4e00-\\u9fff]{0,62}';
const identifier: FieldSpec['check'] = (value) =>
  typeof value === 'string' && new RegExp(`^${IDENTIFIER}$`).test(value) ? null : expected(say('ipc.validateIpcRequest.identifier'))(value);
// Any table name a source lists can be read (main escapes it as an identifier); only control characters are refused.
const layerName: FieldSpec['check'] = (value) =>
  typeof value === 'string' && value.length > 0 && value.length <= 200 && !/[\u0000-\u001f]/.test(value)
    ? null
    : expected(say('ipc.validateIpcRequest.layer-name'))(value);
const onlyTrue: FieldSpec['check'] = (value) => (value === true ? null : expected(say('ipc.validateIpcRequest.true'))(value));
const dataSourceId: FieldSpec['check'] = (value) =>
  typeof value === 'string' && /^[A-Za-z0-9-]{1,64}$/.test(value) ? null : expected(say('ipc.validateIpcRequest.data-source-id'))(value);

const FIELDS: { [M in InvokeMethod]: Record<string, FieldSpec> | 'none' } = {
  chooseFilesToOpen: { purpose: { required: true, check: oneOf(OPEN_PURPOSES) } },
  readFileBytes: { fileId: { required: true, check: fileId } },
  saveFileBytes: {
    suggestedName: { required: true, check: fileName },
    format: { required: true, check: oneOf(SAVE_FORMATS) },
    bytes: { required: true, check: bytes },
  },
  saveReportPdf: {
    suggestedName: { required: true, check: fileName },
    html: { required: true, check: text(MAX_REPORT_HTML_CHARS) },
  },
  openWorkspaceFile: 'none',
  saveWorkspaceFile: {
    bytes: { required: true, check: bytes },
    suggestedName: { required: true, check: fileName },
    fileId: { required: false, check: fileId },
  },
  listRecentFiles: 'none',
  clearRecentFiles: 'none',
  getAppInfo: 'none',
  setUiLanguage: { language: { required: true, check: oneOf(LANGUAGES) } },
  writeLogEntry: {
    level: { required: true, check: oneOf(LOG_LEVELS) },
    message: { required: true, check: text(MAX_LOG_CHARS) },
    detail: { required: false, check: text(MAX_LOG_CHARS) },
  },
  openLogFolder: 'none',
  getStation: 'none',
  initStation: {
    stationName: { required: true, check: text(MAX_STATION_NAME_CHARS) },
    role: { required: true, check: oneOf(STATION_ROLES) },
    passphrase: { required: false, check: text(MAX_PASSPHRASE_CHARS) },
  },
  renameStation: { stationName: { required: true, check: text(MAX_STATION_NAME_CHARS) } },
  signWithStation: { message: { required: true, check: signedBytes }, passphrase: { required: false, check: text(MAX_PASSPHRASE_CHARS) } },
  listTrustedKeys: 'none',
  trustKey: {
    fileText: { required: true, check: text(MAX_PUBLIC_KEY_FILE_CHARS) },
    fileName: { required: true, check: fileName },
    fingerprint: { required: true, check: text(200) },
  },
  revokeKey: { fingerprint: { required: true, check: text(200) } },
  exportPublicKey: 'none',
  listDataSources: 'none',
  addDataSource: {
    name: { required: true, check: text(MAX_STATION_NAME_CHARS) },
    connection: { required: true, check: text(MAX_CONNECTION_CHARS) },
    schema: { required: false, check: identifier },
    password: { required: false, check: text(MAX_PASSPHRASE_CHARS) },
    replaces: { required: false, check: dataSourceId },
    clearPassword: { required: false, check: onlyTrue },
  },
  removeDataSource: { id: { required: true, check: dataSourceId } },
  listDataSourceLayers: { id: { required: true, check: dataSourceId } },
  readDataSourceLayer: { id: { required: true, check: dataSourceId }, layer: { required: true, check: layerName } },
  getPublishedVersion: { id: { required: true, check: dataSourceId } },
};

export type ValidatedRequest<M extends InvokeMethod> = { ok: true; value: RequestOf<M> } | { ok: false; error: IpcError };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

export function validateIpcRequest<M extends InvokeMethod>(method: M, value: unknown, lang: UiLanguage = 'zh'): ValidatedRequest<M> {
  const channel = IPC_CHANNELS[method].channel;
  const fail = (detail: Bilingual): ValidatedRequest<M> => ({
    ok: false,
    error: { code: 'bad-request', message: say('ipc.validateIpcRequest.refused', { channel, detail })[lang] },
  });
  const fields: Record<string, FieldSpec> | 'none' = FIELDS[method];
  if (fields === 'none') {
    if (value === undefined || (isPlainObject(value) && Object.keys(value).length === 0)) return { ok: true, value: {} as RequestOf<M> };
    return fail(say('ipc.validateIpcRequest.no-argument', { found: describe(value) }));
  }
  if (!isPlainObject(value)) return fail(say('ipc.validateIpcRequest.not-object', { found: describe(value) }));
  // Own properties only: `key in fields` would admit "toString", "constructor" and "__proto__" from Object.prototype.
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string') return fail(say('ipc.validateIpcRequest.symbol-field'));
    if (!Object.hasOwn(fields, key)) return fail(say('ipc.validateIpcRequest.unexpected-field', { key }));
  }
  for (const [key, spec] of Object.entries(fields)) {
    const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
    if (fieldValue === undefined) {
      if (spec.required) return fail(say('ipc.validateIpcRequest.missing-field', { key }));
      continue;
    }
    const problem = spec.check(fieldValue);
    if (problem) return fail(say('ipc.validateIpcRequest.field', { key, problem }));
  }
  return { ok: true, value: value as RequestOf<M> };
}
