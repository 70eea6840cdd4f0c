// Pure (geometry and SQLite through ports). buildAppPackage(input, port, sqlJs, onPhase) → the blueprint
// package of the editor's workspace through engine/export's pipeline, the one `lantu export` runs (so
// `lantu verify` rebuilds it byte for byte); input problems come back as sentences in both languages.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import {
  buildPackageFromInputs,
  workspaceExportInputs,
  type ExportIssue,
  type ExportPhase,
  type WorkspaceExport,
} from '../../../engine/export/index.ts';
import type { PackageResult, SqlJsWriterPort } from '../../../engine/package/index.ts';
import { messages } from '../../i18n/message.ts';

export type AppPackageInput = WorkspaceExport;

export type AppPackagePhase = ExportPhase;

export type AppPackageOutcome = PackageResult | { ok: false; errors: { zh: string; en: string }[] };

/** One sentence per problem and language: a plan by its title, the rule pack and the rest by their own message. */
function describeIssue(issue: ExportIssue, input: AppPackageInput): { zh: string; en: string } {
  const parts = [...issue.findings.map((f) => f.message), ...issue.details].slice(0, 3);
  const zh = parts.map((m) => m.zh).join('；');
  const en = parts.map((m) => m.en).join('; ');
  if (issue.kind === 'plan') {
    const plan = input.plans.find((p) => `${p.plan.id}.json` === issue.file);
    const title = plan?.plan.title ?? issue.file ?? '';
    return messages('exportPlanNotExportable', { title, reasons: { zh, en } });
  }
  if (issue.kind === 'rulePack') return messages('exportRulePackInvalid', { reasons: { zh, en } });
  return { zh: zh ? `${issue.message.zh}：${zh}` : issue.message.zh, en: en ? `${issue.message.en}: ${en}` : issue.message.en };
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
