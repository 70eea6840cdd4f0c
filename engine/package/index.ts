// Pure. Public surface of the blueprint package: build its files and zip (at once, or file by file for a
// shell that streams the zip), read one back, check its files against the manifest.
export type * from './types.ts';
export { buildPackage } from './buildPackage.ts';
export {
  packageFiles,
  preflight,
  safeName,
  GEOPACKAGE_PATH,
  BUILD_PATH,
  RTREE_NOTE,
  type BuildRecord,
  type PackageFile,
  type PackageFilesEnd,
} from './packageFiles.ts';
export { entryName, entryNames } from './entryName.ts';
export { checkPackageFiles, MANIFEST_PATH, type FileIssue } from './checkPackageFiles.ts';
export { zipFiles, unzipFiles } from './zipFiles.ts';
export { zipEntries } from './zipEntries.ts';
export { createZipWriter, type ZipWriter } from './zipWriter.ts';
export { crc32 } from './crc32.ts';
export { concatBytes } from './concatBytes.ts';
export { sha256Hex } from './sha256Hex.ts';
export { COVERAGE_TABLE, UNDETERMINED_TABLE } from './packageLayers.ts';
export type { SqlJsWriterPort } from './sqlJsWriterPort.ts';
export { jsonBytes } from './jsonBytes.ts';
export { encodeCsv } from './encodeCsv.ts';
export type { CsvCell } from './encodeCsv.ts';
