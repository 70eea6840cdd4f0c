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
import { isLayerCode, KIND_DEPARTMENT_ZH, layersOfKind, PLAN_KINDS } from '../../../engine/model/index.ts';
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
import { readPostgisLayer, splitLayerName } from '../../node/db/readPostgisLayer.ts';
import type { TableMetadata } from '../../node/db/readTableMetadata.ts';
import { inflateLimitOption, zipLimitsFrom } from '../inflateLimitOption.ts';
import { DEFAULT_ZIP_LIMITS } from '../../../engine/import/index.ts';
import type { Bilingual } from '../../../engine/i18n/index.ts';
import { say } from '../../i18n/index.ts';

const LABEL: Record<ImportSeverity, Record<Lang, string>> = {
  fatal: say('commands.review.LEVEL_fatal'),
  quality: say('commands.review.LEVEL_quality'),
  warning: say('commands.import.LABEL_warning'),
  info: say('commands.review.LEVEL_info'),
};
const MAX_PER_CODE = 20;

function usage(message: Bilingual): never {
  throw new UsageError(message);
}

function parsePeriod(text: string): { start: number; end: number } {
  const m = /^(\d{4})\s*[-–~]\s*(\d{4})$/.exec(text.trim());
  if (!m || Number(m[1]) > Number(m[2])) usage(say('commands.import.parsePeriod', { text }));
  return { start: Number(m[1]), end: Number(m[2]) };
}

function parseTerritory(text: string): Territory | undefined {
  if (text === 'none') return undefined;
  const parts = text.split(',').map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
    usage(say('commands.import.parseTerritory', { text }));
  }
  return { nameZh: '工作空间范围', bbox: parts as [number, number, number, number] };
}

async function readMapping(path: string, ctx: CliContext): Promise<ImportMapping> {
  const text = await readFile(resolve(ctx.cwd, path), 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    usage(say('commands.import.readMapping', { path }));
  }
  const mapping = parseImportMapping(value);
  if (!mapping) {
    usage(say('commands.import.readMapping-2', { path }));
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
    t(
      say('commands.import.source', {
        file: report.file,
        format: report.format ?? say('commands.import.unknownFormat'),
        layer: report.sourceLayer ? say('commands.import.sourceLayer', { layer: report.sourceLayer }) : '',
      }),
    ),
  );
  if (report.encoding)
    ctx.out(
      t(
        say('commands.import.printReport', {
          detail: report.encoding.detail,
          encoding: report.encoding.encoding,
        }),
      ),
    );
  if (report.sourceCrs) {
    const crsProvenance = { zh: String(report.crsProvenance), en: String(report.crsProvenanceEn ?? report.crsProvenance) };
    // Data already in CGCS2000 geographic is not converted: saying so would be untrue.
    const converted = report.sourceCrs !== 'EPSG:4490';
    ctx.out(t(say(converted ? 'commands.import.printReport-2' : 'commands.import.sourceCrsKept', { crsProvenance })));
  }
  for (const [layer, m] of Object.entries(report.mappings)) {
    const pairs = Object.entries(m!.columns).map(([c, k]) => (c === k ? k : `${c}→${k}`));
    const list = pairs.length ? { zh: pairs.join('，'), en: pairs.join(', ') } : say('commands.import.noMapping');
    ctx.out(t(say('commands.import.mapping', { layer, list })));
  }
  const c = report.counts;
  ctx.out(t(say('commands.import.printReport-3', { read: c.read, mapped: c.mapped, valid: c.valid, quality: c.quality, fatal: c.fatal })));
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
    if (list.length > MAX_PER_CODE) ctx.out(t(say('commands.import.printReport-4', { value: list.length - MAX_PER_CODE })));
  }
}

/** The PostGIS table as a GeoJSON source (the same pipeline as a file) with the title and department it carries,
 *  or null after printing why not. */
async function readDatabaseLayer(
  db: string,
  layer: string,
  maxRows: number,
  ctx: CliContext,
): Promise<{ source: ImportSource; metadata: TableMetadata } | null> {
  const opened = await openDatabase(db, ctx);
  if (!opened) return null;
  try {
    const read = await readPostgisLayer(opened.client, layer, maxRows);
    ctx.out(ctx.t(say('commands.import.readDatabaseLayer', { label: opened.label, file: read.file, rows: read.rows })));
    const metadata: TableMetadata = {};
    if (read.title !== undefined) metadata.title = read.title;
    if (read.department !== undefined) metadata.department = read.department;
    return { source: { format: 'geojson', file: read.file, bytes: read.bytes }, metadata };
  } catch (error) {
    ctx.err(`✗ ${ctx.t(describePgError(error, opened.label))}`);
    return null;
  } finally {
    await opened.client.end().catch(() => undefined);
  }
}

const importCommand: CliCommand = {
  usage: '(<source> | --db <conn> --source-layer <schema.table>) --kind <kind> [options] -o <plan.json>',
  options: {
    db: {
      ...DB_OPTION,
      help: say('commands.import.db_help', { help: DB_OPTION.help }),
    },
    kind: {
      type: 'string',
      value: '<kind>',
      choices: PLAN_KINDS,
      help: say('commands.import.kind_help'),
    },
    layer: { type: 'string', value: '<code>', help: say('commands.import.layer_help') },
    'source-layer': {
      type: 'string',
      value: '<name>',
      help: say('commands.import.source-layer_help'),
    },
    crs: {
      type: 'string',
      value: '<EPSG:n>',
      help: say('commands.import.crs_help'),
    },
    encoding: {
      type: 'string',
      value: '<enc>',
      choices: ['utf-8', 'gbk', 'gb18030'],
      help: say('commands.import.encoding_help'),
    },
    classification: {
      type: 'string',
      value: '<scheme>',
      choices: ['ydyh2023', 'sandiao'],
      help: say('commands.import.classification_help'),
    },
    mapping: {
      type: 'string',
      value: '<map.json>',
      help: say('commands.import.mapping_help'),
    },
    'accept-quality': {
      type: 'boolean',
      help: say('commands.import.accept-quality_help'),
    },
    output: {
      type: 'string',
      value: '<plan.json>',
      short: 'o',
      help: say('commands.import.output_help'),
    },
    'plan-id': {
      type: 'string',
      value: '<id>',
      help: say('commands.import.plan-id_help'),
    },
    title: { type: 'string', value: '<text>', help: say('commands.import.title_help') },
    department: { type: 'string', value: '<text>', help: say('commands.import.department_help') },
    version: { type: 'string', value: '<v>', help: say('commands.import.version_help') },
    period: { type: 'string', value: '<start-end>', help: say('commands.import.period_help') },
    territory: {
      type: 'string',
      value: '<box|none>',
      help: say('commands.import.territory_help'),
    },
    'max-inflate': inflateLimitOption(DEFAULT_ZIP_LIMITS.maxTotalBytes),
    'read-deadline': {
      type: 'string',
      value: '<seconds>',
      help: say('commands.import.read-deadline_help', { value: DEFAULT_GPKG_READ_LIMITS.deadlineMs / 1000 }),
    },
    'max-rows': {
      type: 'integer',
      value: '<n>',
      min: 1,
      help: say('commands.import.max-rows_help', { defaultGpkgMaxRows: DEFAULT_GPKG_MAX_ROWS }),
    },
    reference: {
      type: 'string',
      value: '<plan.json>',
      help: say('commands.import.reference_help'),
    },
  },
  async run(args, ctx) {
    const o = args.options;
    const db = typeof o.db === 'string' ? o.db : undefined;
    if (db !== undefined && (args.positionals.length > 0 || typeof o['source-layer'] !== 'string')) usage(say('commands.import.run-5'));
    if (db === undefined && args.positionals.length === 0) usage(say('commands.import.run-6'));
    if (typeof o.kind !== 'string') usage(say('commands.import.run-7'));
    const kind = o.kind as PlanKind;
    let layer: LayerCode | undefined;
    if (typeof o.layer === 'string') {
      const code = o.layer.toUpperCase();
      if (!isLayerCode(code)) usage(say('commands.import.run-8', { layer: o.layer }));
      layer = code;
    } else if (db !== undefined) {
      // A table named like one of the kind's layers (as publish names them, lower-cased) is that layer, as in `check`.
      const code = splitLayerName(o['source-layer'] as string).table.toUpperCase();
      if (isLayerCode(code) && layersOfKind(kind).some((l) => l.code === code)) layer = code;
    }
    let source: ImportSource;
    let mapping: ImportMapping | undefined;
    let referenceByBsm: Map<string, [number, number]> | undefined;
    let tableMetadata: TableMetadata | undefined;
    ctx.step(say('commands.import.step-read'));
    try {
      if (db !== undefined) {
        const read = await readDatabaseLayer(
          db,
          o['source-layer'] as string,
          typeof o['max-rows'] === 'number' ? o['max-rows'] : DEFAULT_GPKG_MAX_ROWS,
          ctx,
        );
        if (!read) return EXIT.usage;
        source = read.source;
        tableMetadata = read.metadata;
      } else source = await readSourceFiles(args.positionals, ctx.cwd);
      if (typeof o.mapping === 'string') mapping = await readMapping(o.mapping, ctx);
      if (typeof o.reference === 'string') referenceByBsm = await readReference(o.reference, ctx);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const path = (error as { path?: string }).path ?? args.positionals[0]!;
      ctx.err(`lantu: ${ctx.t(describeIoError(error, path))}`);
      return EXIT.usage;
    }
    // The title is --title, or what the source carries (a table's COMMENT or its publication; a file's metadata
    // title, known once it is read), never the file or table name: without one nothing is written.
    const title =
      typeof o.title === 'string'
        ? o.title
        : tableMetadata
          ? (tableMetadata.title ?? usage(say('commands.import.table-needs-title', { layer: source.file })))
          : undefined;
    const department = typeof o.department === 'string' ? o.department : (tableMetadata?.department ?? KIND_DEPARTMENT_ZH[kind]);
    const planId = typeof o['plan-id'] === 'string' ? o['plan-id'] : `${kind}-${department}`;
    const options: ImportOptions = {
      kind,
      plan: {
        id: planId,
        // Until the file's metadata is read the plan id stands in, as in the import dialog.
        title: title ?? planId,
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
    if (typeof o['max-rows'] === 'number') options.maxRows = o['max-rows'];
    if (source.format === 'geopackage') {
      // Read in a worker thread: sql.js cannot be interrupted, so a hung query is stopped by terminating it.
      const limits = { ...DEFAULT_GPKG_READ_LIMITS };
      if (typeof o['read-deadline'] === 'string') {
        const seconds = Number(o['read-deadline']);
        if (!(seconds > 0)) usage(say('commands.import.run-10', { o: o['read-deadline'] }));
        limits.deadlineMs = Math.round(seconds * 1000);
      }
      const read: { sourceLayer?: string; targetLayer?: string; maxRows?: number } = {};
      if (options.sourceLayer !== undefined) read.sourceLayer = options.sourceLayer;
      if (options.layer !== undefined) read.targetLayer = options.layer;
      if (options.maxRows !== undefined) read.maxRows = options.maxRows;
      options.sourceRead = await readGeoPackageInWorker(source.file, source.bytes, read, limits);
    }

    ctx.step(say('commands.import.step-check'));
    const report = prepareImport(source, options);
    printReport(report, ctx);
    const accepted = o['accept-quality'] === true;
    const output = typeof o.output === 'string' ? o.output : undefined;
    const hasFatal = report.issues.some((i) => i.severity === 'fatal');
    const hasQuality = report.issues.some((i) => i.severity === 'quality');
    const { document, ...rest } = report;
    const planTitle = title ?? report.sourceTitle;
    if (document && planTitle !== undefined) document.plan.title = planTitle;
    let written = false;
    let exit: 0 | 1 | 2 = EXIT.ok;
    if (hasFatal || !document) {
      ctx.out(ctx.t(say('commands.import.run')));
      exit = EXIT.invalid;
    } else if (hasQuality && !accepted) {
      ctx.out(ctx.t(say('commands.import.run-2')));
      exit = EXIT.invalid;
    } else if (output && planTitle === undefined) {
      ctx.err(`lantu: ${ctx.t(say('commands.import.file-needs-title', { file: source.file }))}`);
      exit = EXIT.usage;
    } else if (output) {
      // Streamed: a large plan's indented text passes V8's string limit ("Invalid string length").
      ctx.step(say('commands.import.step-write', { output }));
      await atomicWriteFile(resolve(ctx.cwd, output), jsonFileChunks(document, 1), { journalDir: ctx.journalDir });
      written = true;
      ctx.out(ctx.t(say('commands.import.run-3', { output, length: document.features.length })));
    } else {
      ctx.out(ctx.t(say('commands.import.run-4')));
    }
    await ctx.writeJson({ command: 'import', ok: exit === EXIT.ok, written, output: written ? output : undefined, report: rest });
    return exit;
  },
};

export default importCommand;
