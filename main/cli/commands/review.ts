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
import { printableLine } from '../printableLine.ts';
import { DEFAULT_PACK_PATH } from './check.ts';
import { DEFAULT_POLICY_PATH, preparePackageFromFiles, toolVersion } from './export.ts';

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
  fatal: { zh: '致命', en: 'fatal' },
  quality: { zh: '质量', en: 'quality' },
  warning: { zh: '提示', en: 'warning' },
  info: { zh: '信息', en: 'info' },
} as const;

const UNMEASURABLE = new Set(['self-intersection', 'hole-outside-shell']);

/** A project document read by the engine's reader; fatal findings (printed) give null. */
function readProject(ctx: CliContext, bytes: Uint8Array, file: string): ProjectDocument | null {
  const read = readProjectDocument(bytes, basename(file));
  for (const f of read.findings.slice(0, 20))
    (f.level === 'fatal' ? ctx.err : ctx.out)(`  [${ctx.t(LEVEL[f.level])}] ${f.code}  ${f.path || '/'}  ${ctx.t(f.message)}`);
  if (!read.project) {
    ctx.err(ctx.t({ zh: `✗ ${file}：不是有效的项目文档`, en: `✗ ${file}: not a valid project document` }));
    return null;
  }
  // A document may be stored with a crossing boundary (a quality finding), but measuring one gives wrong areas
  // (a bow-tie of a 0.48 ha site measured 0.24 ha): the TXT and DXF readers refuse it, and so does the review.
  if (read.findings.some((f) => UNMEASURABLE.has(f.code))) {
    ctx.err(
      ctx.t({
        zh: `✗ ${file}：边界几何自相交或内圈在外圈之外，无法计算占用面积，未审查`,
        en: `✗ ${file}: the boundary crosses itself or has a hole outside its shell, so no area can be measured; not reviewed`,
      }),
    );
    return null;
  }
  // Its 界址点 table is printed beside its maps: a geometry moved or replaced without its points must not pass.
  const offsetM = sourcePointsOffsetM(read.project);
  if (offsetM !== null && offsetM > 0.1) {
    const m = offsetM.toFixed(1);
    ctx.err(
      ctx.t({
        zh: `✗ ${file}：界址点（project.source.points）与边界几何（geometry）相差约 ${m} 米，不是同一个边界，未审查`,
        en: `✗ ${file}: the 界址点 (project.source.points) lie about ${m} m from the boundary geometry (geometry); they are not the same boundary; not reviewed`,
      }),
    );
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
  summary: {
    zh: '并联审批：按一张蓝图审查项目界址（部标 TXT、DXF），输出各部门初审意见与合规性审查报告',
    en: 'parallel approval: review project boundaries (TXT, DXF) against the blueprint; department opinions and the compliance report',
  },
  usage: '<boundary>... (<plan.json>... | --blueprint <package.zip>)',
  options: {
    blueprint: {
      type: 'string',
      value: '<package.zip>',
      help: { zh: '用成果包中的一张蓝图（代替规划文件）', en: 'review against a blueprint package (instead of plan files)' },
    },
    'review-rules': {
      type: 'string',
      value: '<pack.json>',
      help: { zh: '审查规则包（默认 seeds/rules/jiyuan-review.json）', en: 'review pack (default seeds/rules/jiyuan-review.json)' },
    },
    departments: {
      type: 'string',
      value: '<list.json>',
      help: { zh: '部门名录（默认 seeds/jiyuan/departments.json）', en: 'department list (default seeds/jiyuan/departments.json)' },
    },
    report: {
      type: 'string',
      value: '<out.html>',
      help: { zh: '写出合规性审查报告（HTML，可打印为 A4）', en: 'write the compliance report (HTML, prints on A4)' },
    },
    csv: { type: 'string', value: '<out.csv>', help: { zh: '写出审查结果 CSV', en: 'write the review as CSV' } },
    opinions: {
      type: 'string',
      repeat: true,
      value: '<opinion.json>',
      help: {
        zh: '部门意见文件（可多次给出），写入报告与 JSON',
        en: "a department's opinion file (repeatable), shown in the report and JSON",
      },
    },
    rules: {
      type: 'string',
      value: '<pack.json>',
      help: {
        zh: '由规划文件构建蓝图时的冲突规则包（默认 seeds/rules/jiyuan-default.json）',
        en: 'conflict rule pack when building the blueprint from plans (default seeds/rules/jiyuan-default.json)',
      },
    },
    targets: {
      type: 'string',
      value: '<targets.json>',
      help: { zh: '指标目标文件（由规划文件构建蓝图时）', en: 'indicator targets (when building from plans)' },
    },
    xmmc: {
      type: 'string',
      value: '<name>',
      help: { zh: '项目名称（默认取 TXT 的地块名称，或文件名）', en: "project name (default: the TXT's parcel name, or the file name)" },
    },
    xmdm: { type: 'string', value: '<code>', help: { zh: '统一项目代码', en: 'project code' } },
    xmlx: {
      type: 'string',
      value: '<type>',
      choices: PROJECT_TYPES,
      help: { zh: `项目类型：${PROJECT_TYPES.join('、')}`, en: `project type: ${PROJECT_TYPES.join(', ')}` },
    },
    nydyt: {
      type: 'string',
      value: '<code>',
      help: { zh: '拟用途（用地用海代码，如 1001）', en: 'proposed use (land-use code, e.g. 1001)' },
    },
    zdxm: {
      type: 'string',
      value: '<yes-no>',
      choices: ['是', '否'],
      help: { zh: '是否国家重大建设项目：是、否', en: 'national major project: 是 or 否' },
    },
    gylb: {
      type: 'string',
      value: '<class>',
      choices: ['一类', '二类', '三类'],
      help: { zh: '工业类别：一类、二类、三类', en: 'industry class: 一类, 二类, 三类' },
    },
    'dxf-layer': { type: 'string', value: '<layer>', help: { zh: 'DXF 中界址所在图层', en: 'DXF layer holding the boundaries' } },
    crs: {
      type: 'string',
      value: '<EPSG:45xx>',
      help: { zh: 'DXF 坐标系（默认按坐标推断）', en: 'CRS of DXF coordinates (default: inferred)' },
    },
    date: {
      type: 'string',
      value: '<YYYY-MM-DD>',
      help: { zh: '报告日期（默认 SOURCE_DATE_EPOCH 或今天）', en: 'report date (default SOURCE_DATE_EPOCH or today)' },
    },
  },
  async run(args, rawCtx) {
    // Names come from surveyors' files and options: control characters in them never reach the terminal raw.
    const ctx: CliContext = { ...rawCtx, out: (line) => rawCtx.out(printableLine(line)), err: (line) => rawCtx.err(printableLine(line)) };
    const usage = () => {
      ctx.err(
        ctx.t({
          zh: '用法：lantu review <界址文件>... (<规划文件>... | --blueprint <成果包.zip>) [--report 报告.html] [--csv 结果.csv] [--json 结果.json]',
          en: 'usage: lantu review <boundary>... (<plan.json>... | --blueprint <package.zip>) [--report out.html] [--csv out.csv] [--json out.json]',
        }),
      );
      return EXIT.usage;
    };
    const opt = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
    const date = reportDate(args.options['date']);
    if (date === null) {
      ctx.err(
        ctx.t({
          zh: '--date 或 SOURCE_DATE_EPOCH 不是有效的日期（YYYY-MM-DD）',
          en: '--date or SOURCE_DATE_EPOCH is not a valid date (YYYY-MM-DD)',
        }),
      );
      return EXIT.usage;
    }
    const nydyt = opt('nydyt');
    if (nydyt !== undefined && !isKnownCode('ydyh2023', nydyt)) {
      ctx.err(
        ctx.t({
          zh: `--nydyt ${nydyt} 不是《用地用海分类指南》中的代码`,
          en: `--nydyt ${nydyt} is not a code of the land and sea use classification`,
        }),
      );
      return EXIT.usage;
    }

    // The project document's limits (schemas/project.schema.json): XMMC and JSDW at most 200 characters.
    const xmmc = opt('xmmc');
    if (xmmc !== undefined && (xmmc.trim() === '' || xmmc.length > 200)) {
      ctx.err(
        ctx.t({
          zh: `--xmmc 项目名称须为 1–200 个字符（现为 ${xmmc.length} 个）`,
          en: `--xmmc: the project name must have 1–200 characters (it has ${xmmc.length})`,
        }),
      );
      return EXIT.usage;
    }
    const outputFiles = [opt('report'), opt('csv'), ctx.json === '-' ? undefined : ctx.json].filter((f): f is string => f !== undefined);
    if (new Set(outputFiles.map((f) => resolve(ctx.cwd, f))).size < outputFiles.length) {
      ctx.err(
        ctx.t({
          zh: `--report、--csv 与 --json 须写到不同的文件：${outputFiles.join('、')}`,
          en: `--report, --csv and --json must name different files: ${outputFiles.join(', ')}`,
        }),
      );
      return EXIT.usage;
    }
    const unwritable = await unwritableOutput(ctx, outputFiles);
    if (unwritable) {
      ctx.err(`✗ ${ctx.t(unwritable)}`);
      ctx.err(ctx.t({ zh: '未审查，未写出任何文件', en: 'not reviewed; nothing was written' }));
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
        ctx.err(
          ctx.t({
            zh: `✗ ${file}：不认识的文件类型（界址请用 .txt、.dxf、.geojson、.shp、.zip（Shapefile）或 .gpkg，规划与项目文件用 .json）`,
            en: `✗ ${file}: unknown file type (boundaries: .txt, .dxf, .geojson, .shp, .zip (Shapefile) or .gpkg; plans and project documents: .json)`,
          }),
        );
        return EXIT.usage;
      }
    }
    const blueprintFile = opt('blueprint');
    if (boundaries.length + documents.length === 0) return usage();
    if ((blueprintFile === undefined) === (plans.length === 0)) {
      ctx.err(
        ctx.t({
          zh: '请给出规划文件或 --blueprint 成果包（二者取其一）',
          en: 'give plan files or --blueprint <package.zip> (one of the two)',
        }),
      );
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
              ? ctx.t({ zh: '致命', en: 'fatal' })
              : f.level === 'quality'
                ? ctx.t({ zh: '质量', en: 'quality' })
                : ctx.t({ zh: '提示', en: 'warning' });
          (f.level === 'fatal' ? ctx.err : ctx.out)(`  [${level}] ${f.code}  ${ctx.t({ zh: f.messageZh, en: f.messageEn })}`);
        }
        if (fatal.length > 0 || read.parcels.length === 0) {
          ctx.err(
            ctx.t({
              zh: `✗ ${file}：界址点文件有 ${fatal.length} 个致命问题，未审查`,
              en: `✗ ${file}: the boundary file has ${fatal.length} fatal problem(s); not reviewed`,
            }),
          );
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
            ctx.err(ctx.t({ zh: '  DXF 图层：', en: '  DXF layers:' }));
            for (const l of read.layers)
              ctx.err(
                `    ${l.name}  ${Object.entries(l.entityCounts)
                  .map(([k, v]) => `${k}×${v}`)
                  .join(' ')}`,
              );
          }
          // A broken file (binary, truncated, wrong encoding) is not a file without polylines: say which it is.
          ctx.err(
            fatalCount > 0
              ? ctx.t({
                  zh: `✗ ${file}：DXF 文件有 ${fatalCount} 个致命问题，未审查`,
                  en: `✗ ${file}: the DXF file has ${fatalCount} fatal problem(s); not reviewed`,
                })
              : ctx.t({
                  zh: `✗ ${file}：没有读出闭合的界址多段线，未审查`,
                  en: `✗ ${file}: no closed boundary polyline read; not reviewed`,
                }),
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
        ctx.err(
          ctx.t({
            zh: `✗ ${file}：缺少项目类型：请用 --xmlx 给出，或写在 ${beside} 中`,
            en: `✗ ${file}: no project type: give --xmlx or put it in ${beside}`,
          }),
        );
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
      ctx.err(ctx.t({ zh: '输入有误，未写出任何文件', en: 'bad input: nothing was written' }));
      return EXIT.invalid;
    }
    // The same file twice (or a copy, or two documents with one id) would be one project reported twice under one id.
    const fileById = new Map<string, string>();
    for (const { file, project } of projects) {
      const twin = fileById.get(project.project.id);
      if (twin !== undefined) {
        ctx.err(
          ctx.t({
            zh: `✗ ${file}：与 ${twin} 是同一个项目（项目标识 ${project.project.id}），同一次审查中只能给出一次`,
            en: `✗ ${file}: the same project as ${twin} (id ${project.project.id}); give it once per call`,
          }),
        );
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
        ctx.err(ctx.t({ zh: '输入有误，未写出任何文件', en: 'bad input: nothing was written' }));
        return EXIT.invalid;
      }
      const bytes = opened.payload;
      const read = readOpinionFile(bytes, basename(file), { departments, projects: projects.map((p) => p.project) });
      for (const f of read.findings.slice(0, 20))
        (f.level === 'fatal' ? ctx.err : ctx.out)(
          `  [${ctx.t(LEVEL[f.level])}] ${f.code}  ${f.path || '/'}  ${ctx.t({ zh: f.messageZh, en: f.messageEn })}`,
        );
      if (!read.opinion) {
        ctx.err(
          ctx.t({ zh: `✗ ${file}：不是可用的部门意见文件，未审查`, en: `✗ ${file}: not a usable department opinion file; not reviewed` }),
        );
        ctx.err(ctx.t({ zh: '输入有误，未写出任何文件', en: 'bad input: nothing was written' }));
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
          error instanceof ZipRefusal && error.code !== 'zip-invalid'
            ? { zh: error.zh, en: error.en }
            : { zh: '不是有效的 zip 文件', en: 'is not a valid zip file' };
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
            ctx.err(
              ctx.t({
                zh: `✗ ${file}：项目“${project.properties.XMMC}”有 ${ha} 公顷（${mu} 亩）位于蓝图范围（行政区 XZQ）之外，蓝图无法审查这部分：请核对坐标或带号，或使用覆盖该范围的蓝图`,
                en: `✗ ${file}: ${ha} ha (${mu} mu) of project "${project.properties.XMMC}" lies outside the blueprint's territory (XZQ), where the blueprint cannot review it: check the coordinates or zone, or use a blueprint that covers it`,
              }),
            );
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
      ctx.err(ctx.t({ zh: '输入有误，未写出任何文件', en: 'bad input: nothing was written' }));
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
      ctx.out(ctx.t({ zh: `已写出 ${o.file}`, en: `wrote ${o.file}` }));
    }
    await ctx.writeJson(json);
    return reviewed.some((r) => r.review.verdict === 'fail') ? EXIT.policy : EXIT.ok;
  },
};

export default review;
