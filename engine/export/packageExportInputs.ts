// Pure. packageExportInputs(files, name) → the export inputs a blueprint package was built from (its sources,
// rule pack, policy, targets, resolutions and build record, as `lantu verify` rebuilds it), so a caller can
// rebuild the package's blueprint with prepareExport; or the reason it cannot, in Chinese and English: not a
// package, files that differ from the manifest (named), or an incomplete build record.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { BUILD_PATH, checkPackageFiles, MANIFEST_PATH, type BuildRecord, type Manifest } from '../package/index.ts';
import { exportInputsFromBuild } from './exportInputsFromBuild.ts';
import type { ExportInputs } from './types.ts';
import { say } from '../i18n/index.ts';

export type PackageExportInputs = { ok: true; inputs: ExportInputs; manifest: Manifest } | { ok: false; zh: string; en: string };

const ISSUE_ZH = { modified: '已被修改', removed: '缺失', added: '不在清单中' } as const;

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(createTextDecoder('utf-8').decode(bytes));
  } catch {
    return undefined;
  }
}

export function packageExportInputs(files: ReadonlyMap<string, Uint8Array>, name: string): PackageExportInputs {
  const refuse = (zh: string, en: string): PackageExportInputs => ({
    ok: false,
    ...say('export.packageExportInputs.refuse', { name, detail: { zh: zh, en: en } }),
  });
  const manifest = parseJson(files.get(MANIFEST_PATH)) as Manifest | undefined;
  const build = parseJson(files.get(BUILD_PATH)) as BuildRecord | undefined;
  if (!manifest || !Array.isArray(manifest.files) || !build || !Array.isArray(build.sources)) {
    return refuse(
      '不是蓝图成果包（缺少可读的 manifest.json 或 build.json）',
      'is not a blueprint package (no readable manifest.json or build.json)',
    );
  }
  const issues = checkPackageFiles(files, manifest);
  if (issues.length > 0) {
    return refuse(
      `与其清单不符：${issues
        .slice(0, 5)
        .map((i) => `${i.path}（${ISSUE_ZH[i.kind]}）`)
        .join('、')}`,
      `does not match its manifest: ${issues
        .slice(0, 5)
        .map((i) => `${i.path} (${i.kind})`)
        .join(', ')}`,
    );
  }
  const inputs = exportInputsFromBuild(files, build);
  if (!inputs)
    return refuse(
      '的构建信息（build.json）不完整，无法重建蓝图',
      'has an incomplete build record (build.json): its blueprint cannot be rebuilt',
    );
  return { ok: true, manifest, inputs };
}
