// The precedence policy a workspace follows: its own (set in the policy dialog, opened from a package or a
// `.lantu` file) or, when it has none (null, and workspaces saved before policies were workspace data),
// the bundled default. Proposals, bulk proposals and the export all take the policy from here.
import type { Policy } from '../../../engine/resolutions/index.ts';
import type { WorkspaceData } from '../../store/types.ts';
import { DEFAULT_POLICY } from './defaultPolicy.ts';

export function workspacePolicy(ws: Pick<WorkspaceData, 'policy'>): Policy {
  return ws.policy ?? DEFAULT_POLICY;
}
