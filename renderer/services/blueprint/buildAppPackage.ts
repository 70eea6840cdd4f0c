// Pure (geometry and SQLite through ports). buildAppPackage(input, port, sqlJs, onPhase) → the blueprint
// package of the editor's workspace through engine/export's pipeline, the one `lantu export` runs (so
// `lantu verify` rebuilds it byte for byte); input problems come back as sentences for the export dialog.
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { buildPackageFromInputs, workspaceExportInputs, type ExportIssue, type ExportPhase, type WorkspaceExport } from '../../../engine/export/index.ts';
import type { PackageResult, SqlJsWriterPort } from '../../../engine/package/index.ts';

export type AppPackageInput = WorkspaceExport;

export type AppPackagePhase = ExportPhase;

export type AppPackageOutcome = PackageResult | { ok: false; errors: string[] };

/** One sentence per problem: a plan by its title, the rule pack and the rest by their own message. */
function describeIssue(issue: ExportIssue, input: AppPackageInput): string {
  const details = [...issue.findings.map((f) => f.message.zh), ...issue.details.map((d) => d.zh)].slice(0, 3).join('；');
  if (issue.kind === 'plan') {
    const plan = input.plans.find((p) => `${p.plan.id}.json` === issue.file);
    return `规划「${plan?.plan.title ?? issue.file}」不是可导出的规划文档：${details}`;
  }
  if (issue.kind === 'rulePack') return `规则包无效：${details}`;
  return details ? `${issue.message.zh}：${details}` : issue.message.zh;
}

export async function buildAppPackage(
  input: AppPackageInput,
  port: GeometryPort,
  sqlJs: SqlJsWriterPort,
  onPhase: (phase: AppPackagePhase) => void = () => undefined,
  options: { keepFiles?: boolean } = {},
): Promise<AppPackageOutcome> {
  const outcome = await buildPackageFromInputs(workspaceExportInputs(input), { geometry: port, sqlJs }, onPhase, options);
  return outcome.ok ? outcome.result : { ok: false, errors: outcome.issues.map((i) => describeIssue(i, input)) };
}
