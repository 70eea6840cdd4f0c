// workspaceDepartments(workspace) → the workspace's managed department list (setDepartments), or the bundled
// default (seeds/jiyuan/departments.json) when the workspace has none. The review pack, the opinion matrix
// and the history name departments from this one list.
import type { Department } from '../../../engine/review/index.ts';
import type { WorkspaceData } from '../../store/types.ts';
import { DEFAULT_DEPARTMENTS } from './defaultDepartments.ts';

export function workspaceDepartments(ws: Pick<WorkspaceData, 'departments'>): readonly Department[] {
  return ws.departments ?? DEFAULT_DEPARTMENTS;
}
