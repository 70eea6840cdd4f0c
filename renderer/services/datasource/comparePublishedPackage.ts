// Pure. The blueprint published in a data source against this workspace, by package hash (not by time): the
// workspace records the SHA-256 of the package it last exported and the last command it held then. 'same' = that
// package is the published one and nothing changed since; 'changed' = it is, but the workspace has changed since;
// 'different' = the published package is another one; 'none' = this workspace has never exported a package.
import type { LastExport } from '../../store/types.ts';

export type PackageRelation = 'same' | 'changed' | 'different' | 'none';

export function comparePublishedPackage(
  publishedSha256: string,
  lastExport: LastExport | null,
  lastCommandId: string | null,
): PackageRelation {
  if (!lastExport) return 'none';
  if (lastExport.packageSha256.toLowerCase() !== publishedSha256.toLowerCase()) return 'different';
  return lastExport.afterCommandId === lastCommandId ? 'same' : 'changed';
}
