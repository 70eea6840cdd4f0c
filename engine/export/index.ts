// The export pipeline: one implementation for `lantu export`, `lantu verify` and the editor's export worker.
export { buildPackageFromInputs } from './buildPackageFromInputs.ts';
export { prepareExport, type PreparedExport } from './prepareExport.ts';
export { packageSources } from './packageSources.ts';
export { readResolutionsFile } from './readResolutionsFile.ts';
export { SourceRereadError } from './sourceFileOf.ts';
export { workspaceExportInputs, type WorkspaceExport } from './workspaceExportInputs.ts';
export type * from './types.ts';
export { exportInputsFromBuild } from './exportInputsFromBuild.ts';
export { packageExportInputs } from './packageExportInputs.ts';
export { workspaceExportOf, type WorkspaceExportDefaults, type WorkspaceExportOptions } from './workspaceExportOf.ts';
