// Pure. workspacePayload(state) → the workspace as plain data following schemas/workspace.schema.json (base
// plans before the history, rule pack, targets, the policy and the 并联审批 records before the history, the
// history itself with its metadata, view preferences): the payload of the `.lantu` file. The payload itself is
// engine/edit's (payloadOf, which recovers the base plans by undoing the history on the current state).
import { payloadOf, type WorkspacePayload as EnginePayload } from '../../engine/edit/index.ts';
import type { EditorState } from './createEditorStore.ts';

export { reviewRecordsOf, reviewRecordsFrom } from '../../engine/edit/index.ts';

export type WorkspacePayload = EnginePayload<{ language: 'zh' | 'en'; layerViews: EditorState['layerViews']; planOrder: string[] }>;

export function workspacePayload(state: Pick<EditorState, 'workspace' | 'past' | 'future' | 'language' | 'layerViews'>): WorkspacePayload {
  return payloadOf(state.workspace, state.past, state.future, {
    language: state.language,
    layerViews: state.layerViews,
    planOrder: [...state.workspace.planOrder],
  });
}
