// Pure. workspacePayload(state) → the workspace as plain data following schemas/workspace.schema.json
// (base plans before the history, rule pack, targets, the policy before the history (null = the
// bundled default), the history itself, view preferences): the
// payload of the `.lantu` file. Base plans are recovered by undoing the history on the current state.
import { applyCommand, planDocumentOf } from './applyCommand.ts';
import { invertCommand } from './invertCommand.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command } from './types.ts';
import type { PlanDocument } from '../../engine/model/types.ts';
import type { RulePack } from '../../engine/rules/types.ts';
import type { Targets } from '../../engine/indicators/types.ts';
import type { Policy } from '../../engine/resolutions/types.ts';

export interface WorkspacePayload {
  format: 'lantu-workspace';
  schemaVersion: '1.0.0';
  plans: PlanDocument[];
  rulePack: RulePack | null;
  targets: Targets | null;
  /** The base workspace's policy (setPolicy commands in the history change it); absent in older payloads. */
  policy?: Policy | null;
  history: { past: Command[]; future: Command[] };
  view: { language: 'zh' | 'en'; layerViews: EditorState['layerViews']; planOrder: string[] };
}

export function workspacePayload(state: Pick<EditorState, 'workspace' | 'past' | 'future' | 'language' | 'layerViews'>): WorkspacePayload {
  const base = [...state.past].reverse().reduce((ws, c) => applyCommand(ws, invertCommand(c)), state.workspace);
  return {
    format: 'lantu-workspace',
    schemaVersion: '1.0.0',
    plans: base.planOrder.map((id) => planDocumentOf(base.plans.get(id)!)),
    rulePack: state.workspace.rulePack,
    targets: state.workspace.targets,
    policy: base.policy ?? null,
    history: { past: [...state.past], future: [...state.future] },
    view: { language: state.language, layerViews: state.layerViews, planOrder: [...state.workspace.planOrder] },
  };
}
