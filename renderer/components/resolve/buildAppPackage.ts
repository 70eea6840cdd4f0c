// Pure (geometry and SQLite through ports). buildAppPackage(input, port, sqlJs, onPhase) → the blueprint
// package of the editor's workspace, built the way `lantu export` builds it from files (so `lantu verify`
// rebuilds it byte for byte): sources = the plans before the resolutions' edits, serialised as JSON; the
// resolutions re-applied, the rules re-run, statuses reconciled, the blueprint merged, indicators computed,
// then engine/package's buildPackage (preflight: a final package is refused while blockers or 待定 areas remain).
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { computeIndicators } from '../../../engine/indicators/computeIndicators.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import { buildBlueprint } from '../../../engine/merge/buildBlueprint.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import { buildPackage, type PackageResult, type SqlJsWriterPort } from '../../../engine/package/index.ts';
import { applyResolutions, openConflicts, reconcileResolutions, type Policy, type Resolution } from '../../../engine/resolutions/index.ts';
import { loadRulePack, runRules, type PlanQualityFindings, type RulePack } from '../../../engine/rules/index.ts';
import { validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';
import { packageSources } from './packageSources.ts';

export interface AppPackageInput {
  /** The workspace's plans as they are now (resolution edits included). */
  plans: PlanDocument[];
  resolutions: Resolution[];
  pack: RulePack;
  policy: Policy;
  targets: Targets | null;
  /** ISO time in whole seconds. */
  created: string;
  draft: boolean;
  toolVersion: string;
}

export type AppPackagePhase = 'sources' | 'rules' | 'blueprint' | 'indicators' | 'package';

export type AppPackageOutcome = PackageResult | { ok: false; errors: string[] };

const encode = (value: unknown, indent?: number) => new TextEncoder().encode(`${JSON.stringify(value, null, indent)}\n`);

export async function buildAppPackage(
  input: AppPackageInput,
  port: GeometryPort,
  sqlJs: SqlJsWriterPort,
  onPhase: (phase: AppPackagePhase) => void = () => undefined,
): Promise<AppPackageOutcome> {
  onPhase('sources');
  const errors: string[] = [];
  const sources: { bytes: Uint8Array; plan: PlanDocument }[] = [];
  const qualityFindings: PlanQualityFindings[] = [];
  const ordered = packageSources(input.plans, input.resolutions).sort((a, b) => (a.plan.id < b.plan.id ? -1 : a.plan.id > b.plan.id ? 1 : 0));
  for (const doc of ordered) {
    // Read back exactly as `lantu verify` will read the package's own copy.
    const bytes = encode(doc, 2);
    const result = validatePlanBytes(bytes, `${doc.plan.id}.json`);
    if (!result.plan) {
      errors.push(`规划「${doc.plan.title}」不是可导出的规划文档：${result.findings.slice(0, 3).map((f) => f.message).join('；')}`);
      continue;
    }
    sources.push({ bytes, plan: result.plan });
    const quality = result.findings.filter((f) => f.level === 'quality');
    if (quality.length > 0) qualityFindings.push({ planId: result.plan.plan.id, findings: quality });
  }
  const packBytes = encode(input.pack, 2);
  const packLoad = loadRulePack(JSON.parse(new TextDecoder().decode(packBytes)));
  if (!packLoad.ok) errors.push(`规则包无效：${packLoad.errors.slice(0, 3).map((e) => e.zh).join('；')}`);
  if (sources.length === 0 && errors.length === 0) errors.push('没有可导出的规划文档');
  if (errors.length > 0 || !packLoad.ok) return { ok: false, errors };
  const pack = packLoad.pack as RulePack;
  const plans = sources.map((s) => s.plan);
  const targets = input.targets ?? undefined;

  onPhase('rules');
  const applied = applyResolutions(plans, input.resolutions);
  const run = await runRules({ plans: applied.plans, pack, ...(targets ? { targets } : {}), qualityFindings }, port);
  const conflicts = run.report.conflicts;
  const reconciled = reconcileResolutions(input.resolutions, conflicts, applied.skipped);
  const open = openConflicts(conflicts, reconciled, input.created.slice(0, 10));
  onPhase('blueprint');
  const blueprint = buildBlueprint(plans, reconciled, input.policy, port);
  onPhase('indicators');
  const indicators = computeIndicators(applied.plans, input.targets, port);
  onPhase('package');
  return buildPackage({
    sources,
    rulePack: { bytes: packBytes, id: pack.id, version: pack.version, rules: pack.rules.map((r) => ({ id: r.id, title: r.title, severity: r.severity })) },
    policy: { bytes: encode(input.policy, 2), value: input.policy },
    targetsBytes: input.targets ? encode(input.targets, 2) : null,
    resolutions: reconciled,
    blueprint,
    conflicts,
    openConflictKeys: open.map((c) => c.key),
    indicators,
    created: input.created,
    draft: input.draft,
    toolVersion: input.toolVersion,
    sqlJs,
  });
}
