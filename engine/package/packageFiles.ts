// Pure (SQLite through the sql.js port). packageFiles(input) → a generator of the blueprint package's files in
// zip order (sorted by path, manifest.json in its place), each encoded only when its turn comes so the caller can
// zip and release it; it returns the manifest, or the reasons a final package is refused (preflight: open
// blockers and 待定 areas; with `draft` the same reasons are listed in a package marked 草稿) before any file.
// The files after manifest.json in zip order (policy, reports, ledger, rules, sources, targets: small, or inputs
// already in memory) are encoded just before it, since the manifest lists their SHA-256. The same input, creation time
// included, gives byte-identical files in any JavaScript engine (precision.ts); build.json records what a
// rebuild (lantu verify) needs.
import { buildGeoPackage } from './buildGeoPackage.ts';
import { buildReportHtml } from './buildReportHtml.ts';
import { CONFLICT_STATUS_LABEL, conflictStatus } from '../resolutions/conflictStatus.ts';
import { conflictLabel } from '../model/conflictLabel.ts';
import { CONFLICT_FILES, conflictRows } from './conflictFiles.ts';
import { indicatorTables, INDICATOR_TABLE, CONTROL_LINES_TABLE } from './indicatorTables.ts';
import { jsonBytes } from './jsonBytes.ts';
import { atPackagePrecision, coordinateAtPrecision } from './precision.ts';
import { layerGeoJson, packageLayers } from './packageLayers.ts';
import { qualityChecks, qualityFiles, QUALITY_CSV, QUALITY_HTML } from './qualityReport.ts';
import { resolutionFiles } from './resolutionFiles.ts';
import { sha256Hex } from './sha256Hex.ts';
import { entryName, entryNames } from './entryName.ts';
import { MANIFEST_PATH } from './checkPackageFiles.ts';
import { projectsCsv, projectsLayer, PROJECTS_CSV } from './projectFiles.ts';
import { REVIEW_OPINIONS_PATH, REVIEW_PROJECTS_PATH } from '../review/writeReviewRegisterFiles.ts';
import type { DraftReason, Manifest, ManifestFile, PackageInput } from './types.ts';
import { strToU8 } from 'fflate';
import { say } from '../i18n/index.ts';

export const GEOPACKAGE_PATH = 'blueprint.gpkg';
export const BUILD_PATH = 'build.json';
export const RTREE_NOTE = 'sql.js 默认构建不含 R*Tree 模块，未建立空间索引（GDAL/QGIS 可直接读取）';

const TITLES: Readonly<Record<string, string>> = {
  [GEOPACKAGE_PATH]: '一张蓝图数据库（GeoPackage）',
  'conflicts.json': '冲突清单',
  'conflicts.csv': '冲突清单',
  'conflicts.geojson': '冲突区域',
  'resolutions.json': '冲突与处置台账',
  'resolutions.csv': '冲突与处置台账',
  'indicators.json': '规划指标',
  [INDICATOR_TABLE]: '规划指标表',
  [CONTROL_LINES_TABLE]: '三区三线指标汇总表',
  [QUALITY_CSV]: '质检报告',
  [QUALITY_HTML]: '质检报告',
  'report.html': '成果报告',
  'policy.json': '冲突处置优先级策略',
  'targets.json': '指标目标',
  [BUILD_PATH]: '构建信息',
  [PROJECTS_CSV]: '项目库',
  [REVIEW_PROJECTS_PATH]: '项目文档',
  [REVIEW_OPINIONS_PATH]: '部门意见与联合审查意见',
};

/** File-name-safe ASCII form of an id (plan and pack ids are usually already safe): see entryName.ts. */
export function safeName(id: string): string {
  return entryName(id);
}

/** The build record a rebuild reads: mode, creation time and where the inputs are in the package. */
export interface BuildRecord {
  buildVersion: '1';
  created: string;
  tool: { name: 'lantu'; version: string };
  mode: 'final' | 'draft';
  sources: string[];
  rulePack: string;
  policy: 'policy.json';
  targets: 'targets.json';
  resolutions: 'resolutions.json';
  /** Only in a package with projects: where the project register's two input files are. */
  review?: { projects: typeof REVIEW_PROJECTS_PATH; opinions: typeof REVIEW_OPINIONS_PATH };
}

/**
 * Why a final package is refused, as a person reads it: the rule and its title, the layers, BSMs and names of
 * both sides, the town and the status (conflictStatus: 未处置, 暂缓, 例外（已过期）, 重新打开 …). `id` keeps the key.
 */
export function preflight(
  input: Pick<PackageInput, 'conflicts' | 'openConflictKeys' | 'blueprint'> &
    Partial<Pick<PackageInput, 'resolutions' | 'created' | 'rulePack'>>,
): DraftReason[] {
  const open = new Set(input.openConflictKeys);
  const byKey = new Map((input.resolutions ?? []).map((r) => [r.conflictKey, r]));
  const titleEn = new Map((input.rulePack?.rules ?? []).map((r) => [r.id, r.titleEn]));
  const asOfDate = (input.created ?? '').slice(0, 10);
  const reasons: DraftReason[] = input.conflicts
    .filter((c) => c.severity === 'blocker' && open.has(c.key))
    .map((c) => {
      const status = CONFLICT_STATUS_LABEL[conflictStatus({ conflict: c, resolution: byKey.get(c.key), asOfDate }).status];
      const conflict = { zh: conflictLabel(c, 'zh'), en: conflictLabel(c, 'en', titleEn.get(c.ruleId)) };
      return { kind: 'blocker', id: c.key, ...say('package.packageFiles.blocker', { conflict, status }) };
    });
  for (const u of input.blueprint.undetermined) {
    const haText = (u.areaM2 / 10_000).toFixed(4);
    reasons.push({
      kind: 'undetermined',
      id: u.id,
      ...say('package.packageFiles.preflight', { id: u.id, haText, value: u.anchor[0].toFixed(5), value2: u.anchor[1].toFixed(5) }),
    });
  }
  return reasons;
}

/** One file of the package, in zip order. */
export interface PackageFile {
  path: string;
  bytes: Uint8Array;
  /**
   * True when nothing else holds `bytes` (a file made here, a plan read again at its turn): the consumer may take the
   * buffer (zipPackageStream moves it to its deflate worker). Inputs held as given belong to the caller.
   */
  owned: boolean;
}

export type PackageFilesEnd = { ok: true; manifest: Manifest } | { ok: false; reasons: DraftReason[] };

function titleOf(path: string): string | undefined {
  return (
    TITLES[path] ??
    (path.startsWith('layers/')
      ? '图层 GeoJSON'
      : path.startsWith('sources/')
        ? '规划源文件'
        : path.startsWith('rules/')
          ? '规则包'
          : undefined)
  );
}

export function* packageFiles(given: PackageInput): Generator<PackageFile, PackageFilesEnd, undefined> {
  // Every computed float at its stated precision before anything is encoded (see precision.ts); the layers'
  // geometries are rounded feature by feature by their encoders.
  const input = atPackagePrecision(given, { featureGeometries: false });
  const reasons = preflight(input);
  if (!input.draft && reasons.length > 0) return { ok: false, reasons };
  const hash = input.sha256Hex ?? sha256Hex;
  const status: Manifest['status'] = input.draft ? 'draft' : 'final';
  // Each file is produced on demand; files that are encoded together (the resolution files, the indicator
  // tables…) wait in `ready` until taken, so nothing is kept after its turn.
  const producers = new Map<string, { produce: () => Uint8Array; owned: boolean }>();
  const ready = new Map<string, Uint8Array>();
  // Files whose size and SHA-256 are known without producing them (a plan file read again at its turn).
  const known = new Map<string, { sizeBytes: number; sha256: string }>();
  const put = (path: string, produce: () => Uint8Array, owned = true) => producers.set(path, { produce, owned });
  const lend = (path: string, bytes: () => Uint8Array) => put(path, bytes, false);
  const putGroup = (paths: readonly string[], produce: () => Record<string, Uint8Array>) => {
    for (const path of paths) {
      put(path, () => {
        if (!ready.has(path)) for (const [p, bytes] of Object.entries(produce())) ready.set(p, bytes);
        const bytes = ready.get(path)!;
        ready.delete(path);
        return bytes;
      });
    }
  };

  const sourcePaths = entryNames(input.sources.map((s) => s.plan.plan.id)).map((name) => `sources/${name}.json`);
  input.sources.forEach((s, i) => {
    // A plan read again at its turn gives bytes of its own; a held one is the caller's.
    put(sourcePaths[i]!, () => s.bytes, s.digest !== undefined);
    if (s.digest) known.set(sourcePaths[i]!, s.digest);
  });
  const rulePackPath = `rules/${safeName(input.rulePack.id)}.json`;
  lend(rulePackPath, () => input.rulePack.bytes);
  lend('policy.json', () => input.policy.bytes);
  const targets = input.targetsBytes;
  if (targets) lend('targets.json', () => targets);
  else put('targets.json', () => strToU8('null\n'));
  const build: BuildRecord = {
    buildVersion: '1',
    created: input.created,
    tool: { name: 'lantu', version: input.toolVersion },
    mode: status,
    sources: sourcePaths,
    rulePack: rulePackPath,
    policy: 'policy.json',
    targets: 'targets.json',
    resolutions: 'resolutions.json',
  };
  const projects = input.projects;
  if (projects) {
    build.review = { projects: REVIEW_PROJECTS_PATH, opinions: REVIEW_OPINIONS_PATH };
    lend(REVIEW_PROJECTS_PATH, () => projects.projectsBytes);
    lend(REVIEW_OPINIONS_PATH, () => projects.opinionsBytes);
    put(PROJECTS_CSV, () => projectsCsv(projects.register, input.created.slice(0, 10)));
  }
  put(BUILD_PATH, () => jsonBytes(build));

  const layers = packageLayers(input.blueprint);
  if (projects) layers.push(projectsLayer(projects.register));
  put(GEOPACKAGE_PATH, () => buildGeoPackage(input.sqlJs, layers, input.created));
  for (const layer of layers) put(`layers/${layer.name}.geojson`, () => layerGeoJson(layer));

  const rows = conflictRows(input.conflicts, input.openConflictKeys, input.resolutions, input.created.slice(0, 10));
  for (const [path, encode] of Object.entries(CONFLICT_FILES)) put(path, () => encode(rows));
  putGroup(['resolutions.json', 'resolutions.csv'], () => resolutionFiles(input.resolutions, input.conflicts, input.created.slice(0, 10)));
  putGroup(['indicators.json', INDICATOR_TABLE, CONTROL_LINES_TABLE], () => indicatorTables(input.indicators));
  const plans = input.sources.map((s) => s.plan);
  const title = plans.find((p) => p.plan.kind === 'land')?.plan.title ?? '一张蓝图';
  const statusZh = status === 'final' ? '正式成果' : '草稿';
  putGroup([QUALITY_CSV, QUALITY_HTML], () =>
    qualityFiles(qualityChecks(input.rulePack.rules, rows, input.blueprint.undetermined.length, input.resolutions), title, statusZh),
  );
  put('report.html', () =>
    strToU8(
      buildReportHtml({
        plans,
        // The map draws the coverage and the territory (XZQ) at the package's precision, rounding each coordinate as
        // it is drawn (the rest is rounded already, and rounding is idempotent): a rounded copy of the coverage
        // held 480 MB of heap at 300k parcels.
        blueprint: input.blueprint,
        mapAt: coordinateAtPrecision,
        rows,
        resolutions: input.resolutions,
        indicators: input.indicators,
        created: input.created,
        status,
        draftReasons: reasons,
        rulePack: { id: input.rulePack.id, version: input.rulePack.version },
        toolVersion: `lantu ${input.toolVersion}`,
      }),
    ),
  );

  const paths = [...producers.keys()].sort();
  const listed = new Map<string, ManifestFile>();
  const describe = (path: string, digest: { sizeBytes: number; sha256: string }): void => {
    const titleZh = titleOf(path);
    listed.set(path, { path, ...digest, ...(titleZh ? { titleZh } : {}) });
  };
  const digestOf = (bytes: Uint8Array) => ({ sizeBytes: bytes.length, sha256: hash(bytes) });
  for (const path of paths.filter((p) => p < MANIFEST_PATH)) {
    const { produce, owned } = producers.get(path)!;
    producers.delete(path);
    const bytes = produce();
    describe(path, digestOf(bytes));
    yield { path, bytes, owned };
  }
  // The files after the manifest are listed in it, so they are produced before it and held, all but those whose
  // digest is known: those are read at their turn (a 300k-parcel city's plans would add 290 MB to the peak).
  const afterManifest = new Map<string, Uint8Array | null>();
  for (const path of paths.filter((p) => p > MANIFEST_PATH)) {
    const digest = known.get(path);
    const bytes = digest ? null : producers.get(path)!.produce();
    describe(path, digest ?? digestOf(bytes!));
    afterManifest.set(path, bytes);
  }

  const featureCounts: Record<string, number> = {};
  for (const layer of layers) featureCounts[layer.name] = layer.features.length;
  const manifest: Manifest = {
    manifestVersion: '1',
    tool: { name: 'lantu', version: input.toolVersion },
    created: input.created,
    status,
    draftReasons: status === 'draft' ? reasons : [],
    crs: 'EPSG:4490',
    sources: input.sources.map((s, i) => ({
      planId: s.plan.plan.id,
      kind: s.plan.plan.kind,
      title: s.plan.plan.title,
      department: s.plan.plan.department,
      version: s.plan.plan.version,
      path: sourcePaths[i]!,
      sha256: listed.get(sourcePaths[i]!)!.sha256,
      featureCount: s.plan.features.length,
    })),
    rulePack: { id: input.rulePack.id, version: input.rulePack.version, path: rulePackPath, sha256: listed.get(rulePackPath)!.sha256 },
    policy: { id: input.policy.value.id, path: 'policy.json', sha256: listed.get('policy.json')!.sha256 },
    featureCounts,
    conflicts: {
      total: rows.length,
      open: rows.filter((r) => r.open).length,
      openBlockers: rows.filter((r) => r.open && r.conflict.severity === 'blocker').length,
    },
    resolutions: input.resolutions.length,
    undeterminedAreas: input.blueprint.undetermined.length,
    spatialIndex: { rtree: false, reason: RTREE_NOTE },
    files: paths.map((path) => listed.get(path)!),
  };
  yield { path: MANIFEST_PATH, bytes: jsonBytes(manifest), owned: true };
  for (const [path, held] of afterManifest) {
    afterManifest.delete(path);
    const { produce, owned } = producers.get(path)!;
    const bytes = held ?? produce();
    // A digest that does not fit its bytes would list a file the package does not hold (sourceFileOf checks the hash).
    if (bytes.length !== listed.get(path)!.sizeBytes)
      throw new Error(`${path}: ${bytes.length} bytes, not the ${listed.get(path)!.sizeBytes} listed`);
    yield { path, bytes, owned };
  }
  return { ok: true, manifest };
}
