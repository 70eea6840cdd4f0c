// Pure. packageToWorkspace(files, name) → the workspace payload that continues work from a blueprint package
// (opening a package in the app): its sources as the base plans, its rule pack, targets and precedence
// policy (policy.json, so the next export follows the same policy), and each
// of its resolutions replayed as one history entry (so they stay undoable and go on into the next export).
// A package whose files do not match its manifest, or that lacks what build.json names, is refused with
// the reason; a resolution whose features changed is left out and named.
import type { Targets } from '../../../engine/indicators/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { BUILD_PATH, checkPackageFiles, MANIFEST_PATH, type BuildRecord, type Manifest } from '../../../engine/package/index.ts';
import { applyResolutions } from '../../../engine/resolutions/index.ts';
import { repairResolution } from '../../../engine/resolutions/index.ts';
import { compareResolutions } from '../../../engine/resolutions/index.ts';
import type { Policy, Resolution } from '../../../engine/resolutions/index.ts';
import { validateSchema } from '../../../engine/validate/index.ts';
import type { RulePack } from '../../../engine/rules/index.ts';
import { applyCommand, planEntryOf } from '../../store/applyCommand.ts';
import type { Command, PlanEntry, WorkspaceData } from '../../store/types.ts';
import type { WorkspacePayload } from '../../store/workspacePayload.ts';
import { resolutionToCommand } from './resolutionToCommand.ts';
import { readReviewRegisterFiles } from '../../../engine/review/index.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { messages, type MessageParams } from '../../i18n/message.ts';

export type PackageOpening =
  | {
      ok: true;
      payload: WorkspacePayload;
      status: Manifest['status'];
      skipped: { logNumber: string; reasonZh: string; reasonEn: string }[];
    }
  | { ok: false; reasonZh: string; reasonEn: string };

/** How a file that does not match the manifest is named. */
const FILE_ISSUE = { modified: 'packageFileModified', removed: 'packageFileRemoved', added: 'packageFileAdded' } as const;

/** True when the files look like a blueprint package (a zip with manifest.json and build.json). */
export function isBlueprintPackage(files: ReadonlyMap<string, Uint8Array>): boolean {
  return files.has(MANIFEST_PATH) && files.has(BUILD_PATH);
}

export function packageToWorkspace(files: ReadonlyMap<string, Uint8Array>, name: string, language: 'zh' | 'en' = 'zh'): PackageOpening {
  const refuse = (key: MessageKey, params: MessageParams = {}): PackageOpening => {
    const m = messages('packageRefused', { name, reason: messages(key, params) });
    return { ok: false, reasonZh: m.zh, reasonEn: m.en };
  };
  const json = <T>(path: string): T | undefined => {
    const bytes = files.get(path);
    if (!bytes) return undefined;
    try {
      return JSON.parse(new TextDecoder().decode(bytes)) as T;
    } catch {
      return undefined;
    }
  };
  const manifest = json<Manifest>(MANIFEST_PATH);
  const build = json<BuildRecord>(BUILD_PATH);
  if (!manifest || !Array.isArray(manifest.files) || !build || !Array.isArray(build.sources)) return refuse('packageNotBlueprint');
  const issues = checkPackageFiles(files, manifest);
  if (issues.length > 0) {
    const named = issues.slice(0, 5).map((i) => messages(FILE_ISSUE[i.kind], { path: i.path }));
    const zh = named.map((m) => m.zh).join(messages('listSeparator').zh);
    const en = named.map((m) => m.en).join(messages('listSeparator').en);
    return refuse('packageManifestMismatch', { files: { zh, en } });
  }
  const plans: PlanDocument[] = [];
  for (const path of build.sources) {
    const plan = json<PlanDocument>(path);
    if (!plan || !plan.plan || !Array.isArray(plan.features)) return refuse('packageSourceUnreadable', { path });
    plans.push(plan);
  }
  const rulePack = json<RulePack>(build.rulePack) ?? null;
  const targets = json<Targets | null>(build.targets) ?? null;
  const policy = json<Policy>(build.policy) ?? null;
  if (policy !== null && !validateSchema('policy', policy).valid) return refuse('packagePolicyInvalid', { path: build.policy });
  // The project register (并联审批), when the package carries one: projects and opinions as base records.
  let register: Pick<WorkspacePayload, 'projects' | 'departments' | 'consultations' | 'opinions' | 'jointOpinions'> = {};
  if (build.review) {
    const projectsBytes = files.get(build.review.projects);
    const opinionsBytes = files.get(build.review.opinions);
    if (!projectsBytes || !opinionsBytes)
      return refuse('packageRegisterMissing', { projects: build.review.projects, opinions: build.review.opinions });
    const read = readReviewRegisterFiles(
      { file: build.review.projects, bytes: projectsBytes },
      { file: build.review.opinions, bytes: opinionsBytes },
    );
    if (!read.ok)
      return refuse('packageRegisterInvalid', {
        reasons: {
          zh: read.errors
            .slice(0, 3)
            .map((e) => e.zh)
            .join('；'),
          en: read.errors
            .slice(0, 3)
            .map((e) => e.en)
            .join('; '),
        },
      });
    const r = read.register;
    register = {
      projects: [...r.projects],
      departments: [...r.departments],
      consultations: [...r.consultations],
      opinions: [...r.opinions],
      jointOpinions: [...r.jointOpinions],
    };
  }
  const ledger = json<{ resolutions?: Resolution[] }>(build.resolutions);
  const resolutions = (ledger?.resolutions ?? []).map(repairResolution).sort(compareResolutions);

  const entries = new Map<PlanEntry['meta']['id'], PlanEntry>(plans.map((p) => [p.plan.id, planEntryOf(p)]));
  let ws: WorkspaceData = { plans: entries, planOrder: plans.map((p) => p.plan.id), rulePack, targets, policy };
  const past: Command[] = [];
  // The package's own rule for which resolutions still apply: the same as its build (applyResolutions).
  const { applied, skipped } = applyResolutions(plans, resolutions);
  const appliedSet = new Set(applied);
  for (const r of resolutions) {
    // A record without edits (暂缓, 例外) has nothing to apply and is always kept.
    if (r.logNumber !== undefined && !appliedSet.has(r.logNumber)) continue;
    // The ledger's status was reconciled at export; the editor re-derives it after each check.
    const { reopenReason: _reason, ...record } = r;
    const command = resolutionToCommand({ ...record, status: 'applied' }, ws);
    ws = applyCommand(ws, command);
    past.push(command);
  }
  return {
    ok: true,
    status: manifest.status,
    skipped: skipped.map((s) => ({ logNumber: s.logNumber, reasonZh: s.reason.zh, reasonEn: s.reason.en })),
    payload: {
      format: 'lantu-workspace',
      schemaVersion: '1.0.0',
      plans,
      rulePack,
      targets,
      policy,
      ...register,
      history: { past, future: [] },
      view: { language, layerViews: {}, planOrder: plans.map((p) => p.plan.id) },
    },
  };
}
