// Pure. The history and the workspace it explains: replayHistory applies the undo stack to the base workspace
// (the live state), baseOf takes it back off the live state (what a `.lantu` stores as its plans). Both go
// command by command through applyCommand, so each costs what the commands change.
import { applyCommand } from './applyCommand.ts';
import { invertCommand } from './invertCommand.ts';
import type { Command, WorkspaceData } from './types.ts';

export function replayHistory(base: WorkspaceData, past: readonly Command[]): WorkspaceData {
  let ws = base;
  for (const c of past) ws = applyCommand(ws, c);
  return ws;
}

export function baseOf(current: WorkspaceData, past: readonly Command[]): WorkspaceData {
  let ws = current;
  for (let i = past.length - 1; i >= 0; i--) ws = applyCommand(ws, invertCommand(past[i]!));
  return ws;
}
