// The editor's one store: zustand slices combined by a factory that tests can call fresh.
// Actions are synchronous; services (Dexie log, rules worker) subscribe for side effects.
import { createStore } from 'zustand/vanilla';
import { createConflictSlice, type ConflictSlice } from './conflictSlice.ts';
import { createHistorySlice, type HistorySlice } from './historySlice.ts';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice.ts';
import { createViewSlice, type ViewSlice } from './viewSlice.ts';
import { createWorkspaceSlice, type WorkspaceSlice } from './workspaceSlice.ts';
import { createProjectSlice, type ProjectSlice } from './projectSlice.ts';
import { createReceiptSlice, type ReceiptSlice } from './receiptSlice.ts';

export type EditorState = WorkspaceSlice & HistorySlice & SelectionSlice & ViewSlice & ConflictSlice & ProjectSlice & ReceiptSlice;

export function createEditorStore() {
  return createStore<EditorState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createHistorySlice(...a),
    ...createSelectionSlice(...a),
    ...createViewSlice(...a),
    ...createConflictSlice(...a),
    ...createProjectSlice(...a),
    ...createReceiptSlice(...a),
  }));
}

export type EditorStore = ReturnType<typeof createEditorStore>;
