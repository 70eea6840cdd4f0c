// Pure. workspaceExportInputs(workspace) → the export pipeline's inputs for a workspace held as objects (the
// editor's): sources are the plans before the resolutions' edits (packageSources), every input is serialised
// the way the package stores it (two-space JSON and a final newline), so `lantu verify` rebuilds the package
// from its own copies byte for byte; the project register (review/*.json) only when the workspace has projects.
import type { Targets } from '../indicators/types.ts';
import type { PlanDocument } from '../model/types.ts';
import { jsonBytes } from '../package/jsonBytes.ts';
import type { Policy, Resolution } from '../resolutions/types.ts';
import type { RulePack } from '../rules/types.ts';
import {
  REVIEW_OPINIONS_PATH,
  REVIEW_PROJECTS_PATH,
  writeReviewRegisterFiles,
  type ReviewRegister,
} from '../review/writeReviewRegisterFiles.ts';
import { packageSources } from './packageSources.ts';
import type { ExportInputs } from './types.ts';

export interface WorkspaceExport {
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
  /** The project register (并联审批); a workspace without projects gives a package without them. */
  review?: ReviewRegister | null;
}

export function workspaceExportInputs(workspace: WorkspaceExport): ExportInputs {
  const review = workspace.review && workspace.review.projects.length > 0 ? writeReviewRegisterFiles(workspace.review) : null;
  return {
    sources: packageSources(workspace.plans, workspace.resolutions).map((doc) => ({ file: `${doc.plan.id}.json`, bytes: jsonBytes(doc) })),
    pack: { file: 'rules.json', bytes: jsonBytes(workspace.pack) },
    policy: { file: 'policy.json', bytes: jsonBytes(workspace.policy) },
    targets: workspace.targets ? { file: 'targets.json', bytes: jsonBytes(workspace.targets) } : null,
    resolutions: { file: 'resolutions.json', bytes: jsonBytes({ schemaVersion: '1.0.0', resolutions: workspace.resolutions }) },
    created: workspace.created,
    draft: workspace.draft,
    toolVersion: workspace.toolVersion,
    ...(review
      ? {
          review: {
            projects: { file: REVIEW_PROJECTS_PATH, bytes: review.projects },
            opinions: { file: REVIEW_OPINIONS_PATH, bytes: review.opinions },
          },
        }
      : {}),
  };
}
