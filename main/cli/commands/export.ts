// `lantu export <plan.json>... [--rules pack.json] [--targets t.json] [--policy p.json] [--resolutions r.json]
// [--created <ISO>] [--draft] -o blueprint.zip`: applies the resolutions, re-runs the rules, merges the blueprint,
// computes the indicators and writes the package atomically. Preflight: open blockers or 待定 areas refuse a
// final export (exit 3) unless --draft, which writes a package marked 草稿 listing them. Exit 1 on invalid input,
// 2 on usage/I-O errors. `buildPackageFromInputs` is shared with `lantu verify`, which rebuilds from a package.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import { buildBlueprint } from '../../../engine/merge/buildBlueprint.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { buildPackage, type PackageResult, type SqlJsWriterPort } from '../../../engine/package/index.ts';
import { applyResolutions, openConflicts, reconcileResolutions, type Policy, type Resolution } from '../../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type PlanQualityFindings, type RulePack } from '../../../engine/rules/index.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { validateSchema } from '../../../engine/validate/validateSchema.ts';
import { atomicWriteFile } from '../../node/atomicWriteFile.ts';
import { createGeometryPort } from '../../node/createGeometryPort.ts';
import { createSqlJs } from '../../node/createSqlJs.ts';
import type { CliCommand } from '../command.ts';
import type { CliContext } from '../context.ts';
import { describeIoError } from '../describeIoError.ts';
import { EXIT } from '../exitCodes.ts';
import { formatFindings } from '../printFindings.ts';
import { DEFAULT_PACK_PATH } from './check.ts';

export const DEFAULT_POLICY_PATH = fileURLToPath(new URL('../../../seeds/rules/policy-default.json', import.meta.url));

export function toolVersion(): string {
  const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('../../../package.json', import.meta.url)), 'utf8')) as { version: string };
  return pkg.version;
}

export interface PackageInputs {
  sources: { file: string; bytes: Uint8Array }[];
  pack: { file: string; bytes: Uint8Array };
  policy: { file: string; bytes: Uint8Array };
  targets: { file: string; bytes: Uint8Array } | null;
  resolutions: { file: string; bytes: Uint8Array } | null;
  created: string;
  draft: boolean;
  toolVersion: string;
}

export type BuildOutcome = { ok: true; result: PackageResult } | { ok: false; errors: string[] };

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return undefined;
  }
}

/** Resolutions file: `{ schemaVersion, resolutions: [...] }` with the members every resolution must have. */
function readResolutions(value: unknown, file: string, lang: 'zh' | 'en'): { resolutions: Resolution[] } | { error: string } {
  const list = value && typeof value === 'object' ? (value as { resolutions?: unknown }).resolutions : undefined;
  if (!Array.isArray(list)) return { error: lang === 'zh' ? `${file}：不是处置记录文件（缺少 resolutions 数组）` : `${file}: not a resolutions file (no resolutions array)` };
  for (const [i, r] of list.entries()) {
    const o = r as Record<string, unknown> | null;
    const missing = ['conflictKey', 'regionHash', 'kind', 'status', 'logNumber', 'decidedBy', 'decidedAt', 'edits'].filter((k) => !o || o[k] === undefined);
    if (missing.length > 0) return { error: lang === 'zh' ? `${file}：第 ${i + 1} 条处置记录缺少字段 ${missing.join('、')}` : `${file}: resolution ${i + 1} lacks ${missing.join(', ')}` };
    if (typeof o!['logNumber'] !== 'string' || !/^[0-9]{14}$/.test(o!['logNumber'])) return { error: lang === 'zh' ? `${file}：第 ${i + 1} 条处置记录的维护日志编号应为 yyyymmdd + 6 位序号` : `${file}: resolution ${i + 1} has a malformed log number` };
  }
  return { resolutions: list as Resolution[] };
}

export async function buildPackageFromInputs(inputs: PackageInputs, lang: 'zh' | 'en'): Promise<BuildOutcome> {
  const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const errors: string[] = [];
  const sources: { bytes: Uint8Array; plan: PlanDocument }[] = [];
  const qualityFindings: PlanQualityFindings[] = [];
  for (const { file, bytes } of inputs.sources) {
    const result = validatePlanBytes(bytes, file);
    if (!result.plan) {
      errors.push(`${file}: ${t('不是可导出的规划文档', 'not a plan document that can be exported')}`, ...formatFindings(result.findings, lang, 10));
      continue;
    }
    sources.push({ bytes, plan: result.plan });
    const quality = result.findings.filter((f) => f.level === 'quality');
    if (quality.length > 0) qualityFindings.push({ planId: result.plan.plan.id, findings: quality });
  }
  const ids = sources.map((s) => s.plan.plan.id);
  for (const id of new Set(ids)) if (ids.indexOf(id) !== ids.lastIndexOf(id)) errors.push(t(`规划标识 ${id} 出现了不止一次`, `plan id ${id} is given more than once`));
  const packLoad = loadRulePack(parseJson(inputs.pack.bytes));
  if (!packLoad.ok) errors.push(`${inputs.pack.file}: ${t('规则包无效', 'invalid rule pack')}`, ...packLoad.errors.map((e) => `  ${lang === 'zh' ? e.zh : e.en}`));
  const policyValue = parseJson(inputs.policy.bytes);
  const policyCheck = validateSchema('policy', policyValue);
  if (!policyCheck.valid) errors.push(`${inputs.policy.file}: ${t('优先级策略无效', 'invalid policy')}`, ...policyCheck.errors.slice(0, 10).map((e) => `  ${e.instancePath || '/'} ${e.message ?? e.keyword}`));
  let targets: Targets | undefined;
  if (inputs.targets) {
    const value = parseJson(inputs.targets.bytes);
    if (value !== null) {
      const v = validateSchema('targets', value);
      if (!v.valid) errors.push(`${inputs.targets.file}: ${t('指标目标文件无效', 'invalid targets file')}`, ...v.errors.slice(0, 10).map((e) => `  ${e.instancePath || '/'} ${e.message ?? e.keyword}`));
      else targets = value as Targets;
    }
  }
  let resolutions: Resolution[] = [];
  if (inputs.resolutions) {
    const read = readResolutions(parseJson(inputs.resolutions.bytes), inputs.resolutions.file, lang);
    if ('error' in read) errors.push(read.error);
    else resolutions = read.resolutions;
  }
  if (Number.isNaN(Date.parse(inputs.created)) || !/^\d{4}-\d{2}-\d{2}T/.test(inputs.created)) errors.push(t(`生成时间应为 ISO 时间，实际为「${inputs.created}」`, `the creation time must be an ISO time, found "${inputs.created}"`));
  if (sources.length === 0 && errors.length === 0) errors.push(t('没有可导出的规划文档', 'no plan document to export'));
  if (errors.length > 0 || !packLoad.ok) return { ok: false, errors };

  sources.sort((a, b) => (a.plan.plan.id < b.plan.plan.id ? -1 : a.plan.plan.id > b.plan.plan.id ? 1 : 0));
  const plans = sources.map((s) => s.plan);
  const pack = packLoad.pack as RulePack;
  const policy = policyValue as Policy;
  const port = await createGeometryPort();
  try {
    const applied = applyResolutions(plans, resolutions);
    const run = await runRules({ plans: applied.plans, pack, ...(targets ? { targets } : {}), qualityFindings }, port);
    const conflicts = run.report.conflicts;
    const reconciled = reconcileResolutions(resolutions, conflicts, applied.skipped);
    const open = openConflicts(conflicts, reconciled, inputs.created.slice(0, 10));
    const blueprint = buildBlueprint(plans, reconciled, policy, port);
    const indicators = computeIndicators(applied.plans, targets ?? null, port);
    const sqlJs = (await createSqlJs()) as unknown as SqlJsWriterPort;
    const result = buildPackage({
      sources,
      rulePack: { bytes: inputs.pack.bytes, id: pack.id, version: pack.version, rules: pack.rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity })) },
      policy: { bytes: inputs.policy.bytes, value: policy },
      targetsBytes: inputs.targets?.bytes ?? null,
      resolutions: reconciled,
      blueprint,
      conflicts,
      openConflictKeys: open.map((c) => c.key),
      indicators,
      created: inputs.created,
      draft: inputs.draft,
      toolVersion: inputs.toolVersion,
      sqlJs,
    });
    return { ok: true, result };
  } finally {
    port.dispose();
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

/** --created, else SOURCE_DATE_EPOCH (seconds), else now; always whole seconds in UTC. */
function creationTime(option: unknown): string | null {
  if (typeof option === 'string') {
    const ms = Date.parse(option);
    return Number.isNaN(ms) ? null : new Date(Math.floor(ms / 1000) * 1000).toISOString();
  }
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch !== undefined && epoch !== '') return /^[0-9]+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : null;
  return new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
}

const exportCommand: CliCommand = {
  summary: { zh: '导出一张蓝图成果包（GeoPackage、GeoJSON、台账、指标、质检与报告）', en: 'export the blueprint package (GeoPackage, GeoJSON, ledger, indicators, quality report, report)' },
  usage: '<plan.json>... -o <blueprint.zip>',
  options: {
    output: { type: 'string', short: 'o', value: '<blueprint.zip>', help: { zh: '输出的成果包', en: 'package to write' } },
    rules: { type: 'string', value: '<pack.json>', help: { zh: '规则包（默认 seeds/rules/jiyuan-default.json）', en: 'rule pack (default seeds/rules/jiyuan-default.json)' } },
    targets: { type: 'string', value: '<targets.json>', help: { zh: '指标目标文件', en: 'indicator targets file' } },
    policy: { type: 'string', value: '<policy.json>', help: { zh: '冲突处置优先级策略（默认 seeds/rules/policy-default.json）', en: 'precedence policy (default seeds/rules/policy-default.json)' } },
    resolutions: { type: 'string', value: '<r.json>', help: { zh: '冲突处置记录', en: 'conflict resolutions' } },
    created: { type: 'string', value: '<ISO>', help: { zh: '生成时间（默认 SOURCE_DATE_EPOCH 或当前时间）；相同输入得到逐字节相同的成果包', en: 'creation time (default SOURCE_DATE_EPOCH or now); same inputs give a byte-identical package' } },
    draft: { type: 'boolean', help: { zh: '存在未处置的阻断冲突或待定区域时仍导出，标记为草稿', en: 'export even with open blockers or undetermined areas, marked as a draft' } },
  },
  async run(args, ctx) {
    const output = args.options['output'];
    if (args.positionals.length === 0 || typeof output !== 'string') {
      ctx.err(ctx.t({ zh: '用法：lantu export <规划文件>... -o <成果包.zip>', en: 'usage: lantu export <plan.json>... -o <blueprint.zip>' }));
      return EXIT.usage;
    }
    const created = creationTime(args.options['created']);
    if (created === null) {
      ctx.err(ctx.t({ zh: '--created 或 SOURCE_DATE_EPOCH 不是有效的时间', en: '--created or SOURCE_DATE_EPOCH is not a valid time' }));
      return EXIT.usage;
    }
    const opt = (name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
    const sources = [];
    for (const file of args.positionals) {
      const input = await readInput(ctx, file);
      if (!input) return EXIT.usage;
      sources.push(input);
    }
    const pack = await readInput(ctx, opt('rules') ?? DEFAULT_PACK_PATH);
    const policy = await readInput(ctx, opt('policy') ?? DEFAULT_POLICY_PATH);
    const targets = opt('targets') !== undefined ? await readInput(ctx, opt('targets')!) : null;
    const resolutions = opt('resolutions') !== undefined ? await readInput(ctx, opt('resolutions')!) : null;
    if (!pack || !policy || (opt('targets') !== undefined && !targets) || (opt('resolutions') !== undefined && !resolutions)) return EXIT.usage;

    const outcome = await buildPackageFromInputs({ sources, pack, policy, targets, resolutions, created, draft: args.options['draft'] === true, toolVersion: toolVersion() }, ctx.lang);
    if (!outcome.ok) {
      for (const line of outcome.errors) ctx.err(line.startsWith(' ') ? line : `✗ ${line}`);
      return EXIT.invalid;
    }
    const { result } = outcome;
    if (!result.ok) {
      ctx.err(ctx.t({ zh: `✗ 不能导出正式成果：${result.reasons.length} 个问题（可用 --draft 导出草稿）`, en: `✗ cannot export a final package: ${result.reasons.length} issue(s) (use --draft for a draft)` }));
      for (const r of result.reasons.slice(0, 20)) ctx.err(`  ${ctx.lang === 'zh' ? r.zh : r.en}`);
      if (result.reasons.length > 20) ctx.err(ctx.t({ zh: `  …… 另有 ${result.reasons.length - 20} 个`, en: `  … and ${result.reasons.length - 20} more` }));
      await ctx.writeJson({ ok: false, reasons: result.reasons });
      return EXIT.policy;
    }
    try {
      await atomicWriteFile(resolve(ctx.cwd, output), result.zip);
    } catch (error) {
      ctx.err(`✗ ${output}: ${ctx.t(describeIoError(error, output))}`);
      return EXIT.usage;
    }
    const m = result.manifest;
    const statusZh = m.status === 'final' ? '正式成果' : '草稿';
    ctx.out(
      ctx.t({
        zh: `已导出 ${output}（${statusZh}，${m.files.length + 1} 个文件，${(result.zip.length / 1024 / 1024).toFixed(2)} MB）：${m.sources.length} 个规划，冲突 ${m.conflicts.total} 处（未处置 ${m.conflicts.open}，阻断 ${m.conflicts.openBlockers}），处置 ${m.resolutions} 条，待定区域 ${m.undeterminedAreas} 处`,
        en: `exported ${output} (${m.status}, ${m.files.length + 1} files, ${(result.zip.length / 1024 / 1024).toFixed(2)} MB): ${m.sources.length} plans, ${m.conflicts.total} conflicts (${m.conflicts.open} open, ${m.conflicts.openBlockers} blockers), ${m.resolutions} resolutions, ${m.undeterminedAreas} undetermined areas`,
      }),
    );
    if (m.status === 'draft') for (const r of m.draftReasons.slice(0, 20)) ctx.out(`  ${ctx.t({ zh: '草稿原因', en: 'draft reason' })}: ${ctx.lang === 'zh' ? r.zh : r.en}`);
    await ctx.writeJson({ ok: true, output, status: m.status, sizeBytes: result.zip.length, manifest: m });
    return EXIT.ok;
  },
};

export default exportCommand;
