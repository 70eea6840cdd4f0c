// Store slice: the workspace (plans, rule pack, targets, policy). Changed only through the history slice's
// commands, or replaced wholesale when a workspace is loaded.
import type { StateCreator } from 'zustand';
import type { EditorState } from './createEditorStore.ts';
import type { Command, LastExport, WorkspaceData } from './types.ts';
import { loggedHistory } from './historySlice.ts';
import { FeatureSelection } from './featureSelection.ts';

export interface WorkspaceSlice {
  workspace: WorkspaceData;
  /** Increments on every workspace change (cheap change detection for services). */
  workspaceRevision: number;
  /** Increments only when the whole workspace is replaced (not on edits): the map refits to it. */
  workspaceEpoch: number;
  /** Replaces the workspace and its history (after loading from IndexedDB or a .lantu file); commands without
   *  metadata (older logs) get it filled in. */
  loadWorkspace: (workspace: WorkspaceData, past?: readonly Command[], future?: readonly Command[]) => void;
  /** The package this workspace last exported (null: none, or another workspace was loaded since). */
  lastExport: LastExport | null;
  setLastExport: (record: LastExport | null) => void;
}

export const EMPTY_WORKSPACE: WorkspaceData = { plans: new Map(), planOrder: [], rulePack: null, targets: null, policy: null };

export const createWorkspaceSlice: StateCreator<EditorState, [], [], WorkspaceSlice> = (set) => ({
  workspace: EMPTY_WORKSPACE,
  workspaceRevision: 0,
  workspaceEpoch: 0,
  lastExport: null,
  setLastExport: (record) => set({ lastExport: record }),
  loadWorkspace: (workspace, past = [], future = []) =>
    set((s) => ({
      workspace,
      ...loggedHistory(past, future),
      selection: null,
      featureSelection: FeatureSelection.EMPTY,
      selectedFeatures: [],
      selectedConflictKey: null,
      selectedProjectId: null,
      projectReviews: {},
      conflicts: [],
      checked: false,
      staleKeys: new Set(),
      checkedAt: null,
      uncheckedFeatureIds: [],
      lastExport: null,
      workspaceRevision: s.workspaceRevision + 1,
      workspaceEpoch: s.workspaceEpoch + 1,
    })),
});
