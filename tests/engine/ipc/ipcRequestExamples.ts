// Example IPC requests per invoke channel, shared by the contract tests and main's handler tests.
import type { InvokeMethod } from '../../../engine/ipc/index.ts';

export const FILE_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** One valid request per invoke channel; the meta-test below fails if a channel is added without one. */
export const VALID_REQUESTS: { [M in InvokeMethod]: unknown } = {
  chooseFilesToOpen: { purpose: 'plan' },
  readFileBytes: { fileId: FILE_ID },
  saveFileBytes: { suggestedName: '济源蓝图.zip', format: 'zip', bytes: new Uint8Array(3) },
  saveReportPdf: { suggestedName: '合规性审查报告-济源光伏.pdf', html: '<!doctype html><p>报告</p>' },
  openWorkspaceFile: undefined,
  saveWorkspaceFile: { bytes: new Uint8Array(3), suggestedName: '济源.lantu', fileId: FILE_ID },
  listRecentFiles: undefined,
  clearRecentFiles: {},
  getAppInfo: undefined,
  setUiLanguage: { language: 'en' },
  writeLogEntry: { level: 'error', message: 'boom', detail: 'at x' },
  openLogFolder: undefined,
  getStation: undefined,
  initStation: { stationName: '生态环境局-张工', role: 'department', passphrase: '口令' },
  renameStation: { stationName: '生态环境局-李工' },
  signWithStation: { message: new TextEncoder().encode('{"files":[]}') },
  listTrustedKeys: undefined,
  trustKey: { fileText: '{"format":"lantu-public-key/1"}', fileName: 'zhang.pub', fingerprint: '1a2b-3c4d' },
  revokeKey: { fingerprint: '1a2b-3c4d' },
  exportPublicKey: undefined,
  listDataSources: undefined,
  addDataSource: { name: '共享平台', connection: 'host=10.0.0.5 dbname=gis user=clerk sslmode=require', schema: 'lantu', password: '口令' },
  removeDataSource: { id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  listDataSourceLayers: { id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
  readDataSourceLayer: { id: '0f8fad5b-d9cb-469f-a165-70867728950e', layer: 'dept.stbhhx' },
  getPublishedVersion: { id: '0f8fad5b-d9cb-469f-a165-70867728950e' },
};

export const MALFORMED_REQUESTS: { [M in InvokeMethod]: unknown[] } = {
  chooseFilesToOpen: [undefined, { purpose: 'exe' }, { purpose: 'plan', path: '/etc' }, 'plan'],
  readFileBytes: [{ fileId: '../../etc/passwd' }, { fileId: 7 }, {}, { path: '/etc/passwd' }],
  saveFileBytes: [
    { suggestedName: '../x.zip', format: 'zip', bytes: new Uint8Array(1) },
    { suggestedName: 'x.zip', format: 'exe', bytes: new Uint8Array(1) },
    { suggestedName: 'x.zip', format: 'zip', bytes: [1, 2, 3] },
    { suggestedName: 'C:\\x.zip', format: 'zip', bytes: new Uint8Array(1) },
  ],
  saveReportPdf: [
    { suggestedName: '报告.pdf', html: new TextEncoder().encode('<p>x</p>') },
    { suggestedName: '报告.pdf', html: 'x'.repeat(16_000_001) },
    { suggestedName: '报告.pdf', html: '' },
    { suggestedName: '../报告.pdf', html: '<p>x</p>' },
    { suggestedName: '报告.pdf', html: '<p>x</p>', path: '/tmp/x.pdf' },
  ],
  openWorkspaceFile: [{ path: '/tmp/x.lantu' }, 'x', null],
  saveWorkspaceFile: [
    { bytes: new Uint8Array(1) },
    { bytes: 'abc', suggestedName: 'a.lantu' },
    { bytes: new Uint8Array(1), suggestedName: 'a.lantu', fileId: '' },
  ],
  listRecentFiles: [{ all: true }, 5],
  clearRecentFiles: [[]],
  getAppInfo: [{ secret: 1 }],
  setUiLanguage: [{ language: 'fr' }, {}],
  writeLogEntry: [
    { level: 'fatal', message: 'x' },
    { level: 'info', message: '' },
    { level: 'info', message: 'x'.repeat(70_000) },
  ],
  openLogFolder: [{ dir: '/' }],
  getStation: [{ stationId: 'x' }],
  initStation: [
    { stationName: '张工', role: 'admin' },
    { stationName: '', role: 'bureau' },
    { stationName: '张工', role: 'bureau', privateKey: 'x' },
  ],
  renameStation: [{}, { stationName: 7 }],
  signWithStation: [
    { message: 'text' },
    { message: new Uint8Array(1), passphrase: '' },
    { message: new Uint8Array(1), key: new Uint8Array(32) },
  ],
  listTrustedKeys: [{ all: true }],
  trustKey: [
    { fileText: 'x', fileName: '../x.pub', fingerprint: 'f' },
    { fileText: 'x', fileName: 'x.pub' },
    { fileText: '', fileName: 'x.pub', fingerprint: 'f' },
  ],
  revokeKey: [{}, { fingerprint: '' }],
  exportPublicKey: [{ path: '/tmp/x.pub' }],
  listDataSources: [{ all: true }],
  addDataSource: [
    { name: '平台', connection: '' },
    { name: '平台', connection: 'host=x', schema: 'lantu; DROP TABLE x' },
    { name: '平台', connection: 'host=x', sql: 'SELECT 1' },
    { connection: 'host=x' },
  ],
  removeDataSource: [{}, { id: '../x' }],
  listDataSourceLayers: [{ id: 'a', sql: 'SELECT * FROM pg_shadow' }, { id: 7 }],
  readDataSourceLayer: [{ id: 'a' }, { id: 'a', layer: 'x\u0000y' }, { id: 'a', layer: 'a.b', where: '1=1' }],
  getPublishedVersion: [{ id: '' }, { id: 'a', schema: 'x' }],
};
