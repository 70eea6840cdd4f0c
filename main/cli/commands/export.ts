// `lantu export <plan.json>... | <workspace.lantu> [--rules pack.json] [--targets t.json] [--policy p.json] [--resolutions r.json]
// [--created <ISO>] [--draft] -o blueprint.zip`: applies the resolutions, re-runs the rules, merges the blueprint,
// computes the indicators and writes the package atomically, its zip streamed to a temporary file file by file
// (main/node/zipPackageStream.ts) so a city's package is never held whole in memory. Preflight: open blockers or 待定 areas refuse a
// final export (exit 3) unless --draft, which writes a package marked 草稿 listing them. Exit 1 on invalid input,
// 2 on usage/I-O errors. The pipeline is engine/export's prepareExport then engine/package's packageFiles, shared
// with `lantu verify` (and, through buildPackageFromInputs, with the editor). A `.lantu` workspace is replayed
// from its history (engine/edit) and exported with the editor's own inputs (workspaceExportOf): the same bytes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import {
  prepareExport,
  SourceRereadError,
  workspaceExportInputs,
  workspaceExportOf,
  type ExportInputs,
  type ExportIssue,
  type ExportPhase,
  type NamedBytes,
  type RereadableBytes,
} from '../../../engine/export/index.ts';
import type { Policy } from '../../../engine/resolutions/index.ts';
import { loadDepartments } from '../../../engine/review/index.ts';
import type { Department } from '../../../engine/review/index.ts';
import type { RulePack, RulesInput } from '../../../engine/rules/index.ts';
import { packageFiles, type PackageInput, type SqlJsWriterPort } from '../../../engine/package/index.ts';
import { atomicWriteFile } from '../../node/atomicWriteFile.ts';
import { createGeometryPort } from '../../node/createGeometryPort.ts';
import { createSqlJs } from '../../node/createSqlJs.ts';
import { runRulesInWorkers } from '../../node/runRulesInWorkers.ts';
import { sha256HexNode } from '../../node/sha256HexNode.ts';
import { zipPackageStream } from '../../node/zipPackageStream.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { describeInternalError } from '../describeInternalError.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { formatFindings } from '../printFindings.ts';
import { DEFAULT_PACK_PATH } from './check.ts';
import { isWorkspaceFileName, readWorkspaceFile } from '../readWorkspaceFile.ts';
import { say } from '../../i18n/index.ts';

export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../../../seeds/rules/policy-default.json', import.meta.url));

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

export type PrepareOutcome = { ok: true; input: PackageInput } | { ok: false; errors: string[] };

/** An input problem as lines for the terminal: the message, then indented details and findings. */
function issueLines(issue: ExportIssue, lang: 'zh' | 'en'): string[] {
  return [issue.message[lang], ...issue.details.map((d) => `  ${d[lang]}`), ...formatFindings(issue.findings, lang, 10)];
}

/**
 * What a terminal is told as each of the export's phases starts (CliContext.step). The `package` phase only gathers
 * the computed parts; the package is built as its zip is written, which the command tells itself.
 */
export const EXPORT_STEP: Readonly<Partial<Record<ExportPhase, Record<'zh' | 'en', string>>>> = {
  sources: say('commands.export.step-sources'),
  indicators: say('commands.export.step-indicators'),
  rules: say('commands.export.step-rules'),
  blueprint: say('commands.export.step-blueprint'),
};

/** The pipeline up to the package's input (GEOS is done with by then): engine/package streams the files from it. */
export async function preparePackageFromFiles(
  inputs: ExportInputs,
  lang: 'zh' | 'en',
  threads = 1,
  onPhase: (phase: ExportPhase) => void = () => undefined,
): Promise<PrepareOutcome> {
  const geometry = await createGeometryPort();
  try {
    const sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
    // With threads > 1 the rules run in worker threads; the package is the same byte for byte.
    const rules = threads > 1 ? async (input: RulesInput) => (await runRulesInWorkers(input, geometry, threads)).report : undefined;
    const prepared = await prepareExport(inputs, { geometry, sqlJs, sha256Hex: sha256HexNode, ...(rules ? { rules } : {}) }, onPhase);
    return prepared.ok ? prepared : { ok: false, errors: prepared.issues.flatMap((i) => issueLines(i, lang)) };
  } finally {
    geometry.dispose();
  }
}

async function readInput(ctx: CliContext, file: string): Promise<{ file: string; bytes: Uint8Array } | null> {
  try {
    return { file, bytes: await readFile(resolve(ctx.cwd, file)) };
  } catch (error) {
    ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
    return null;
  }
}

/**
 * A plan file as read here (an unreadable one is named before any work), handed over to be read again when the package
 * copies it rather than held through the export: a 300k-parcel city's four plans are 290 MB (README, 2026-12-07).
 */
function rereadablePlan(ctx: CliContext, input: NamedBytes): RereadableBytes {
  const { file } = input;
  let first: Uint8Array | null = input.bytes;
  return {
    file,
    read() {
      const bytes = first;
      first = null;
      if (bytes) return bytes;
      try {
        return readFileSync(resolve(ctx.cwd, file));
      } catch (error) {
        throw new SourceRereadError(say('commands.export.reread', { reason: describeIoError(error, file) }));
      }
    },
  };
}

/** Zip entries carry DOS timestamps, which cover 1980–2099 (UTC fields, as zipWriter writes them). */
const FIRST_ZIP_YEAR = 1980;
const LAST_ZIP_YEAR = 2099;

/** --created, else SOURCE_DATE_EPOCH (seconds), else now; always whole seconds in UTC. Null: not a time; 'out-of-range': outside the zip's years. */
function creationTime(option: unknown): string | null | 'out-of-range' {
  let ms: number;
  if (typeof option === 'string') ms = Date.parse(option);
  else {
    const epoch = process.env['SOURCE_DATE_EPOCH'];
    if (epoch !== undefined && epoch !== '') ms = /^[0-9]+$/.test(epoch) ? Number(epoch) * 1000 : Number.NaN;
    else ms = Date.now();
  }
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return null;
  const year = new Date(ms).getUTCFullYear();
  if (year < FIRST_ZIP_YEAR || year > LAST_ZIP_YEAR) return 'out-of-range';
  return new Date(Math.floor(ms / 1000) * 1000).toISOString();
}

/** The bundled department list (seeds/jiyuan/departments.json), for a workspace that has projects but no list. */
function defaultDepartments(): readonly Department[] {
  const path = fileURLToPath(new URL('../../../seeds/jiyuan/departments.json', import.meta.url));
  const loaded = loadDepartments(JSON.parse(readFileSync(path, 'utf8')), 'seeds/jiyuan/departments.json');
  if (!loaded.ok) throw new Error(`seeds/jiyuan/departments.json: ${loaded.errors.map((e) => e.en).join('; ')}`);
  return loaded.list.departments;
}

/**
 * The export inputs of one `.lantu` workspace: its history replayed (engine/edit), then the same inputs the
 * editor's export dialog takes (engine/export workspaceExportOf), so the package is the editor's byte for byte.
 * The workspace carries its own policy, targets and resolutions; its rule pack too (--rules only stands in
 * for a workspace that has none). Returns an exit code when refused.
 */
async function workspaceInputs(
  ctx: CliContext,
  positionals: readonly string[],
  opt: (name: string) => string | undefined,
  options: { created: string; draft: boolean },
): Promise<ExportInputs | ExitCode> {
  const clash = ['policy', 'targets', 'resolutions'].filter((name) => opt(name) !== undefined);
  if (positionals.length !== 1 || clash.length > 0) {
    ctx.err(
      ctx.t(
        say('commands.export.workspaceInputs', {
          value: clash.length > 0 ? say('commands.export.clash', { options: { zh: clash.join('、--'), en: clash.join(', --') } }) : '',
        }),
      ),
    );
    return EXIT.usage;
  }
  const opened = await readWorkspaceFile(ctx, positionals[0]!);
  if (!opened.ok) return opened.exit;
  let ws = opened.checked.workspace;
  if (!ws.rulePack) {
    const pack = await readInput(ctx, opt('rules') ?? DEFAULT_PACK_PATH);
    if (!pack) return EXIT.usage;
    try {
      ws = { ...ws, rulePack: JSON.parse(new TextDecoder().decode(pack.bytes)) as RulePack };
    } catch (error) {
      ctx.err(`✗ ${pack.file}: ${ctx.t(say('commands.export.workspaceInputs-2', { message: (error as Error).message }))}`);
      return EXIT.invalid;
    }
  }
  const defaultPolicy = JSON.parse(readFileSync(DEFAULT_POLICY_PATH, 'utf8')) as Policy;
  const input = workspaceExportOf(
    ws,
    { policy: defaultPolicy, departments: (ws.projects ?? []).length > 0 ? defaultDepartments() : [] },
    { ...options, toolVersion: toolVersion() },
  );
  return workspaceExportInputs(input!);
}

const exportCommand: CliCommand = {
  usage: '<plan.json>... | <workspace.lantu> -o <blueprint.zip>',
  options: {
    output: { type: 'string', short: 'o', value: '<blueprint.zip>', help: say('commands.export.output_help') },
    rules: {
      type: 'string',
      value: '<pack.json>',
      help: say('commands.check.rules_help'),
    },
    targets: { type: 'string', value: '<targets.json>', help: say('commands.check.targets_help') },
    policy: {
      type: 'string',
      value: '<policy.json>',
      help: say('commands.export.policy_help'),
    },
    resolutions: { type: 'string', value: '<r.json>', help: say('commands.export.resolutions_help') },
    created: {
      type: 'string',
      value: '<ISO>',
      help: say('commands.export.created_help'),
    },
    draft: {
      type: 'boolean',
      help: say('commands.export.draft_help'),
    },
    threads: {
      type: 'integer',
      value: '<N>',
      min: 1,
      help: say('commands.export.threads_help'),
    },
  },
  async run(args, ctx) {
    const output = args.options['output'];
    if (args.positionals.length === 0 || typeof output !== 'string') {
      ctx.err(ctx.t(say('commands.export.run')));
      return EXIT.usage;
    }
    const created = creationTime(args.options['created']);
    if (created === null) {
      ctx.err(ctx.t(say('commands.export.run-2')));
      return EXIT.usage;
    }
    if (created === 'out-of-range') {
      ctx.err(ctx.t(say('commands.export.run-3', { firstZipYear: FIRST_ZIP_YEAR, lastZipYear: LAST_ZIP_YEAR })));
      return EXIT.usage;
    }
    const opt = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
    const draft = args.options['draft'] === true;
    let inputs: ExportInputs;
    ctx.step(say('commands.export.step-read'));
    if (args.positionals.some(isWorkspaceFileName)) {
      const fromWorkspace = await workspaceInputs(ctx, args.positionals, opt, { created, draft });
      if (typeof fromWorkspace === 'number') return fromWorkspace;
      inputs = fromWorkspace;
    } else {
      const sources = [];
      for (const file of args.positionals) {
        const input = await readInput(ctx, file);
        if (!input) return EXIT.usage;
        sources.push(rereadablePlan(ctx, input));
      }
      const pack = await readInput(ctx, opt('rules') ?? DEFAULT_PACK_PATH);
      const policy = await readInput(ctx, opt('policy') ?? DEFAULT_POLICY_PATH);
      const targets = opt('targets') !== undefined ? await readInput(ctx, opt('targets')!) : null;
      const resolutions = opt('resolutions') !== undefined ? await readInput(ctx, opt('resolutions')!) : null;
      if (!pack || !policy || (opt('targets') !== undefined && !targets) || (opt('resolutions') !== undefined && !resolutions))
        return EXIT.usage;
      inputs = { sources, pack, policy, targets, resolutions, created, draft, toolVersion: toolVersion() };
    }

    const threads = args.options['threads'];
    const outcome = await preparePackageFromFiles(inputs, ctx.lang, typeof threads === 'number' ? threads : 1, (phase) => {
      const step = EXPORT_STEP[phase];
      if (step) ctx.step(step);
    });
    if (!outcome.ok) {
      for (const line of outcome.errors) ctx.err(line.startsWith(' ') ? line : `✗ ${line}`);
      return EXIT.invalid;
    }
    // The first file (the GeoPackage, in zip order) is encoded as the stream starts.
    ctx.step(say('commands.export.step-write', { output }));
    const result = zipPackageStream(packageFiles(outcome.input), created);
    if (!result.ok) {
      ctx.err(ctx.t(say('commands.export.run-4', { length: result.reasons.length })));
      // Each reason names the rule, both sides (layer, BSM, name), the town and the status; --json lists them all.
      for (const r of result.reasons.slice(0, 20)) ctx.err(`  ${ctx.lang === 'zh' ? r.zh : r.en}`);
      if (result.reasons.length > 20) ctx.err(ctx.t(say('commands.export.run-5', { value: result.reasons.length - 20 })));
      await ctx.writeJson({ ok: false, reasons: result.reasons });
      return EXIT.policy;
    }
    try {
      await atomicWriteFile(resolve(ctx.cwd, output), result.stream.chunks, { journalDir: ctx.journalDir });
    } catch (error) {
      // The temporary file is gone and the target untouched. A plan file that changed or went away names itself;
      // an error without a code is the build's, not the disk's.
      if (error instanceof SourceRereadError) {
        ctx.err(`✗ ${ctx.t(error.said)}`);
        return EXIT.usage;
      }
      const failed =
        (error as { code?: unknown } | null)?.code !== undefined
          ? describeIoError(error, output)
          : say('commands.export.failed', { error: describeInternalError(error) });
      ctx.err(`✗ ${output}: ${ctx.t(failed)}`);
      return EXIT.usage;
    }
    const { manifest: m, sizeBytes } = result.stream.done();
    const statusZh = m.status === 'final' ? '正式成果' : '草稿';
    ctx.out(
      ctx.t(
        say('commands.export.run-6', {
          statusZh: { zh: statusZh, en: m.status },
          output,
          value: m.files.length + 1,
          value2: (sizeBytes / 1024 / 1024).toFixed(2),
          length: m.sources.length,
          total: m.conflicts.total,
          open: m.conflicts.open,
          openBlockers: m.conflicts.openBlockers,
          resolutions: m.resolutions,
          undeterminedAreas: m.undeterminedAreas,
        }),
      ),
    );
    if (m.status === 'draft')
      for (const r of m.draftReasons.slice(0, 20)) ctx.out(`  ${ctx.t(say('commands.export.run-7'))}: ${ctx.lang === 'zh' ? r.zh : r.en}`);
    await ctx.writeJson({ ok: true, output, status: m.status, sizeBytes, manifest: m });
    return EXIT.ok;
  },
};

export default exportCommand;
