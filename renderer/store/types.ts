// Types of the editor's in-memory workspace and of the commands that change it: engine/edit's one edit model
// (re-exported here so the store's users keep their imports), plus what the history reports to listeners.
import type { LoggedCommand } from '../../engine/edit/index.ts';

export type { PlanEntry, WorkspaceData, Command, CommandBody, CommandKind, CommandMeta, LoggedCommand } from '../../engine/edit/index.ts';

/** What the history reports to listeners (the persistence service appends each to the log at once). */
export type HistoryEvent =
  { type: 'do'; command: LoggedCommand } | { type: 'undo'; command: LoggedCommand } | { type: 'redo'; command: LoggedCommand };

/** The package this workspace last exported (数据源 compares the published blueprint's hash with it). */
export interface LastExport {
  /** SHA-256 of the package zip's bytes, lower-case hex. */
  packageSha256: string;
  /** The manifest's creation time (ISO 8601). */
  created: string;
  status: 'final' | 'draft';
  /** The id of the last command in the history when the package's input was taken; null for an empty history. */
  afterCommandId: string | null;
}
