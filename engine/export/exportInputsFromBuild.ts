// Pure. exportInputsFromBuild(files, build) → the export inputs a package's build record names (sources, rule pack,
// policy, targets, resolutions, the project register), taken from the package's own files; null when the record
// names a file the package lacks, so the package cannot be rebuilt. Used by `lantu verify`. The plans are read from
// `files` when needed, not held: a 300k-parcel city's are 290 MB. `files` must give new bytes on each ask, as
// zipEntries does (it inflates the entry again), since the package's writer takes a plan's bytes.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import type { BuildRecord } from '../package/index.ts';
import type { ExportInputs, NamedBytes, RereadableBytes } from './types.ts';

function isJsonNull(bytes: Uint8Array): boolean {
  try {
    return JSON.parse(createTextDecoder('utf-8').decode(bytes)) === null;
  } catch {
    return false;
  }
}

export function exportInputsFromBuild(files: ReadonlyMap<string, Uint8Array>, build: BuildRecord): ExportInputs | null {
  const input = (path: string | undefined): NamedBytes | null =>
    path !== undefined && files.has(path) ? { file: path, bytes: files.get(path)! } : null;
  const sources = build.sources.map((path): RereadableBytes | null =>
    files.has(path) ? { file: path, read: () => files.get(path)! } : null,
  );
  const pack = input(build.rulePack);
  const policy = input(build.policy);
  if (!pack || !policy || sources.length === 0 || sources.some((s) => s === null)) return null;
  // A package with projects names its register in build.json (review/projects.json, review/opinions.json).
  const reviewProjects = input(build.review?.projects);
  const reviewOpinions = input(build.review?.opinions);
  if (build.review && (!reviewProjects || !reviewOpinions)) return null;
  const targets = input(build.targets);
  return {
    sources: sources as RereadableBytes[],
    pack,
    policy,
    // A package without targets holds `null` in targets.json.
    targets: targets && !isJsonNull(targets.bytes) ? targets : null,
    resolutions: input(build.resolutions),
    created: build.created,
    draft: build.mode === 'draft',
    toolVersion: build.tool.version,
    review: reviewProjects && reviewOpinions ? { projects: reviewProjects, opinions: reviewOpinions } : null,
  };
}
