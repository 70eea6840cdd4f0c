// Store slice: the one undo history. `execute` stamps a command with this station's identity, an id and the
// time (engine/edit stampCommand), applies it and pushes it; `undo`/`redo` apply inverses. Every change is
// reported synchronously to history listeners (the Dexie log appends it at once).
import type { StateCreator } from 'zustand';
import type { StationIdentity } from '../../engine/sign/index.ts';
import { applyCommand, invertCommand, stampCommand, upgradeCommands } from '../../engine/edit/index.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command, HistoryEvent, LoggedCommand } from './types.ts';

/** The identity commands are stamped with until the app sets the installation's own. */
export const DEFAULT_STATION: StationIdentity = { stationId: 'local', stationName: '' };

export interface HistorySlice {
  past: LoggedCommand[];
  future: LoggedCommand[];
  /** Who edits here: author and station of every command executed from now on. */
  stationIdentity: StationIdentity;
  setStationIdentity: (identity: StationIdentity) => void;
  /** Stamps and applies the command; throws CommandError (state unchanged) when it does not fit the workspace.
   *  A command that already carries metadata (from a log or another station) keeps it. */
  execute: (command: Command) => void;
  undo: () => boolean;
  redo: () => boolean;
  /** Subscribes to applied commands; returns the unsubscribe function. */
  onHistory: (listener: (event: HistoryEvent) => void) => () => void;
}

/** A fresh command id: a UUID where the platform has one (every supported browser and Node do). */
function newCommandId(): string {
  const c = globalThis.crypto as { randomUUID?: () => string } | undefined;
  if (c?.randomUUID) return c.randomUUID();
  return `c-${Date.now().toString(36)}-${Math.floor(Math.random() * 2 ** 32).toString(36)}`;
}

export const createHistorySlice: StateCreator<EditorState, [], [], HistorySlice> = (set, get) => {
  const listeners = new Set<(event: HistoryEvent) => void>();
  const emit = (event: HistoryEvent) => listeners.forEach((l) => l(event));
  return {
    past: [],
    future: [],
    stationIdentity: DEFAULT_STATION,
    setStationIdentity: (identity) => set({ stationIdentity: { stationId: identity.stationId, stationName: identity.stationName } }),
    execute: (body) => {
      const command = stampCommand(body, get().stationIdentity, newCommandId(), new Date().toISOString());
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

/** History stacks as the store holds them: commands loaded without metadata get it (engine/edit upgrade). */
export function loggedHistory(past: readonly Command[], future: readonly Command[]): { past: LoggedCommand[]; future: LoggedCommand[] } {
  const p = upgradeCommands(past);
  return { past: p, future: upgradeCommands(future, p.length) };
}
