// Pure. sortFindings(findings) → a new array in a stable, documented order: level (fatal, quality,
// warning), then feature index (document-level findings first), then path, then code.
import type { Finding } from './types.ts';

const LEVEL_RANK = { fatal: 0, quality: 1, warning: 2 } as const;

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      (a.featureIndex ?? -1) - (b.featureIndex ?? -1) ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
