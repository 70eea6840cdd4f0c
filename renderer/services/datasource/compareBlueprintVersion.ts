// The local workspace against the blueprint published in a data source: by time, since the workspace keeps no
// package hash. 'newer' = edited here after the published blueprint was made; 'older' = published after the last
// local edit; 'same' = no local edit at all, or the last one at the very second the published one was created.
export type VersionRelation = 'same' | 'newer' | 'older';

export function compareBlueprintVersion(publishedCreated: string, lastLocalEditAt: string | undefined): VersionRelation {
  const published = Date.parse(publishedCreated);
  const local = lastLocalEditAt ? Date.parse(lastLocalEditAt) : Number.NaN;
  if (Number.isNaN(local) || Number.isNaN(published)) return 'same';
  const publishedS = Math.floor(published / 1000);
  const localS = Math.floor(local / 1000);
  return localS === publishedS ? 'same' : localS > publishedS ? 'newer' : 'older';
}
