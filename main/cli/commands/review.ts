// `lantu review <boundary>... (<plan.json>... | --blueprint <package.zip>) [--review-rules pack.json] [--report out.html]
// [--csv out.csv] [--json out.json] [--opinions opinion.json]...`: reviews each boundary file (部标 TXT, DXF, or a project document) as one project
// against the blueprint (built from the plans as `lantu export` builds it, or rebuilt from a package's own sources),
// prints the opinion table (project × department, joint preliminary verdict) and writes one report for the call.
// Facts come from `<name>.project.json` beside the boundary, overridden by --xmmc/--xmdm/--xmlx/--nydyt/--zdxm/--gylb.
// Exit 0 when every project is pass or conditional, 3 when any fails, 1 on bad input (nothing written), 2 on usage/I-O.
import { existsSync } from 'node:fs';
import { access, constants, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageExportInputs } from '../../../engine/export/index.ts';
import type { ExportInputs, NamedBytes } from '../../../engine/export/index.ts';
import { readBoundaryDxf } from '../../../engine/import/index.ts';
import { readBoundaryTxt } from '../../../engine/import/index.ts';
import { isKnownCode } from '../../../engine/model/index.ts';
import { featureId } from '../../../engine/model/index.ts';
import { isIsoDate } from '../../../engine/review/index.ts';
import { sha256Hex } from '../../../engine/package/index.ts';
import { buildReviewReportsHtml } from '../../../engine/review/index.ts';
import { evaluateReview } from '../../../engine/review/index.ts';
import { readDepartments, readReviewPack } from '../../../engine/review/index.ts';
import { measureProject } from '../../../engine/review/index.ts';
import { outsideTerritoryM2 } from '../../../engine/review/index.ts';
import { sourcePointsOffsetM } from '../../../engine/review/index.ts';
import { m2ToHectares, m2ToMu } from '../../../engine/geometry/index.ts';
import { disposeReviewContext, prepareReviewContext } from '../../../engine/review/index.ts';
import { projectFromBoundary } from '../../../engine/review/index.ts';
import { readOpinionFile } from '../../../engine/review/index.ts';
import { isSignedJsonFile, openSignedJsonFile } from '../../../engine/exchange/index.ts';
import type { TrustedKeys } from '../../../engine/sign/index.ts';
import { REFUSED_SIGNATURES, signatureLine, trustedKeysOf } from '../zipSignature.ts';
import { readProjectDocument } from '../../../engine/review/index.ts';
import { reviewReportCsv } from '../../../engine/review/index.ts';
import { reviewReportJson } from '../../../engine/review/index.ts';
import type {
  Department,
  DepartmentOpinion,
  ProjectBoundaryFormat,
  ProjectDocument,
  ProjectFacts,
  ProjectReview,
  ProjectType,
  ReviewPack,
} from '../../../engine/review/index.ts';
import { PACKAGE_ZIP_LIMITS, ZipRefusal } from '../../../engine/zip/index.ts';
import { zipEntries } from '../../../engine/package/index.ts';
import { createGeometryPort } from '../../node/createGeometryPort.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { describeIoError } from '../describeIoError.ts';
import { readInputFile } from '../readInputFile.ts';
import { FEATURE_BOUNDARY_EXTENSIONS, readFeatureBoundary } from '../readFeatureBoundary.ts';
import { EXIT } from '../exitCodes.ts';
import { formatOpinionTable } from '../formatOpinionTable.ts';
import { DEFAULT_PACK_PATH } from './check.ts';
import { DEFAULT_POLICY_PATH, preparePackageFromFiles, toolVersion } from './export.ts';
import { say } from '../../i18n/index.ts';

export const DEFAULT_REVIEW_PACK_PATH = fileURLToPath(new URL('../../../seeds/rules/jiyuan-review.json', import.meta.url));
export const DEFAULT_DEPARTMENTS_PATH = fileURLToPath(new URL('../../../seeds/jiyuan/departments.json', import.meta.url));

/** Unsigned files are read without asking for the installation's trust list (which notes a missing station). */
const NO_KEYS: TrustedKeys = { lookup: () => null };
const PROJECT_TYPES: readonly ProjectType[] = ['工业', '仓储', '交通', '能源', '水利', '公共服务', '住宅', '商业', '其他'];
/** Namespace of the ids given to projects read from a boundary file: the same file gives the same id. */
const CLI_PROJECT_NAMESPACE = 'lantu-review-cli';

interface ProjectInput {
  file: string;
  project: ProjectDocument;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}

const isProjectDocument = (data: unknown): data is ProjectDocument =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === 'Feature' &&
  typeof (data as { project?: unknown }).project === 'object';

const LEVEL = {
  fatal: say('commands.review.LEVEL_fatal'),
  quality: say('commands.review.LEVEL_quality'),
  warning: say('commands.review.LEVEL_warning'),
  info: say('commands.review.LEVEL_info'),
} as const;

const UNMEASURABLE = new Set(['self-intersection', 'hole-outside-shell']);

/** A project document read by the engine's reader; fatal findings (printed) give null. */
function readProject(ctx: CliContext, bytes: Uint8Array, file: string): ProjectDocument | null {
  const read = readProjectDocument(bytes, basename(file));
  for (const f of read.findings.slice(0, 20))
    (f.level === 'fatal' ? ctx.err : ctx.out)(`  [${ctx.t(LEVEL[f.level])}] ${f.code}  ${f.path || '/'}  ${ctx.t(f.message)}`);
  if (!read.project) {
    ctx.err(ctx.t(say('commands.review.readProject', { file })));
    return null;
  }
  // A document may be stored with a crossing boundary (a quality finding), but measuring one gives wrong areas
  // (a bow-tie of a 0.48 ha site measured 0.24 ha): the TXT and DXF readers refuse it, and so does the review.
  if (read.findings.some((f) => UNMEASURABLE.has(f.code))) {
    ctx.err(ctx.t(say('commands.review.readProject-2', { file })));
    return null;
  }
  // Its 界址点 table is printed beside its maps: a geometry moved or replaced without its points must not pass.
  const offsetM = sourcePointsOffsetM(read.project);
  if (offsetM !== null && offsetM > 0.1) {
    const m = offsetM.toFixed(1);
    ctx.err(ctx.t(say('commands.review.readProject-3', { file, m })));
    return null;
  }
  return read.project;
}

/** The facts given as options (one value for every boundary of the call). */
function factOptions(options: Record<string, unknown>): Partial<ProjectFacts> {
  const out: Partial<ProjectFacts> = {};
  const str = (name: string) => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  if (str('xmmc') !== undefined) out.XMMC = str('xmmc')!;
  if (str('xmdm') !== undefined) out.XMDM = str('xmdm')!;
  if (str('xmlx') !== undefined) out.XMLX = str('xmlx') as ProjectType;
  if (str('nydyt') !== undefined) out.NYDYT = str('nydyt')!;
  if (str('zdxm') !== undefined) out.ZDXM = str('zdxm') as '是' | '否';
  if (str('gylb') !== undefined) out.GYLB = str('gylb') as '一类' | '二类' | '三类';
  return out;
}

/** Today (UTC) or SOURCE_DATE_EPOCH as YYYY-MM-DD; --date wins. Null when not a date. */
function reportDate(option: unknown): string | null {
  // A calendar date: Date.parse takes 2026-02-31 (as 3 March), which no report should carry.
  if (typeof option === 'string') return isIsoDate(option) ? option : null;
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  const ms = epoch !== undefined && epoch !== '' ? (/^[0-9]+$/.test(epoch) ? Number(epoch) * 1000 : Number.NaN) : Date.now();
  return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : null;
}

/**
 * Checks before any work that every output can be written: its folder exists and is writable, and the target is not
 * a folder. A failure on the second of three outputs would otherwise leave the first written (a half-written call).
 */
async function unwritableOutput(ctx: CliContext, files: readonly string[]): Promise<{ zh: string; en: string } | null> {
  for (const file of files) {
    const target = resolve(ctx.cwd, file);
    try {
      const folder = await stat(dirname(target));
      if (!folder.isDirectory()) return describeIoError({ code: 'ENOTDIR' }, file);
      await access(dirname(target), constants.W_OK);
    } catch (error) {
      return describeIoError({ code: (error as { code?: string }).code, writing: true }, file);
    }
    const existing = await stat(target).catch(() => null);
    if (existing?.isDirectory()) return describeIoError({ code: 'EISDIR' }, file);
  }
  return null;
}

const review: CliCommand = {
  usage: '<boundary>... (<plan.json>... | --blueprint <package.zip>)',
  options: {
    blueprint: {
      type: 'string',
      value: '<package.zip>',
      help: say('commands.review.blueprint_help'),
    },
    'review-rules': {
      type: 'string',
      value: '<pack.json>',
      help: say('commands.review.review-rules_help'),
    },
    departments: {
      type: 'string',
      value: '<list.json>',
      help: say('commands.review.departments_help'),
    },
    report: {
      type: 'string',
      value: '<out.html>',
      help: say('commands.review.report_help'),
    },
    csv: { type: 'string', value: '<out.csv>', help: say('commands.review.csv_help') },
    opinions: {
      type: 'string',
      repeat: true,
      value: '<opinion.json>',
      help: say('commands.review.opinions_help'),
    },
    rules: {
      type: 'string',
      value: '<pack.json>',
      help: say('commands.review.rules_help'),
    },
    targets: {
      type: 'string',
      value: '<targets.json>',
      help: say('commands.review.targets_help'),
    },
    xmmc: {
      type: 'string',
      value: '<name>',
      help: say('commands.review.xmmc_help'),
    },
    xmdm: { type: 'string', value: '<code>', help: say('commands.review.xmdm_help') },
    xmlx: {
      type: 'string',
      value: '<type>',
      choices: PROJECT_TYPES,
      help: say('commands.review.xmlx_help', { projectTypes: { zh: PROJECT_TYPES.join('、'), en: PROJECT_TYPES.join(', ') } }),
    },
    nydyt: {
      type: 'string',
      value: '<code>',
      help: say('commands.review.nydyt_help'),
    },
    zdxm: {
      type: 'string',
      value: '<yes-no>',
      choices: ['是', '否'],
      help: say('commands.review.zdxm_help'),
    },
    gylb: {
      type: 'string',
      value: '<class>',
      choices: ['一类', '二类', '三类'],
      help: say('commands.review.gylb_help'),
    },
    'dxf-layer': { type: 'string', value: '<layer>', help: say('commands.review.dxf-layer_help') },
    crs: {
      type: 'string',
      value: '<EPSG:45xx>',
      help: say('commands.review.crs_help'),
    },
    date: {
      type: 'string',
      value: '<YYYY-MM-DD>',
      help: say('commands.review.date_help'),
    },
  },
  async run(args, ctx) {
    // Names come from surveyors' files and options: the context shows their control characters (main/cli/index.ts).
    const usage = () => {
      ctx.err(ctx.t(say('commands.review.usage')));
      return EXIT.usage;
    };
    const opt = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
    const date = reportDate(args.options['date']);
    if (date === null) {
      ctx.err(ctx.t(say('commands.review.run')));
      return EXIT.usage;
    }
    const nydyt = opt('nydyt');
    if (nydyt !== undefined && !isKnownCode('ydyh2023', nydyt)) {
      ctx.err(ctx.t(say('commands.review.run-2', { nydyt })));
      return EXIT.usage;
    }

    // The project document's limits (schemas/project.schema.json): XMMC and JSDW at most 200 characters.
    const xmmc = opt('xmmc');
    if (xmmc !== undefined && (xmmc.trim() === '' || xmmc.length > 200)) {
      ctx.err(ctx.t(say('commands.review.run-3', { length: xmmc.length })));
      return EXIT.usage;
    }
    const outputFiles = [opt('report'), opt('csv'), ctx.json === '-' ? undefined : ctx.json].filter((f): f is string => f !== undefined);
    if (new Set(outputFiles.map((f) => resolve(ctx.cwd, f))).size < outputFiles.length) {
      ctx.err(ctx.t(say('commands.review.run-4', { outputFiles: { zh: outputFiles.join('、'), en: outputFiles.join(', ') } })));
      return EXIT.usage;
    }
    const unwritable = await unwritableOutput(ctx, outputFiles);
    if (unwritable) {
      ctx.err(`✗ ${ctx.t(unwritable)}`);
      ctx.err(ctx.t(say('commands.review.run-5')));
      return EXIT.usage;
    }

    // Sort the positionals: boundary files, project documents, plans.
    const boundaries: { file: string; kind: 'txt' | 'dxf' | 'features' }[] = [];
    const documents: { file: string; bytes: Uint8Array }[] = [];
    const plans: NamedBytes[] = [];
    for (const file of args.positionals) {
      const ext = extname(file).toLowerCase();
      if (ext === '.txt') boundaries.push({ file, kind: 'txt' });
      else if (ext === '.dxf' || ext === '.dwg') boundaries.push({ file, kind: 'dxf' });
      else if (FEATURE_BOUNDARY_EXTENSIONS.includes(ext)) boundaries.push({ file, kind: 'features' });
      else if (ext === '.json') {
        const bytes = await readInputFile(ctx, file);
        if (!bytes) return EXIT.usage;
        const data = parseJson(bytes);
        if (isProjectDocument(data)) documents.push({ file, bytes });
        else plans.push({ file, bytes });
      } else {
        ctx.err(ctx.t(say('commands.review.run-6', { file })));
        return EXIT.usage;
      }
    }
    const blueprintFile = opt('blueprint');
    if (boundaries.length + documents.length === 0) return usage();
    if ((blueprintFile === undefined) === (plans.length === 0)) {
      ctx.err(ctx.t(say('commands.review.run-7')));
      return usage();
    }

    // Review pack and departments.
    const departmentsFile = opt('departments') ?? DEFAULT_DEPARTMENTS_PATH;
    const packFile = opt('review-rules') ?? DEFAULT_REVIEW_PACK_PATH;
    const departmentsBytes = await readInputFile(ctx, departmentsFile);
    const packBytes = await readInputFile(ctx, packFile);
    if (!departmentsBytes || !packBytes) return EXIT.usage;
    const departmentsLoad = readDepartments(departmentsBytes, basename(departmentsFile));
    if (!departmentsLoad.ok) {
      for (const e of departmentsLoad.errors.slice(0, 10)) ctx.err(`✗ ${ctx.t(e)}`);
      return EXIT.invalid;
    }
    const departments: Department[] = departmentsLoad.list.departments;
    const packLoad = readReviewPack(packBytes, basename(packFile), departments);
    if (!packLoad.ok) {
      for (const e of packLoad.errors.slice(0, 10)) ctx.err(`✗ ${ctx.t(e)}`);
      return EXIT.invalid;
    }
    const pack: ReviewPack = packLoad.pack;

    // Projects: every boundary file (with facts beside it or from options) and every project document.
    const overrides = factOptions(args.options);
    const projects: ProjectInput[] = [];
    let invalid = false;
    for (const { file, bytes } of documents) {
      const project = readProject(ctx, bytes, file);
      if (!project) {
        invalid = true;
        continue;
      }
      projects.push({ file, project: { ...project, properties: { ...project.properties, ...overrides } } });
    }
    for (const { file, kind } of boundaries) {
      const bytes = await readInputFile(ctx, file);
      if (!bytes) return EXIT.usage;
      const name = basename(file);
      const beside = join(dirname(file), `${basename(file, extname(file))}.project.json`);
      let base: ProjectDocument | null = null;
      if (existsSync(resolve(ctx.cwd, beside))) {
        const besideBytes = await readInputFile(ctx, beside);
        if (!besideBytes) return EXIT.usage;
        base = readProject(ctx, besideBytes, beside);
        if (!base) {
          invalid = true;
          continue;
        }
      }
      let boundary: Parameters<typeof projectFromBoundary>[0]['boundary'];
      let sourceFormat: ProjectBoundaryFormat | null = null;
      // Without a name from a document or --xmmc: the TXT's 地块名称 when it has one, else the file's name.
      let defaultName = basename(file, extname(file));
      if (kind === 'txt') {
        const read = readBoundaryTxt(bytes, name);
        const fatal = read.findings.filter((f) => f.level === 'fatal');
        for (const f of read.findings.slice(0, 20)) {
          const level =
            f.level === 'fatal'
              ? ctx.t(say('commands.review.LEVEL_fatal'))
              : f.level === 'quality'
                ? ctx.t(say('commands.review.LEVEL_quality'))
                : ctx.t(say('commands.review.LEVEL_warning'));
          (f.level === 'fatal' ? ctx.err : ctx.out)(`  [${level}] ${f.code}  ${ctx.t({ zh: f.messageZh, en: f.messageEn })}`);
        }
        if (fatal.length > 0 || read.parcels.length === 0) {
          ctx.err(ctx.t(say('commands.review.run-8', { file, length: fatal.length })));
          invalid = true;
          continue;
        }
        boundary = { format: 'txt', fileName: name, read };
        if (read.parcels[0]!.name.trim() !== '') defaultName = read.parcels[0]!.name.trim();
      } else if (kind === 'features') {
        const read = await readFeatureBoundary(ctx, file, opt('crs'));
        if (!read) {
          invalid = true;
          continue;
        }
        boundary = { format: 'txt', fileName: name, read: read.boundary };
        sourceFormat = read.format;
      } else {
        const read = readBoundaryDxf(bytes, name, {
          ...(opt('dxf-layer') ? { layer: opt('dxf-layer')! } : {}),
          ...(opt('crs') ? { crs: opt('crs')! } : {}),
        });
        for (const issue of read.issues.slice(0, 20))
          (issue.severity === 'fatal' ? ctx.err : ctx.out)(
            `  [${ctx.t(LEVEL[issue.severity])}] ${issue.code}  ${ctx.t({ zh: issue.messageZh, en: issue.messageEn })}`,
          );
        const fatalCount = read.issues.filter((i) => i.severity === 'fatal').length;
        if (!read.ok || read.parcels.length === 0) {
          if (read.layers.length > 0) {
            ctx.err(ctx.t(say('commands.review.run-9')));
            for (const l of read.layers)
              ctx.err(
                `    ${l.name}  ${Object.entries(l.entityCounts)
                  .map(([k, v]) => `${k}×${v}`)
                  .join(' ')}`,
              );
          }
          // A broken file (binary, truncated, wrong encoding) is not a file without polylines: say which it is.
          ctx.err(
            fatalCount > 0 ? ctx.t(say('commands.review.run-10', { file, fatalCount })) : ctx.t(say('commands.review.run-11', { file })),
          );
          invalid = true;
          continue;
        }
        boundary = { format: 'dxf', fileName: name, read };
      }
      const facts: ProjectFacts = {
        ...(base?.properties ?? { XMMC: defaultName, XMLX: undefined as unknown as ProjectType }),
        ...overrides,
      };
      if (!facts.XMLX) {
        ctx.err(ctx.t(say('commands.review.run-12', { file, beside })));
        return EXIT.usage;
      }
      const id = base?.project.id ?? featureId(CLI_PROJECT_NAMESPACE, `${name}:${sha256Hex(bytes)}`);
      const made = projectFromBoundary({ boundary, id, facts, ...(base ? { stage: base.project.stage } : {}) });
      if (!made.ok) {
        ctx.err(`✗ ${ctx.t({ zh: made.messageZh, en: made.messageEn })}`);
        invalid = true;
        continue;
      }
      // A boundary from the importer's features keeps its own format: its 界址点 were numbered like a TXT's.
      if (sourceFormat) made.project.project.source.format = sourceFormat;
      projects.push({ file, project: made.project });
    }
    if (invalid) {
      ctx.err(ctx.t(say('commands.review.run-13')));
      return EXIT.invalid;
    }
    // The same file twice (or a copy, or two documents with one id) would be one project reported twice under one id.
    const fileById = new Map<string, string>();
    for (const { file, project } of projects) {
      const twin = fileById.get(project.project.id);
      if (twin !== undefined) {
        ctx.err(ctx.t(say('commands.review.run-14', { file, twin, id: project.project.id })));
        return EXIT.usage;
      }
      fileById.set(project.project.id, file);
    }

    // Departments' recorded opinions (部门意见 files): checked against the departments and these projects.
    const opinions: DepartmentOpinion[] = [];
    const opinionFiles = args.options['opinions'];
    for (const file of Array.isArray(opinionFiles) ? opinionFiles : typeof opinionFiles === 'string' ? [opinionFiles] : []) {
      const fileBytes = await readInputFile(ctx, file);
      if (!fileBytes) return EXIT.usage;
      // The editor signs opinion files: a tampered, revoked or re-attributed one is refused; unsigned or unknown is reported.
      const opened = openSignedJsonFile(fileBytes, basename(file), isSignedJsonFile(fileBytes) ? await trustedKeysOf(ctx) : NO_KEYS);
      if (opened.check.status !== 'unsigned')
        (opened.payload && !REFUSED_SIGNATURES.has(opened.check.status) ? ctx.out : ctx.err)(signatureLine(opened.check, ctx));
      if (!opened.payload || REFUSED_SIGNATURES.has(opened.check.status)) {
        ctx.err(ctx.t(say('commands.review.run-13')));
        return EXIT.invalid;
      }
      const bytes = opened.payload;
      const read = readOpinionFile(bytes, basename(file), { departments, projects: projects.map((p) => p.project) });
      for (const f of read.findings.slice(0, 20))
        (f.level === 'fatal' ? ctx.err : ctx.out)(
          `  [${ctx.t(LEVEL[f.level])}] ${f.code}  ${f.path || '/'}  ${ctx.t({ zh: f.messageZh, en: f.messageEn })}`,
        );
      if (!read.opinion) {
        ctx.err(ctx.t(say('commands.review.run-15', { file })));
        ctx.err(ctx.t(say('commands.review.run-13')));
        return EXIT.invalid;
      }
      opinions.push(read.opinion);
    }

    // The blueprint: built from the plans as `lantu export` builds it, or rebuilt from the package's own sources.
    let inputs: ExportInputs;
    if (blueprintFile !== undefined) {
      const zip = await readInputFile(ctx, blueprintFile);
      if (!zip) return EXIT.usage;
      let files: ReadonlyMap<string, Uint8Array>;
      try {
        files = zipEntries(zip, blueprintFile, PACKAGE_ZIP_LIMITS);
      } catch (error) {
        const refusal =
          error instanceof ZipRefusal && error.code !== 'zip-invalid' ? { zh: error.zh, en: error.en } : say('commands.review.refusal');
        ctx.err(`✗ ${blueprintFile}: ${ctx.t(refusal)}`);
        return EXIT.invalid;
      }
      const fromPackage = packageExportInputs(files, blueprintFile);
      if (!fromPackage.ok) {
        ctx.err(`✗ ${ctx.t(fromPackage)}`);
        return EXIT.invalid;
      }
      inputs = fromPackage.inputs;
    } else {
      const rulesFile = opt('rules') ?? DEFAULT_PACK_PATH;
      const rules = await readInputFile(ctx, rulesFile);
      const policy = await readInputFile(ctx, DEFAULT_POLICY_PATH);
      const targetsFile = opt('targets');
      const targets = targetsFile !== undefined ? await readInputFile(ctx, targetsFile) : null;
      if (!rules || !policy || (targetsFile !== undefined && !targets)) return EXIT.usage;
      inputs = {
        sources: plans,
        pack: { file: rulesFile, bytes: rules },
        policy: { file: DEFAULT_POLICY_PATH, bytes: policy },
        targets: targets && targetsFile !== undefined ? { file: targetsFile, bytes: targets } : null,
        resolutions: null,
        created: `${date}T00:00:00.000Z`,
        // Review needs the blueprint whatever its state: open blockers and 待定 areas are reported per project.
        draft: true,
        toolVersion: toolVersion(),
      };
    }
    const prepared = await preparePackageFromFiles(inputs, ctx.lang);
    if (!prepared.ok) {
      for (const line of prepared.errors) ctx.err(line.startsWith(' ') ? line : `✗ ${line}`);
      return EXIT.invalid;
    }
    const { blueprint, conflicts, openConflictKeys, indicators } = prepared.input;

    // Measure and judge every project against the one context.
    const port = await createGeometryPort();
    const reviewed: { project: ProjectDocument; review: ProjectReview }[] = [];
    let outside = false;
    try {
      const context = prepareReviewContext({ blueprint, conflicts, openConflictKeys, indicators, port });
      try {
        for (const { file, project } of projects) {
          const measurement = measureProject(project, context);
          const outsideM2 = outsideTerritoryM2(measurement);
          if (outsideM2 >= 1) {
            const ha = m2ToHectares(outsideM2).toFixed(4);
            const mu = m2ToMu(outsideM2).toFixed(2);
            ctx.err(ctx.t(say('commands.review.run-16', { file, xmmc: project.properties.XMMC, ha, mu })));
            outside = true;
            continue;
          }
          reviewed.push({ project, review: evaluateReview(measurement, project.properties, pack, departments) });
        }
      } finally {
        disposeReviewContext(context);
      }
    } finally {
      port.dispose();
    }

    if (outside) {
      ctx.err(ctx.t(say('commands.review.run-13')));
      return EXIT.invalid;
    }
    for (const line of formatOpinionTable(reviewed, departments, ctx.lang)) ctx.out(line);

    const packId = { id: pack.id, version: pack.version };
    const entries = reviewed.map((r) => ({ project: r.project, review: r.review, opinions }));
    const json = reviewReportJson(entries, { departments, pack: packId });
    const outputs: { file: string; data: () => Uint8Array | string }[] = [];
    const reportFile = opt('report');
    const csvFile = opt('csv');
    if (reportFile !== undefined) {
      outputs.push({
        file: reportFile,
        data: () =>
          buildReviewReportsHtml(
            reviewed.map((r) => ({ ...r, departments, opinions, joint: null, blueprint, created: date, language: ctx.lang, pack: packId })),
          ),
      });
    }
    if (csvFile !== undefined) outputs.push({ file: csvFile, data: () => reviewReportCsv(json, ctx.lang) });
    for (const o of outputs) {
      try {
        await ctx.writeOutputFile(o.file, o.data());
      } catch (error) {
        ctx.err(`✗ ${o.file}: ${ctx.t(describeIoError(error, o.file))}`);
        return EXIT.usage;
      }
      ctx.out(ctx.t(say('commands.review.run-17', { file: o.file })));
    }
    await ctx.writeJson(json);
    return reviewed.some((r) => r.review.verdict === 'fail') ? EXIT.policy : EXIT.ok;
  },
};

export default review;
