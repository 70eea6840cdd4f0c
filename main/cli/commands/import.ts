// `lantu import <source> --kind <kind> [...] -o plan.json`: reads a department's GeoJSON, Shapefile (.zip,
// or the .shp with its sibling files) or GeoPackage, prints the pre-commit import report and, when there is
// no fatal issue (and quality issues are accepted with --accept-quality), writes the plan document
// atomically. Exit 0 written (or a clean preview without -o), 1 invalid input (nothing written), 2 usage/I-O.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { bbox } from '../../../engine/geometry/index.ts';
import { JIYUAN_TERRITORY, type Territory } from '../../../engine/import/index.ts';
import { parseImportMapping, type ImportMapping } from '../../../engine/import/index.ts';
import { prepareImport, type ImportOptions, type ImportReport } from '../../../engine/import/index.ts';
import type { ImportSource } from '../../../engine/import/index.ts';
import type { ImportIssue, ImportSeverity, TextEncodingName } from '../../../engine/import/index.ts';
import { isLayerCode, KIND_DEPARTMENT_ZH, PLAN_KINDS } from '../../../engine/model/index.ts';
import type { Classification, LayerCode, PlanDocument, PlanKind } from '../../../engine/model/index.ts';
import { atomicWriteFile } from '../../node/atomicWriteFile.ts';
import { jsonFileChunks } from '../../node/jsonFileChunks.ts';
import { DEFAULT_GPKG_READ_LIMITS, readGeoPackageInWorker } from '../../node/readGeoPackageInWorker.ts';
import { DEFAULT_GPKG_MAX_ROWS } from '../../../engine/import/index.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext, Lang } from '../context.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { UsageError } from '../parseArgs.ts';
import { readSourceFiles } from '../readSourceFiles.ts';
import { DB_OPTION, openDatabase } from '../openDatabase.ts';
import { describePgError } from '../../node/db/describePgError.ts';
import { readPostgisLayer } from '../../node/db/readPostgisLayer.ts';
import { inflateLimitOption, zipLimitsFrom } from '../inflateLimitOption.ts';
import { DEFAULT_ZIP_LIMITS } from '../../../engine/import/index.ts';

const LABEL: Record<ImportSeverity, Record<Lang, string>> = {
  fatal: { zh: '致命', en: 'fatal' },
  quality: { zh: '质量', en: 'quality' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '信息', en: 'info' },
};
const MAX_PER_CODE = 20;

function usage(zh: string, en: string): never {
  throw new UsageError({ zh, en });
}

function parsePeriod(text: string): { start: number; end: number } {
  const m = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2]))
    usage(`--period 应为“起始年-目标年”，如 2021-2035，得到“${text}”`, `--period must be start-end years, e.g. 2021-2035; got “${text}”`);
  return { start: Number(m[1]), end: Number(m[2]) };
}

function parseTerritory(text: string): Territory | undefined {
  if (text === 'none') return undefined;
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    usage(
      `--territory 应为“最小经度,最小纬度,最大经度,最大纬度”或 none，得到“${text}”`,
      `--territory must be minLon,minLat,maxLon,maxLat or none; got “${text}”`,
    );
  }
  return { nameZh: '工作空间范围', bbox: parts as [number, number, number, number] };
}

async function readMapping(path: string, ctx: CliContext): Promise<ImportMapping> {
  const text = await readFile(resolve(ctx.cwd, path), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    usage(`字段映射文件 ${path} 不是有效的 JSON`, `the field mapping file ${path} is not valid JSON`);
  }
  const mapping = parseImportMapping(value);
  if (!mapping) {
    usage(
      `字段映射文件 ${path} 应为 {"源列名": "标准字段名" 或 null}，或 {"columns": {…}, "values": {"字段名": {"源值": "代码表值"}}}`,
      `the field mapping file ${path} must be {"source column": "field key" or null}, or {"columns": {…}, "values": {"field key": {"source value": "code table value"}}}`,
    );
  }
  return mapping;
}

/** BSM → bbox centre of each feature of a previous version, the reference for the GCJ-02 check. */
async function readReference(path: string, ctx: CliContext): Promise<Map<string, [number, number]>> {
  const doc = JSON.parse(await readFile(resolve(ctx.cwd, path), 'utf8')) as PlanDocument;
  const out = new Map<string, [number, number]>();
  for (const f of doc.features ?? []) {
    const bsm = f.properties?.BSM;
    if (typeof bsm !== 'string') continue;
    const box = bbox(f.geometry ?? null);
    if (box) out.set(bsm, [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2]);
  }
  return out;
}

function printReport(report: ImportReport, ctx: CliContext): void {
  const t = ctx.t;
  ctx.out(
    t({
      zh: `来源：${report.file}（${report.format ?? '未知格式'}${report.sourceLayer ? `，图层 ${report.sourceLayer}` : ''}）`,
      en: `source: ${report.file} (${report.format ?? 'unknown format'}${report.sourceLayer ? `, layer ${report.sourceLayer}` : ''})`,
    }),
  );
  if (report.encoding)
    ctx.out(
      t({
        zh: `属性编码：${report.encoding.encoding}（${report.encoding.detail}；可用 --encoding 改）`,
        en: `attribute encoding: ${report.encoding.encoding} (${report.encoding.source}; override with --encoding)`,
      }),
    );
  if (report.sourceCrs)
    ctx.out(
      t({
        zh: `来源坐标系：${report.crsProvenance}，已转换为 EPSG:4490`,
        en: `source CRS: ${report.crsProvenanceEn ?? report.crsProvenance}, converted to EPSG:4490`,
      }),
    );
  for (const [layer, m] of Object.entries(report.mappings)) {
    const pairs = Object.entries(m!.columns).map(([c, k]) => (c === k ? k : `${c}→${k}`));
    ctx.out(t({ zh: `字段映射（${layer}）：${pairs.join('，') || '无'}`, en: `field mapping (${layer}): ${pairs.join(', ') || 'none'}` }));
  }
  const c = report.counts;
  ctx.out(
    t({
      zh: `要素：读取 ${c.read}，映射 ${c.mapped}，有效 ${c.valid}，有质量问题 ${c.quality}，致命 ${c.fatal}`,
      en: `features: ${c.read} read, ${c.mapped} mapped, ${c.valid} valid, ${c.quality} with quality issues, ${c.fatal} fatal`,
    }),
  );
  const groups = new Map<string, ImportIssue[]>();
  for (const issue of report.issues) {
    const key = `${issue.severity}\u0000${issue.code}`;
    const list = groups.get(key);
    if (list)
      list.push(issue); // not a copy per issue: quadratic when every feature has one
    else groups.set(key, [issue]);
  }
  for (const list of groups.values()) {
    const head = list[0]!;
    ctx.out(`[${LABEL[head.severity][ctx.lang]}] ${head.code} (${list.length})`);
    for (const issue of list.slice(0, MAX_PER_CODE)) ctx.out(`  ${ctx.lang === 'zh' ? issue.messageZh : issue.messageEn}`);
    if (list.length > MAX_PER_CODE)
      ctx.out(t({ zh: `  …另有 ${list.length - MAX_PER_CODE} 条`, en: `  … ${list.length - MAX_PER_CODE} more` }));
  }
}

/** The PostGIS table as a GeoJSON source (the same pipeline as a file), or null after printing why not. */
async function readDatabaseLayer(db: string, layer: string, maxRows: number, ctx: CliContext): Promise<ImportSource | null> {
  const opened = await openDatabase(db, ctx);
  if (!opened) return null;
  try {
    const read = await readPostgisLayer(opened.client, layer, maxRows);
    ctx.out(
      ctx.t({
        zh: `从 ${opened.label} 读取 ${read.file}：${read.rows} 行`,
        en: `read ${read.file} from ${opened.label}: ${read.rows} rows`,
      }),
    );
    return { format: 'geojson', file: read.file, bytes: read.bytes };
  } catch (error) {
    ctx.err(`✗ ${ctx.t(describePgError(error, opened.label))}`);
    return null;
  } finally {
    await opened.client.end().catch(() => undefined);
  }
}

const importCommand: CliCommand = {
  summary: {
    zh: '导入部门规划（GeoJSON、Shapefile、GeoPackage），转换坐标、映射字段并校验',
    en: 'import a department plan (GeoJSON, Shapefile, GeoPackage): reproject, map fields, validate',
  },
  usage: '(<source> | --db <conn> --source-layer <schema.table>) --kind <kind> [options] -o <plan.json>',
  options: {
    db: {
      ...DB_OPTION,
      help: {
        zh: `从 PostGIS 读取 --source-layer 指定的表（模式.表）。${DB_OPTION.help.zh}`,
        en: `read the --source-layer table (schema.table) from PostGIS. ${DB_OPTION.help.en}`,
      },
    },
    kind: {
      type: 'string',
      value: '<kind>',
      choices: PLAN_KINDS,
      help: {
        zh: '规划类型：land / ecology / industry / transport（必填）',
        en: 'plan kind: land / ecology / industry / transport (required)',
      },
    },
    layer: { type: 'string', value: '<code>', help: { zh: '目标图层，如 GHYDYH', en: 'target layer, e.g. GHYDYH' } },
    'source-layer': {
      type: 'string',
      value: '<name>',
      help: {
        zh: '来源中要读取的图层（GeoPackage 表或 zip 中的 Shapefile）',
        en: 'layer of the source to read (GeoPackage table or Shapefile in a zip)',
      },
    },
    crs: {
      type: 'string',
      value: '<EPSG:n>',
      help: { zh: '来源坐标系，覆盖文件声明，如 EPSG:4526', en: 'source CRS, overrides the declaration, e.g. EPSG:4526' },
    },
    encoding: {
      type: 'string',
      value: '<enc>',
      choices: ['utf-8', 'gbk', 'gb18030'],
      help: { zh: 'Shapefile 属性编码：utf-8 / gbk / gb18030', en: 'Shapefile attribute encoding: utf-8 / gbk / gb18030' },
    },
    classification: {
      type: 'string',
      value: '<scheme>',
      choices: ['ydyh2023', 'sandiao'],
      help: {
        zh: '来源地类代码的分类：ydyh2023 或 sandiao（三调，按对照表转换）',
        en: 'classification of the source codes: ydyh2023 or sandiao (translated by the crosswalk)',
      },
    },
    mapping: {
      type: 'string',
      value: '<map.json>',
      help: {
        zh: '字段映射文件：{"源列名": "标准字段名" 或 null}；代码字段的值映射写作 {"columns": {…}, "values": {"GYLX": {"1": "一类工业"}}}',
        en: 'field mapping file: {"source column": "field key" or null}; value mapping of coded fields as {"columns": {…}, "values": {"GYLX": {"1": "一类工业"}}}',
      },
    },
    'accept-quality': {
      type: 'boolean',
      help: {
        zh: '接受质量问题并照样导入（作为数据质量问题保留）',
        en: 'accept quality issues and import anyway (kept as data-quality findings)',
      },
    },
    output: {
      type: 'string',
      value: '<plan.json>',
      short: 'o',
      help: { zh: '写出的规划文档（-o）；不给则只显示导入报告', en: 'plan document to write (-o); without it only the report is shown' },
    },
    'plan-id': {
      type: 'string',
      value: '<id>',
      help: { zh: '规划标识（默认：类型-部门，各版本保持不变）', en: 'plan id (default: kind-department; stays the same across versions)' },
    },
    title: { type: 'string', value: '<text>', help: { zh: '规划名称（默认：文件名）', en: 'plan title (default: the file name)' } },
    department: { type: 'string', value: '<text>', help: { zh: '编制部门（默认按规划类型）', en: 'department (default by kind)' } },
    version: { type: 'string', value: '<v>', help: { zh: '规划版本（默认 v1）', en: 'plan version (default v1)' } },
    period: { type: 'string', value: '<start-end>', help: { zh: '规划期限（默认 2021-2035）', en: 'planning period (default 2021-2035)' } },
    territory: {
      type: 'string',
      value: '<box|none>',
      help: {
        zh: '工作空间范围“最小经度,最小纬度,最大经度,最大纬度”（默认济源市）',
        en: 'workspace territory minLon,minLat,maxLon,maxLat (default Jiyuan)',
      },
    },
    'max-inflate': inflateLimitOption(DEFAULT_ZIP_LIMITS.maxTotalBytes),
    'read-deadline': {
      type: 'string',
      value: '<seconds>',
      help: {
        zh: `读取 GeoPackage 的时限（秒，默认 ${DEFAULT_GPKG_READ_LIMITS.deadlineMs / 1000}），超时即停止并指出所读的表`,
        en: `deadline for reading a GeoPackage (seconds, default ${DEFAULT_GPKG_READ_LIMITS.deadlineMs / 1000}); past it reading stops, naming the table`,
      },
    },
    'max-rows': {
      type: 'integer',
      value: '<n>',
      help: {
        zh: `GeoPackage 每张表最多读取的行数（默认 ${DEFAULT_GPKG_MAX_ROWS}）`,
        en: `most rows read from one GeoPackage table (default ${DEFAULT_GPKG_MAX_ROWS})`,
      },
    },
    reference: {
      type: 'string',
      value: '<plan.json>',
      help: {
        zh: '参考规划文档（如上一版本），用于发现 GCJ-02 偏移',
        en: 'reference plan document (e.g. the previous version) to spot a GCJ-02 offset',
      },
    },
  },
  async run(args, ctx) {
    const o = args.options;
    const db = typeof o.db === 'string' ? o.db : undefined;
    if (db !== undefined && (args.positionals.length > 0 || typeof o['source-layer'] !== 'string'))
      usage(
        '用法：lantu import --db <连接字符串> --source-layer <模式.表> --kind <类型> -o <plan.json>（不再给来源文件）',
        'usage: lantu import --db <conn> --source-layer <schema.table> --kind <kind> -o <plan.json> (no source file)',
      );
    if (db === undefined && args.positionals.length === 0)
      usage('用法：lantu import <来源文件> --kind <类型> -o <plan.json>', 'usage: lantu import <source> --kind <kind> -o <plan.json>');
    if (typeof o.kind !== 'string')
      usage('缺少 --kind（land / ecology / industry / transport）', 'missing --kind (land / ecology / industry / transport)');
    const kind = o.kind as PlanKind;
    let layer: LayerCode | undefined;
    if (typeof o.layer === 'string') {
      const code = o.layer.toUpperCase();
      if (!isLayerCode(code)) usage(`不认识的图层 ${o.layer}`, `unknown layer ${o.layer}`);
      layer = code;
    }
    let source: ImportSource;
    let mapping: ImportMapping | undefined;
    let referenceByBsm: Map<string, [number, number]> | undefined;
    if (db !== undefined && typeof o['max-rows'] === 'number' && o['max-rows'] < 1)
      usage(`--max-rows 应为正整数，得到 ${o['max-rows']}`, `--max-rows must be a positive integer; got ${o['max-rows']}`);
    try {
      if (db !== undefined) {
        const read = await readDatabaseLayer(
          db,
          o['source-layer'] as string,
          typeof o['max-rows'] === 'number' ? o['max-rows'] : DEFAULT_GPKG_MAX_ROWS,
          ctx,
        );
        if (!read) return EXIT.usage;
        source = read;
      } else source = await readSourceFiles(args.positionals, ctx.cwd);
      if (typeof o.mapping === 'string') mapping = await readMapping(o.mapping, ctx);
      if (typeof o.reference === 'string') referenceByBsm = await readReference(o.reference, ctx);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const path = (error as { path?: string }).path ?? args.positionals[0]!;
      ctx.err(`lantu: ${ctx.t(describeIoError(error, path))}`);
      return EXIT.usage;
    }
    const department = typeof o.department === 'string' ? o.department : KIND_DEPARTMENT_ZH[kind];
    const options: ImportOptions = {
      kind,
      plan: {
        id: typeof o['plan-id'] === 'string' ? o['plan-id'] : `${kind}-${department}`,
        title: typeof o.title === 'string' ? o.title : source.file.replace(/\.[^.]+$/, ''),
        department,
        version: typeof o.version === 'string' ? o.version : 'v1',
        period: parsePeriod(typeof o.period === 'string' ? o.period : '2021-2035'),
      },
    };
    const territory = typeof o.territory === 'string' ? parseTerritory(o.territory) : JIYUAN_TERRITORY;
    if (territory) options.territory = territory;
    if (layer) options.layer = layer;
    if (typeof o['source-layer'] === 'string' && db === undefined) options.sourceLayer = o['source-layer'];
    if (typeof o.crs === 'string') options.crs = o.crs;
    if (typeof o.encoding === 'string') options.encoding = o.encoding as TextEncodingName;
    if (typeof o.classification === 'string') options.classification = o.classification as Classification;
    if (mapping) options.mapping = mapping.columns;
    if (mapping?.values) options.valueMapping = mapping.values;
    if (referenceByBsm) options.referenceByBsm = referenceByBsm;
    options.zipLimits = zipLimitsFrom(o['max-inflate'], DEFAULT_ZIP_LIMITS);
    if (typeof o['max-rows'] === 'number') {
      if (o['max-rows'] < 1)
        usage(`--max-rows 应为正整数，得到 ${o['max-rows']}`, `--max-rows must be a positive integer; got ${o['max-rows']}`);
      options.maxRows = o['max-rows'];
    }
    if (source.format === 'geopackage') {
      // Read in a worker thread: sql.js cannot be interrupted, so a hung query is stopped by terminating it.
      const limits = { ...DEFAULT_GPKG_READ_LIMITS };
      if (typeof o['read-deadline'] === 'string') {
        const seconds = Number(o['read-deadline']);
        if (!(seconds > 0))
          usage(
            `--read-deadline 应为正数（秒），得到“${o['read-deadline']}”`,
            `--read-deadline must be a positive number of seconds; got “${o['read-deadline']}”`,
          );
        limits.deadlineMs = Math.round(seconds * 1000);
      }
      const read: { sourceLayer?: string; targetLayer?: string; maxRows?: number } = {};
      if (options.sourceLayer !== undefined) read.sourceLayer = options.sourceLayer;
      if (options.layer !== undefined) read.targetLayer = options.layer;
      if (options.maxRows !== undefined) read.maxRows = options.maxRows;
      options.sourceRead = await readGeoPackageInWorker(source.file, source.bytes, read, limits);
    }

    const report = prepareImport(source, options);
    printReport(report, ctx);
    const accepted = o['accept-quality'] === true;
    const output = typeof o.output === 'string' ? o.output : undefined;
    const hasFatal = report.issues.some((i) => i.severity === 'fatal');
    const hasQuality = report.issues.some((i) => i.severity === 'quality');
    const { document, ...rest } = report;
    let written = false;
    let exit: 0 | 1 = EXIT.ok;
    if (hasFatal || !document) {
      ctx.out(ctx.t({ zh: '✗ 存在致命错误，未导入任何内容', en: '✗ fatal errors: nothing was imported' }));
      exit = EXIT.invalid;
    } else if (hasQuality && !accepted) {
      ctx.out(
        ctx.t({
          zh: '✗ 存在质量问题，未写出；确认后用 --accept-quality 导入',
          en: '✗ quality issues: nothing written; confirm with --accept-quality to import',
        }),
      );
      exit = EXIT.invalid;
    } else if (output) {
      // Streamed: a large plan's indented text passes V8's string limit ("Invalid string length").
      await atomicWriteFile(resolve(ctx.cwd, output), jsonFileChunks(document, 1), { journalDir: ctx.journalDir });
      written = true;
      ctx.out(
        ctx.t({
          zh: `✓ 已写出 ${output}（${document.features.length} 个要素）`,
          en: `✓ wrote ${output} (${document.features.length} features)`,
        }),
      );
    } else {
      ctx.out(ctx.t({ zh: '✓ 可以导入（未给出 -o，未写出文件）', en: '✓ importable (no -o given, nothing written)' }));
    }
    await ctx.writeJson({ command: 'import', ok: exit === EXIT.ok, written, output: written ? output : undefined, report: rest });
    return exit;
  },
};

export default importCommand;
