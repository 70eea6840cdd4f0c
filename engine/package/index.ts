// Pure. Public surface of the blueprint package: build its files and zip, read one back, check its files
// against the manifest.
export type * from './types.ts';
export { buildPackage, preflight, safeName, GEOPACKAGE_PATH, BUILD_PATH, RTREE_NOTE, type BuildRecord } from './buildPackage.ts';
export { compareRebuild } from './compareRebuild.ts';
export { checkPackageFiles, MANIFEST_PATH, type FileIssue } from './checkPackageFiles.ts';
export { zipFiles, unzipFiles } from './zipFiles.ts';
export { sha256Hex } from './sha256Hex.ts';
export { COVERAGE_TABLE, UNDETERMINED_TABLE } from './packageLayers.ts';
export type { SqlJsWriterPort } from './sqlJsWriterPort.ts';
