// `lantu check <plan.json>... [--rules pack.json] [--targets t.json] [--json <path|->] [--geojson regions.geojson]
// [--fail-on blocker|major] [--timings] [--threads N] [--engine postgis --db <conn> [--schema s] [--connections N]
// [--source-layer <kind>[:<plan-id>]=<schema.table>[,…]]…]`:
// validates the plans, runs the rule pack (the default Jiyuan pack without --rules; in N worker threads, partitioned by
// rules, or in PostGIS over N connections, where plans may also be tables already in that database), prints a summary
// per rule and severity (count, total 公顷) and writes the report, the same for any N and either engine.
// Exit 0; 1 when a plan, pack or targets file is invalid or one plan is given twice; 2 on usage/I-O errors (and on
// Ctrl+C during a postgis run, which cancels the database's statements first); 3 when --fail-on is met.
// A targets file, rule pack or conflict report among the positional files (as in `seeds/jiyuan/*.json`) is
// recognised by its shape: targets and pack are used, a report and the 并联审批 documents are skipped.
import { schemaErrorText } from '../../../engine/validate/index.ts';
import { fileURLToPath } from 'node:url';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Targets } from '../../../engine/indicators/index.ts';
import { duplicatePlanMessage, duplicatePlans } from '../../../engine/model/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import {
  catalogOfPlans,
  loadRulePack,
  runExecutor,
  runRules,
  RulesCancelledError,
  SEVERITIES,
  type ConflictReport,
  type PlanQualityFindings,
  type RulePack,
  type Severity,
} from '../../../engine/rules/index.ts';
import {
  decodeJsonBytes,
  validateDecodedPlan,
  validatePlanStream,
  type PlanFileValidation,
  type PlanValidationStream,
} from '../../../engine/validate/index.ts';
import { compactPlanDocument } from '../../../engine/geometry/index.ts';
import { validateSchema } from '../../../engine/validate/index.ts';
import type pg from 'pg';
import { describePgError } from '../../node/db/describePgError.ts';
import type { SourceTable } from '../../node/db/readPlanTables.ts';
import { postgisExecutor, type PostgisNote } from '../../node/postgis/postgisExecutor.ts';
import { runRulesInWorkers } from '../../node/runRulesInWorkers.ts';
import { PlanFileChangedError } from '../../node/PlanFileChangedError.ts';
import { startGeometryPort } from '../../node/startGeometryPort.ts';
import { tightenHeapGrowth } from '../../node/tightenHeapGrowth.ts';
import { validatePlanFile } from '../../node/validatePlanFile.ts';
import { describeIoError } from '../describeIoError.ts';
import {
  defaultThreads,
  largestShare,
  SHARED_PREPARATION_BYTES,
  startRulesWorkers,
  threadsByDefault,
  type StartedRulesWorkers,
} from '../../node/workerRulesExecutor.ts';
import type { CliCommand } from '../command.ts';
import type { ParsedArgs } from '../parseArgs.ts';
import type { CliContext } from '../context.ts';
import { DB_OPTION } from '../openDatabase.ts';
import { openDatabases } from '../openDatabases.ts';
import { readInputFile } from '../readInputFile.ts';
import { EXIT, type ExitCode } from '../exitCodes.ts';
import { parsePlanTables } from '../parsePlanTables.ts';
import { readTablePlans } from '../readTablePlans.ts';
import { formatFindings } from '../printFindings.ts';
import { say } from '../../i18n/index.ts';

export const DEFAULT_PACK_PATH = fileURLToPath(new URL('../../../seeds/rules/jiyuan-default.json', import.meta.url));

const SEVERITY_ZH: Record<Severity, string> = { blocker: '阻断', major: '重要', minor: '提示', info: '信息' };

type FileKind = 'plan' | 'targets' | 'pack' | 'report' | 'review';
type Decoded = ReturnType<typeof decodeJsonBytes>;

const EMPTY = new Uint8Array(0);
/** Files up to this size are read whole and classified (a pack, targets, a report …); larger ones are plans, streamed. */
const CLASSIFIED_BYTES = 8_000_000;

/** The file's size, or null after printing why it cannot be read (as readInputFile words it). */
async function inputFileSize(ctx: CliContext, file: string): Promise<number | null> {
  try {
    return (await stat(resolve(ctx.cwd, file))).size;
  } catch (error) {
    ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
    return null;
  }
}

/**
 * A small JSON file its streamed reading could not tell (no top-level features array: targets, a pack, a report, or a
 * plan the stream leaves to the whole-file path) is classified by its top-level members after a whole decode, which
 * that plan's validation then takes over; anything larger is taken as a plan.
 */
function classify(bytes: Uint8Array): { kind: FileKind; decoded?: Decoded } {
  if (bytes.length > CLASSIFIED_BYTES) return { kind: 'plan' };
  const decoded = decodeJsonBytes(bytes);
  // Files validation would refuse (not UTF-8, too deep, 1e400…) are classified as before, from a lenient parse.
  return { kind: kindOf('value' in decoded ? decoded.value : parseJson(bytes)), decoded };
}

/** Not JSON (undefined): validation reports it as a plan file. */
function kindOf(parsed: unknown): FileKind {
  if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const value = parsed as Record<string, unknown>;
    if (Array.isArray(value['conflicts']) && !('features' in value)) return 'report';
    if (Array.isArray(value['targets']) && Array.isArray(value['baselines'])) return 'targets';
    if (Array.isArray(value['rules'])) return 'pack';
    // The 并联审批 documents (department list, review pack, project) sit beside the demo's plans.
    if (Array.isArray(value['departments']) || Array.isArray(value['checks']) || value['project'] !== undefined) return 'review';
  }
  return 'plan';
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

const check: CliCommand = {
  usage: '<plan.json>... [--engine postgis --db <conn> [--source-layer <kind>[:<plan-id>]=<schema.table>[,…]]…]',
  options: {
    rules: {
      type: 'string',
      value: '<pack.json>',
      help: say('commands.check.rules_help'),
    },
    targets: { type: 'string', value: '<targets.json>', help: say('commands.check.targets_help') },
    geojson: {
      type: 'string',
      value: '<regions.geojson>',
      help: say('commands.check.geojson_help'),
    },
    'fail-on': {
      type: 'string',
      value: 'blocker|major',
      choices: ['blocker', 'major'],
      help: say('commands.check.fail-on_help'),
    },
    threads: {
      type: 'integer',
      value: '<N>',
      min: 1,
      help: say('commands.check.threads_help'),
    },
    engine: {
      type: 'string',
      value: 'embedded|postgis',
      choices: ['embedded', 'postgis'],
      help: say('commands.check.engine_help'),
    },
    db: DB_OPTION,
    'source-layer': {
      type: 'string',
      repeat: true,
      value: '<kind>[:<plan-id>]=<schema.table>[,…]',
      help: say('commands.check.source-layer_help'),
    },
    schema: {
      type: 'string',
      value: '<name>',
      help: say('commands.check.schema_help'),
    },
    connections: {
      type: 'integer',
      value: '<N>',
      min: 1,
      help: say('commands.check.connections_help'),
    },
    timings: {
      type: 'boolean',
      help: say('commands.check.timings_help'),
    },
  },
  async run(args, ctx) {
    // The workers start now, so that loading the engine and compiling GEOS overlap the reading of the plans; those a
    // run does not take (an early return, a smaller default) are stopped.
    const workers = await workersToStart(args, ctx);
    // Two or more heaps at once: each collects sooner, so that their garbage does not add up.
    if (workers > 0) tightenHeapGrowth();
    const prestarted = workers > 0 ? startRulesWorkers(workers) : null;
    try {
      return await checkPlans(args, ctx, prestarted);
    } finally {
      prestarted?.stop();
    }
  },
};

/** Workers to start before the plans are read: --threads N's N − 1, or the default's for plans this large. */
async function workersToStart(args: ParsedArgs, ctx: CliContext): Promise<number> {
  if (args.options['engine'] === 'postgis') return 0;
  const threads = args.options['threads'];
  if (typeof threads === 'number') return threads - 1;
  let bytes = 0;
  // Errors are told when the files are read; the estimate only counts what is there.
  for (const file of args.positionals)
    bytes += await stat(resolve(ctx.cwd, file)).then(
      (s) => s.size,
      () => 0,
    );
  return bytes < SHARED_PREPARATION_BYTES ? 0 : defaultThreads(bytes) - 1;
}

async function checkPlans(args: ParsedArgs, ctx: CliContext, prestarted: StartedRulesWorkers | null): Promise<ExitCode> {
  const tableSpecs = parsePlanTables(Array.isArray(args.options['source-layer']) ? args.options['source-layer'] : []);
  if (tableSpecs.length > 0 && (args.options['engine'] !== 'postgis' || typeof args.options['db'] !== 'string')) {
    ctx.err(ctx.t(say('commands.check.source-layer-needs-postgis')));
    return EXIT.usage;
  }
  if (args.positionals.length === 0 && tableSpecs.length === 0) {
    ctx.err(ctx.t(say('commands.check.run')));
    return EXIT.usage;
  }
  // GEOS compiles while the plans are read and validated (the demo check waited ~185 ms CPU for it after).
  const early = startGeometryPort();
  const t0 = performance.now();
  ctx.step(say('commands.check.step-read'));
  const files: {
    file: string;
    bytes: Uint8Array;
    decoded: Decoded | undefined;
    sizeBytes: number;
    sources?: SourceTable[] | null;
    /** A small plan's streamed reading, done while classifying it; validation ends it. */
    stream?: PlanValidationStream;
  }[] = [];
  let packFile = typeof args.options['rules'] === 'string' ? args.options['rules'] : undefined;
  let targetsFile = typeof args.options['targets'] === 'string' ? args.options['targets'] : undefined;
  for (const file of args.positionals) {
    // A large file is a plan: it is read in chunks by its validation below, never whole (nor as one string).
    const sizeBytes = await inputFileSize(ctx, file);
    if (sizeBytes === null) return early.abandon(EXIT.usage);
    if (sizeBytes > CLASSIFIED_BYTES) {
      files.push({ file, bytes: EMPTY, decoded: undefined, sizeBytes });
      continue;
    }
    const bytes = await readInputFile(ctx, file);
    if (!bytes) return early.abandon(EXIT.usage);
    // A plan is told by the top-level members its streamed reading finds, so it is parsed once, feature by feature;
    // only a file without a top-level features array (targets, a pack, a report …) is decoded whole to classify.
    const stream = validatePlanStream(file);
    stream.push(bytes);
    const top = stream.topLevel();
    const { kind, decoded } = top ? { kind: kindOf(top), decoded: undefined } : classify(bytes);
    if (kind === 'report') {
      ctx.out(ctx.t(say('commands.check.run-2', { file })));
      continue;
    }
    if (kind === 'review') {
      ctx.out(ctx.t(say('commands.check.run-3', { file })));
      continue;
    }
    if (kind === 'targets' && targetsFile === undefined) targetsFile = file;
    else if (kind === 'pack' && packFile === undefined) packFile = file;
    else if (kind === 'plan') files.push({ file, bytes, decoded, sizeBytes: bytes.length, stream });
  }
  const packBytes = await readInputFile(ctx, packFile ?? DEFAULT_PACK_PATH);
  if (!packBytes) return early.abandon(EXIT.usage);
  const targetsBytes = targetsFile !== undefined ? await readInputFile(ctx, targetsFile) : null;
  if (targetsFile !== undefined && !targetsBytes) return early.abandon(EXIT.usage);
  // Plans in PostGIS tables: read on the run's connections, opened here once (one password prompt) and kept for the run.
  let preopened: { clients: pg.Client[]; label: string } | null = null;
  const abandon = async (code: ExitCode) => {
    if (preopened) await Promise.all(preopened.clients.map((c) => c.end().catch(() => undefined)));
    return early.abandon(code);
  };
  if (tableSpecs.length > 0) {
    const count = typeof args.options['connections'] === 'number' ? args.options['connections'] : 2;
    preopened = await openDatabases(args.options['db'] as string, count, ctx);
    if (!preopened) return early.abandon(EXIT.usage);
    const read = await readTablePlans(preopened, tableSpecs, ctx);
    if (!Array.isArray(read)) return abandon(read);
    files.push(...read);
  }
  const t1 = performance.now();
  // The started workers validate the same plan files meanwhile, so that none waits for this thread's copy of them.
  if (tableSpecs.length === 0) prestarted?.read(files.map((f) => ({ path: resolve(ctx.cwd, f.file), name: f.file })));

  const plans: PlanDocument[] = [];
  const planFiles: string[] = [];
  const planSources: (SourceTable[] | null)[] = [];
  const qualityFindings: PlanQualityFindings[] = [];
  const planBytes = files.reduce((n, f) => n + f.sizeBytes, 0);
  let invalid = false;
  for (const entry of files) {
    const { file, bytes, decoded, sizeBytes } = entry;
    let result: PlanFileValidation;
    // A plan read from tables (`sources` set) is in memory only: never read again as a file.
    if (sizeBytes > CLASSIFIED_BYTES && entry.sources === undefined) {
      // Feature by feature into the compact store (README, 2026-12-05): the check's peak at 300k parcels.
      try {
        result = await validatePlanFile(resolve(ctx.cwd, file), file);
      } catch (error) {
        ctx.err(`✗ ${file}: ${ctx.t(describeIoError(error, file))}`);
        return early.abandon(EXIT.usage);
      }
    } else {
      // The streamed reading (done already for a small file, here for a table's plan); what it leaves to the
      // whole-file path is validated so.
      let stream = entry.stream;
      if (!stream) {
        stream = validatePlanStream(file);
        stream.push(bytes);
      }
      const validated = stream.end() ?? validateDecodedPlan(decoded ?? decodeJsonBytes(bytes), file);
      result = validated.plan ? { ...validated, plan: compactPlanDocument(validated.plan) } : validated;
    }
    // Nothing reads the bytes or their decoded value again: let them go before the next plan is parsed.
    entry.bytes = EMPTY;
    entry.decoded = undefined;
    delete entry.stream;
    if (!result.plan) {
      invalid = true;
      ctx.err(`✗ ${file}: ${ctx.t(say('commands.check.run-4'))}`);
      for (const line of formatFindings(result.findings, ctx.lang, 10)) ctx.err(line);
      continue;
    }
    plans.push(result.plan);
    planFiles.push(file);
    planSources.push(entry.sources ?? null);
    const quality = result.findings.filter((f) => f.level === 'quality');
    if (quality.length > 0) {
      ctx.out(ctx.t(say('commands.check.run-5', { file, length: quality.length })));
      qualityFindings.push({ planId: result.plan.plan.id, findings: quality });
    }
  }
  // One plan given twice would overlap itself everywhere: refused as `export` refuses it (one definition).
  for (const d of duplicatePlans(plans.map((p) => ({ id: p.plan.id, kind: p.plan.kind, features: p.features })))) {
    invalid = true;
    ctx.err(`✗ ${planFiles[d.second]}: ${ctx.t(duplicatePlanMessage(d, (i) => planFiles[i]!))}`);
  }
  const packLoad = loadRulePack(parseJson(packBytes));
  if (!packLoad.ok) {
    invalid = true;
    ctx.err(`✗ ${packFile ?? DEFAULT_PACK_PATH}: ${ctx.t(say('commands.check.run-6'))}`);
    for (const e of packLoad.errors) ctx.err(`  ${ctx.lang === 'zh' ? e.zh : e.en}`);
  }
  let targets: Targets | undefined;
  if (targetsBytes) {
    const data = parseJson(targetsBytes);
    const v = validateSchema('targets', data);
    if (!v.valid) {
      invalid = true;
      ctx.err(`✗ ${targetsFile}: ${ctx.t(say('commands.check.run-7'))}`);
      for (const e of v.errors.slice(0, 10)) ctx.err(`  ${ctx.t(schemaErrorText(e))}`);
    } else targets = data as Targets;
  }
  if (invalid || !packLoad.ok) return abandon(EXIT.invalid);
  if (plans.length === 0) {
    ctx.err(ctx.t(say('commands.check.run-8')));
    return abandon(EXIT.usage);
  }
  const t2 = performance.now();

  const threadsOption = args.options['threads'];
  const usePostgis = args.options['engine'] === 'postgis';
  const db = args.options['db'];
  const connectionsOption = args.options['connections'];
  const postgisUsage = usePostgis
    ? typeof db !== 'string'
      ? say('commands.check.postgisUsage')
      : threadsOption !== undefined
        ? say('commands.check.postgisUsage-2')
        : null
    : db !== undefined || args.options['schema'] !== undefined || connectionsOption !== undefined
      ? say('commands.check.postgisUsage-4')
      : null;
  if (postgisUsage) {
    ctx.err(ctx.t(postgisUsage));
    return abandon(EXIT.usage);
  }
  const input = { plans, pack: packLoad.pack as RulePack, ...(targets ? { targets } : {}), qualityFindings };
  // Default: one thread per core, as many as fit in 80 % of the free memory at their share of the plans (each worker
  // holds only the layers its rules read), on plans large enough to pay for the workers (threadsByDefault).
  const shareOf = largestShare(input);
  const candidate = defaultThreads(planBytes, undefined, undefined, shareOf);
  const threads = typeof threadsOption === 'number' ? threadsOption : threadsByDefault(planBytes, candidate, shareOf(candidate) >= 1);
  // Workers started for a default that turned out to be this thread stop now rather than validate on in vain.
  if (threads === 1) prestarted?.stop();
  const affordable = defaultThreads(planBytes, Number.MAX_SAFE_INTEGER, undefined, shareOf);
  if (threads > affordable) {
    ctx.err(ctx.t(say('commands.check.run-10', { threads, affordable })));
  }
  ctx.step(usePostgis ? say('commands.check.step-postgis') : say('commands.check.step-rules', { threads }));
  const port = await early.port;
  let report: ConflictReport;
  let prepareMs: number;
  let checkMs: number;
  /** With worker threads: the features each one prepared (the --timings line tells the partition's share). */
  let featuresPerWorker: number[] = [];
  const postgisNotes: PostgisNote[] = [];
  try {
    if (usePostgis) {
      const count = typeof connectionsOption === 'number' ? connectionsOption : 2;
      const opened = preopened ?? (await openDatabases(db as string, count, ctx));
      if (!opened) return EXIT.usage;
      const catalog = catalogOfPlans(port, plans);
      // Ctrl+C cancels the statements running in the database and drops the run schema before exiting; a second
      // Ctrl+C (the listener is gone) ends the process as usual.
      const interrupt = new AbortController();
      const onSigint = () => interrupt.abort();
      process.once('SIGINT', onSigint);
      try {
        const schema = args.options['schema'];
        const executor = postgisExecutor({
          clients: opened.clients,
          port,
          sources: planSources,
          ...(typeof schema === 'string' ? { schema } : {}),
          onNote: (n) => {
            postgisNotes.push(n);
            if (n.kind === 'fallback' && n.reason !== undefined && n.subjects !== undefined)
              ctx.err(
                ctx.t(
                  say('commands.check.tile-fallback', {
                    ruleIds: { zh: n.ruleIds.join('、'), en: n.ruleIds.join(', ') },
                    reason: n.reason,
                    of: n.subjects.of,
                    embedded: n.subjects.embedded,
                    tiles: n.tiles ?? 1,
                  }),
                ),
              );
            else if (n.kind === 'fallback' && n.reason !== undefined)
              ctx.err(
                ctx.t(
                  say('commands.check.executor_onNote', {
                    ruleIds: { zh: n.ruleIds.join('、'), en: n.ruleIds.join(', ') },
                    reason: n.reason,
                  }),
                ),
              );
            else if (n.kind === 'fallback')
              ctx.err(
                ctx.t(
                  say('commands.check.executor_onNote-2', {
                    ruleIds: { zh: n.ruleIds.join('、'), en: n.ruleIds.join(', ') },
                    relation: n.relation,
                  }),
                ),
              );
          },
        });
        const run = await runExecutor(executor, input, catalog, { now: () => performance.now(), signal: interrupt.signal });
        report = run.report;
        prepareMs = postgisNotes.reduce((n, x) => n + (x.kind === 'phase' && (x.phase === 'prepare' || x.phase === 'load') ? x.ms : 0), 0);
        checkMs = run.timings.checkMs - prepareMs;
      } catch (error) {
        if (error instanceof RulesCancelledError) {
          ctx.err(
            ctx.t(
              typeof args.options['schema'] === 'string'
                ? say('commands.check.run-13', { options: args.options['schema'] })
                : say('commands.check.run-14'),
            ),
          );
          return EXIT.interrupted;
        }
        // Database and socket errors (a SQLSTATE or errno code, a dropped connection) are told; anything else is a bug.
        const e = error as { code?: unknown; message?: unknown };
        if (typeof e.code !== 'string' && !/terminated unexpectedly|timeout/i.test(String(e.message))) throw error;
        ctx.err(`✗ ${ctx.t(describePgError(error, opened.label))}`);
        return EXIT.usage;
      } finally {
        process.off('SIGINT', onSigint);
        catalog.release();
        await Promise.all(opened.clients.map((c) => c.end().catch(() => undefined)));
      }
    } else if (threads === 1) {
      const run = await runRules(input, port, { now: () => performance.now(), once: true });
      report = run.report;
      prepareMs = run.timings.prepareMs;
      checkMs = run.timings.checkMs;
    } else {
      // This thread and its workers evaluate parts of the pack; this thread turns the records into the report (the shared step).
      let run: Awaited<ReturnType<typeof runRulesInWorkers>>;
      try {
        run = await runRulesInWorkers(input, port, threads, prestarted ?? undefined);
      } catch (error) {
        if (!(error instanceof PlanFileChangedError)) throw error;
        ctx.err(`✗ ${error.file}: ${ctx.t(say('commands.check.plan-file-changed'))}`);
        return EXIT.usage;
      }
      featuresPerWorker = run.featuresPerWorker;
      report = run.report;
      prepareMs = run.prepareMs;
      checkMs = run.timings.checkMs - prepareMs;
    }
  } finally {
    port.dispose();
  }

  printSummary(ctx, report);
  if ((ctx.json !== undefined && ctx.json !== '-') || typeof args.options['geojson'] === 'string')
    ctx.step(say('commands.check.step-report'));
  await ctx.writeJson(report);
  if (typeof args.options['geojson'] === 'string') {
    await ctx.writeOutputFile(args.options['geojson'], `${JSON.stringify(regionsOf(report))}\n`);
  }
  if (args.options['timings'] && usePostgis) {
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    const phase = (p: string) => ms(postgisNotes.reduce((n, x) => n + (x.kind === 'phase' && x.phase === p ? x.ms : 0), 0));
    const fallback = postgisNotes.flatMap((n) => (n.kind === 'fallback' ? n.ruleIds : []));
    for (const n of postgisNotes)
      if (n.kind === 'tables')
        ctx.out(
          ctx.t(
            say('commands.check.geometry-from-tables', {
              fromTables: n.geometryFromTables,
              sent: n.geometrySent,
              footprints: n.footprintsSent,
            }),
          ),
        );
    ctx.out(
      ctx.t(
        say('commands.check.run-11', {
          value: fallback.length ? say('commands.check.fallbackRules', { ids: { zh: fallback.join('、'), en: fallback.join(', ') } }) : '',
          value2: ms(t1 - t0),
          value3: ms(t2 - t1),
          value4: phase('prepare'),
          value5: phase('load'),
          value6: phase('sql'),
          value7: phase('embedded'),
        }),
      ),
    );
    // Which rules the SQL time went to: at province scale one relation can dominate the run.
    const byRule = postgisNotes
      .flatMap((n) => (n.kind === 'rule' ? [n] : []))
      .sort((a, b) => b.ms - a.ms || (a.ruleId < b.ruleId ? -1 : 1));
    if (byRule.length > 0) {
      const rules = byRule.map((n) => `${n.ruleId} ${ms(n.ms)}`);
      ctx.out(ctx.t(say('commands.check.sql-by-rule', { rules: { zh: rules.join('，'), en: rules.join(', ') } })));
    }
  } else if (args.options['timings']) {
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    ctx.out(
      ctx.t(
        say('commands.check.run-12', {
          value: ms(t1 - t0),
          value2: ms(t2 - t1),
          prepareMs: ms(prepareMs),
          checkMs: ms(checkMs),
          threads,
          perWorker:
            featuresPerWorker.length > 0
              ? say('commands.check.features-per-worker', {
                  list: { zh: featuresPerWorker.join('、'), en: featuresPerWorker.join(', ') },
                  total: plans.reduce((n, p) => n + p.features.length, 0),
                })
              : '',
        }),
      ),
    );
  }
  const failOn = args.options['fail-on'];
  if (failOn === 'blocker' || failOn === 'major') {
    const worst = SEVERITIES.indexOf(failOn);
    if (report.conflicts.some((c) => SEVERITIES.indexOf(c.severity) <= worst)) return EXIT.policy;
  }
  return EXIT.ok;
}

function printSummary(ctx: CliContext, report: ConflictReport): void {
  for (const s of report.summary) {
    const sev = ctx.lang === 'zh' ? SEVERITY_ZH[s.severity] : s.severity;
    ctx.out(
      `  ${s.ruleId.padEnd(5)} ${sev.padEnd(ctx.lang === 'zh' ? 3 : 8)} ${String(s.count).padStart(5)}  ${s.areaHa.toFixed(4)} ${ctx.t(say('commands.check.printSummary'))}`,
    );
  }
  const by = SEVERITIES.map(
    (sev) => `${ctx.lang === 'zh' ? SEVERITY_ZH[sev] : sev} ${report.conflicts.filter((c) => c.severity === sev).length}`,
  );
  ctx.out(
    ctx.t(
      say('commands.check.printSummary-2', {
        by: { zh: by.join('，'), en: by.join(', ') },
        length: report.conflicts.length,
        length2: report.plans.length,
        id: report.pack.id,
        version: report.pack.version,
      }),
    ),
  );
}

function regionsOf(report: ConflictReport): unknown {
  return {
    type: 'FeatureCollection',
    features: report.conflicts
      .filter((c) => c.region !== null)
      .map((c) => ({
        type: 'Feature',
        id: c.key,
        geometry: c.region,
        properties: {
          key: c.key,
          ruleId: c.ruleId,
          severity: c.severity,
          areaM2: c.measure.areaM2 ?? null,
          lengthM: c.measure.lengthM ?? null,
          distanceM: c.measure.distanceM ?? null,
          subjectBsm: c.subject?.bsm ?? null,
          objectBsm: c.object?.bsm ?? null,
          town: c.town?.name ?? null,
          message: c.message,
        },
      })),
  };
}

export default check;
