// Pure. Command metadata: stampCommand gives a new command its id, author, station and time (the shell
// supplies the id and the clock: no randomness or time in the engine); upgradeCommands fills in what commands
// logged before metadata existed lack, deterministically, so an old `.lantu` or IndexedDB log opens unchanged.
import type { StationIdentity } from '../sign/ports.ts';
import type { Command, CommandMeta, LoggedCommand } from './types.ts';

/** Station of commands recorded before stations existed. */
export const UNKNOWN_STATION = 'unknown';

export function isCommandMeta(meta: unknown): meta is CommandMeta {
  if (typeof meta !== 'object' || meta === null) return false;
  const m = meta as Record<string, unknown>;
  return (
    typeof m['id'] === 'string' &&
    m['id'] !== '' &&
    typeof m['author'] === 'string' &&
    typeof m['station'] === 'string' &&
    typeof m['at'] === 'string'
  );
}

/** The command with metadata from this station; a command that already has valid metadata (replayed from a
 *  log or received from another station) keeps its own. */
export function stampCommand(command: Command, station: StationIdentity, id: string, at: string): LoggedCommand {
  if (isCommandMeta(command.meta)) return command as LoggedCommand;
  return { ...command, meta: { id, author: station.stationName, station: station.stationId, at } };
}

/** Metadata for the command at `position` (0-based, undo stack then redo stack) of an older log. */
export function legacyMeta(position: number, at = ''): CommandMeta {
  return { id: `legacy-${String(position + 1).padStart(6, '0')}`, author: '', station: UNKNOWN_STATION, at };
}

/**
 * Every command with metadata: those without get `legacyMeta` of their position in the whole history
 * (`firstPosition` for the first of this list), with the log row's time when the caller knows it. Commands
 * that have metadata are returned as they are (same object).
 */
export function upgradeCommands(
  commands: readonly Command[],
  firstPosition = 0,
  timeOf: (i: number) => string | undefined = () => undefined,
): LoggedCommand[] {
  return commands.map((c, i) =>
    isCommandMeta(c.meta) ? (c as LoggedCommand) : { ...c, meta: legacyMeta(firstPosition + i, timeOf(i) ?? '') },
  );
}
