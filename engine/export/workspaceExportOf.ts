// Pure. workspaceExportOf(workspace, defaults, options) → what the export pipeline takes from an edited workspace
// (engine/edit's WorkspaceData): its plans in drawing order as they are now, its resolutions, its rule pack,
// its policy (else the bundled default), its targets and, when it has projects, the project register. The
// editor's export dialog and `lantu export <workspace.lantu>` both call it, so both give the same package bytes.
import type { PlanDocument } from '../model/types.ts';
import { planDocumentOf } from '../edit/planEntry.ts';
import type { WorkspaceData } from '../edit/types.ts';
import type { Policy } from '../resolutions/types.ts';
import type { Department } from '../review/types.ts';
import type { WorkspaceExport } from './workspaceExportInputs.ts';

export interface WorkspaceExportDefaults {
  /** The bundled precedence policy (seeds/rules/policy-default.json) for a workspace without its own. */
  policy: Policy;
  /** The bundled department list (seeds/jiyuan/departments.json) for a workspace without its own. */
  departments: readonly Department[];
}

export interface WorkspaceExportOptions {
  /** ISO time in whole seconds. */
  created: string;
  draft: boolean;
  toolVersion: string;
}

/** Null when the workspace has no rule pack (nothing to check the plans against: the export is refused). */
export function workspaceExportOf(
  ws: WorkspaceData,
  defaults: WorkspaceExportDefaults,
  options: WorkspaceExportOptions,
): WorkspaceExport | null {
  if (!ws.rulePack) return null;
  const plans: PlanDocument[] = ws.planOrder.map((id) => planDocumentOf(ws.plans.get(id)!));
  return {
    plans,
    resolutions: [...(ws.resolutions ?? [])],
    pack: ws.rulePack,
    policy: ws.policy ?? defaults.policy,
    targets: ws.targets,
    created: options.created,
    draft: options.draft,
    toolVersion: options.toolVersion,
    // The project register travels in the package (review/*.json) when there are projects.
    ...((ws.projects ?? []).length > 0
      ? {
          review: {
            projects: ws.projects ?? [],
            departments: ws.departments ?? defaults.departments,
            consultations: ws.consultations ?? [],
            opinions: ws.opinions ?? [],
            jointOpinions: ws.jointOpinions ?? [],
          },
        }
      : {}),
  };
}
