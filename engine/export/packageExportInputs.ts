// Pure. packageExportInputs(files, name) → the export inputs a blueprint package was built from (its sources,
// rule pack, policy, targets, resolutions and build record, as `lantu verify` rebuilds it), so a caller can
// rebuild the package's blueprint with prepareExport; or the reason it cannot, in Chinese and English: not a
// package, files that differ from the manifest (named), or an incomplete build record.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { BUILD_PATH, checkPackageFiles, MANIFEST_PATH, type BuildRecord, type Manifest } from '../package/index.ts';
import { exportInputsFromBuild } from './exportInputsFromBuild.ts';
import type { ExportInputs } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export type PackageExportInputs = { ok: true; inputs: ExportInputs; manifest: Manifest } | { ok: false; zh: string; en: string };

const ISSUE_KIND = {
  modified: 'export.packageExportInputs.modified',
  removed: 'export.packageExportInputs.removed',
  added: 'export.packageExportInputs.added',
} as const;

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(createTextDecoder('utf-8').decode(bytes));
  } catch {
    return undefined;
  }
}

export function packageExportInputs(files: ReadonlyMap<string, Uint8Array>, name: string): PackageExportInputs {
  const refuse = (detail: Bilingual): PackageExportInputs => ({ ok: false, ...say('export.packageExportInputs.refuse', { name, detail }) });
  const manifest = parseJson(files.get(MANIFEST_PATH)) as Manifest | undefined;
  const build = parseJson(files.get(BUILD_PATH)) as BuildRecord | undefined;
  if (!manifest || !Array.isArray(manifest.files) || !build || !Array.isArray(build.sources)) {
    return refuse(say('export.packageExportInputs.not-package'));
  }
  const issues = checkPackageFiles(files, manifest);
  if (issues.length > 0) {
    const listed = issues.slice(0, 5).map((i) => say('export.packageExportInputs.issue', { path: i.path, kind: say(ISSUE_KIND[i.kind]) }));
    const joined = { zh: listed.map((t) => t.zh).join('、'), en: listed.map((t) => t.en).join(', ') };
    return refuse(say('export.packageExportInputs.mismatch', { issues: joined }));
  }
  const inputs = exportInputsFromBuild(files, build);
  if (!inputs) return refuse(say('export.packageExportInputs.incomplete-build'));
  return { ok: true, manifest, inputs };
}
