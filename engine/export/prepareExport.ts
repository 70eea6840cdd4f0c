// Pure (GEOS through its port). prepareExport(inputs, ports, onPhase) → the package input built from input
// files: plans validated, the resolutions applied, the indicators computed, the rules re-run (comparing those
// indicators), statuses reconciled and the blueprint merged (phase 'package' is reported when it is ready); or the
// input problems, found before any work. engine/package turns it into files (packageFiles, file by file) or a zip
// (buildPackage).
import { strFromU8 } from 'fflate';
import { compactPlanDocument } from '../geometry/compactPlanDocument.ts';
import { computeIndicators } from '../indicators/computeIndicators.ts';
import type { Targets } from '../indicators/types.ts';
import { buildBlueprint } from '../merge/buildBlueprint.ts';
import { duplicatePlanMessage, duplicatePlans } from '../model/duplicatePlans.ts';
import type { PackageInput, SourceFile } from '../package/index.ts';
import { applyResolutions, openConflicts, reconcileResolutions, type Policy, type Resolution } from '../resolutions/index.ts';
import { validatePolicy } from '../resolutions/validatePolicy.ts';
import { loadRulePack, runRules, type PlanQualityFindings, type RulePack } from '../rules/index.ts';
import { validatePlanBytes } from '../validate/validatePlanBytes.ts';
import { validateSchema, type SchemaError } from '../validate/validateSchema.ts';
import { schemaErrorText } from '../validate/schemaErrorText.ts';
import { readResolutionsFile } from './readResolutionsFile.ts';
import { readReviewRegisterFiles } from '../review/readReviewRegisterFiles.ts';
import { sha256Hex } from '../package/sha256Hex.ts';
import { isRereadable, sourceFileOf } from './sourceFileOf.ts';
import type { PackageProjects } from '../package/types.ts';
import type { ExportInputs, ExportIssue, ExportPhase, ExportPorts } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export type PreparedExport = { ok: true; input: PackageInput } | { ok: false; issues: ExportIssue[] };

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

const issue = (
  kind: ExportIssue['kind'],
  message: Bilingual,
  more: Partial<Pick<ExportIssue, 'file' | 'details' | 'findings'>> = {},
): ExportIssue => ({
  kind,
  ...(more.file !== undefined ? { file: more.file } : {}),
  message: { zh: message.zh, en: message.en },
  details: more.details ?? [],
  findings: more.findings ?? [],
});

const schemaDetails = (errors: readonly SchemaError[]) => errors.slice(0, 10).map((e) => schemaErrorText(e));

export async function prepareExport(
  inputs: ExportInputs,
  ports: ExportPorts,
  onPhase: (phase: ExportPhase) => void = () => undefined,
): Promise<PreparedExport> {
  onPhase('sources');
  const issues: ExportIssue[] = [];
  const sources: (SourceFile & { file: string })[] = [];
  const qualityFindings: PlanQualityFindings[] = [];
  const hash = ports.sha256Hex ?? sha256Hex;
  for (const input of inputs.sources) {
    const { file } = input;
    const bytes = isRereadable(input) ? input.read() : input.bytes;
    const result = validatePlanBytes(bytes, file);
    if (!result.plan) {
      issues.push(
        issue('plan', say('export.prepareExport.not-plan', { file }), {
          file,
          findings: result.findings,
        }),
      );
      continue;
    }
    // The coordinates go into the compact store (README, 2026-12-07): the rules, the blueprint and the package read
    // them through, so the parsed GeoJSON is not held for the whole export.
    // A rereadable file's bytes are read again when the package copies it, so they are not held meanwhile.
    sources.push(sourceFileOf(input, bytes, compactPlanDocument(result.plan), hash));
    const quality = result.findings.filter((f) => f.level === 'quality');
    if (quality.length > 0) qualityFindings.push({ planId: result.plan.plan.id, findings: quality });
  }
  for (const d of duplicatePlans(sources.map((s) => ({ id: s.plan.plan.id, kind: s.plan.plan.kind, features: s.plan.features })))) {
    const message = duplicatePlanMessage(d, (i) => sources[i]!.file);
    issues.push(issue('duplicatePlanId', message, { file: sources[d.second]!.file }));
  }
  const packLoad = loadRulePack(parseJson(inputs.pack.bytes));
  if (!packLoad.ok)
    issues.push(
      issue('rulePack', say('export.prepareExport.rule-pack', { file: inputs.pack.file }), {
        file: inputs.pack.file,
        details: packLoad.errors.map((e) => ({ zh: e.zh, en: e.en })),
      }),
    );
  const policyValue = parseJson(inputs.policy.bytes);
  // The schema, then what it cannot say (a layer in two tiers, tiers not numbered 1..n …), as the editor checks it.
  const policyCheck = validatePolicy(policyValue, packLoad.ok ? new Set(packLoad.pack.rules.map((r) => r.id)) : null);
  if (!policyCheck.ok)
    issues.push(
      issue('policy', say('export.prepareExport.policy', { file: inputs.policy.file }), {
        file: inputs.policy.file,
        details: policyCheck.errors.slice(0, 10).map((e) => ({ zh: e.zh, en: e.en })),
      }),
    );
  let targets: Targets | undefined;
  if (inputs.targets) {
    const value = parseJson(inputs.targets.bytes);
    // A package without targets carries `null` in targets.json.
    if (value !== null) {
      const v = validateSchema('targets', value);
      if (!v.valid)
        issues.push(
          issue('targets', say('export.prepareExport.targets', { file: inputs.targets.file }), {
            file: inputs.targets.file,
            details: schemaDetails(v.errors),
          }),
        );
      else targets = value as Targets;
    }
  }
  let resolutions: Resolution[] = [];
  if (inputs.resolutions) {
    const read = readResolutionsFile(parseJson(inputs.resolutions.bytes), inputs.resolutions.file);
    if ('error' in read) issues.push(issue('resolutions', read.error, { file: inputs.resolutions.file }));
    else resolutions = read.resolutions;
  }
  let projects: PackageProjects | undefined;
  if (inputs.review) {
    const read = readReviewRegisterFiles(inputs.review.projects, inputs.review.opinions);
    if (!read.ok)
      issues.push(
        issue('review', say('export.prepareExport.review', { file: inputs.review.projects.file }), {
          file: inputs.review.projects.file,
          details: read.errors,
        }),
      );
    else projects = { projectsBytes: inputs.review.projects.bytes, opinionsBytes: inputs.review.opinions.bytes, register: read.register };
  }
  if (Number.isNaN(Date.parse(inputs.created)) || !/^\d{4}-\d{2}-\d{2}T/.test(inputs.created)) {
    issues.push(issue('created', say('export.prepareExport.created', { created: inputs.created })));
  }
  if (sources.length === 0 && issues.length === 0) issues.push(issue('noPlans', say('export.prepareExport.no-plans')));
  if (issues.length > 0 || !packLoad.ok) return { ok: false, issues };

  sources.sort((a, b) => (a.plan.plan.id < b.plan.plan.id ? -1 : a.plan.plan.id > b.plan.plan.id ? 1 : 0));
  const plans = sources.map((s) => s.plan);
  const pack = packLoad.pack as RulePack;
  const policy = policyValue as Policy;
  const port = ports.geometry;

  const applied = applyResolutions(plans, resolutions);
  // The package's indicators come first: the indicator rules then compare these values instead of dissolving every
  // town a second time.
  onPhase('indicators');
  const indicators = computeIndicators(applied.plans, targets ?? null, port);
  onPhase('rules');
  // Only the conflicts go on: the run's working state (per-feature footprints, indexes, caches) is left to the
  // garbage collector before the blueprint and the package need the memory.
  const rulesInput = { plans: applied.plans, pack, ...(targets ? { targets, indicatorValues: indicators } : {}), qualityFindings };
  const { conflicts } = ports.rules ? await ports.rules(rulesInput) : (await runRules(rulesInput, port)).report;
  const reconciled = reconcileResolutions(resolutions, conflicts, applied.skipped);
  const open = openConflicts(conflicts, reconciled, inputs.created.slice(0, 10));
  onPhase('blueprint');
  const blueprint = buildBlueprint(plans, reconciled, policy, port);
  onPhase('package');
  const input: PackageInput = {
    sources,
    rulePack: {
      bytes: inputs.pack.bytes,
      id: pack.id,
      version: pack.version,
      rules: pack.rules.map((r) => ({
        id: r.id,
        title: r.title,
        ...(r.titleEn !== undefined ? { titleEn: r.titleEn } : {}),
        severity: r.severity,
      })),
    },
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
    sqlJs: ports.sqlJs,
    ...(ports.sha256Hex ? { sha256Hex: ports.sha256Hex } : {}),
    ...(projects ? { projects } : {}),
  };
  return { ok: true, input };
}
