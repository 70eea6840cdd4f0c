// Public surface of engine/zip for the shells (main, renderer, scripts); engine modules import each other's files directly.
export { PACKAGE_ZIP_LIMITS, ZipRefusal } from './readZipSafely.ts';
export type { ZipLimits, ZipSource, ZipEntryInfo } from './readZipSafely.ts';
export { inflateZipEntry, listZipEntries } from './readZipSafely.ts';
export { bytesZipSource, inflateZipEntryChunks } from './readZipSafely.ts';
