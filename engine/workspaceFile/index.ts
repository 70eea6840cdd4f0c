// Pure. The `.lantu` workspace-file container.
export * from './types.ts';
export { packWorkspaceFile, type PackWorkspaceOptions } from './packWorkspaceFile.ts';
export { unpackWorkspaceFile, type UnpackWorkspaceOptions } from './unpackWorkspaceFile.ts';
export { isSafeEntryPath } from './isSafeEntryPath.ts';
