// Pure. The typed contract between renderer and main.
export type { LantuApi, Unsubscribe } from './LantuApi.ts';
export * from './types.ts';
export * from './channels.ts';
export * from './menuCommands.ts';
export { extensionOf, fileKindOf, PLAN_FILE_EXTENSIONS } from './fileKindOf.ts';
export { validateIpcRequest, MAX_LOG_CHARS, MAX_NAME_CHARS, MAX_REPORT_HTML_CHARS, type ValidatedRequest } from './validateIpcRequest.ts';
export { FILE_DRAG_CHANNEL, FILE_DRAG_REPORT_INTERVAL_MS } from './shellChannels.ts';
