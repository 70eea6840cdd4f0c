// Store slice: the one undo history. `execute` applies a command and pushes it; `undo`/`redo` apply
// inverses. Every change is reported synchronously to history listeners (the Dexie log appends it at once).
import type { StateCreator } from 'zustand';
import { applyCommand } from './applyCommand.ts';
import { invertCommand } from './invertCommand.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command, HistoryEvent } from './types.ts';

export interface HistorySlice {
  past: Command[];
  future: Command[];
  /** Applies the command; throws CommandError (state unchanged) when it does not fit the workspace. */
  execute: (command: Command) => void;
  undo: () => boolean;
  redo: () => boolean;
  /** Subscribes to applied commands; returns the unsubscribe function. */
  onHistory: (listener: (event: HistoryEvent) => void) => () => void;
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => {
  const listeners = new Set<(event: HistoryEvent) => void>();
  const emit = (event: HistoryEvent) => listeners.forEach((l) => l(event));
  return {
    past: [],
    future: [],
    execute: (command) => {
      const workspace = applyCommand(get().workspace, command);
      set((s) => ({ workspace, past: [...s.past, command], future: [], workspaceRevision: s.workspaceRevision + 1 }));
      emit({ type: 'do', command });
    },
    undo: () => {
      const { past } = get();
      const command = past[past.length - 1];
      if (!command) return false;
      const workspace = applyCommand(get().workspace, invertCommand(command));
      set((s) => ({
        workspace,
        past: s.past.slice(0, -1),
        future: [command, ...s.future],
        workspaceRevision: s.workspaceRevision + 1,
      }));
      emit({ type: 'undo', command });
      return true;
    },
    redo: () => {
      const command = get().future[0];
      if (!command) return false;
      const workspace = applyCommand(get().workspace, command);
      set((s) => ({
        workspace,
        past: [...s.past, command],
        future: s.future.slice(1),
        workspaceRevision: s.workspaceRevision + 1,
      }));
      emit({ type: 'redo', command });
      return true;
    },
    onHistory: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
