// Pure. setResolution(resolutions, command) → the resolutions with the command's conflict key replaced:
// `before` must be what is recorded now (null: nothing), `after` takes its place (null: removed). The list
// stays in maintenance-log order. Throws CommandError when the recorded resolution is not `before`.
import { compareResolutions, resolutionId } from '../resolutions/resolutionOrder.ts';
import type { Resolution } from '../resolutions/types.ts';
import { say } from '../i18n/index.ts';
import { CommandError } from './commandError.ts';
import type { CommandBody } from './types.ts';

export function setResolution(resolutions: readonly Resolution[], command: Extract<CommandBody, { kind: 'setResolution' }>): Resolution[] {
  const current = resolutions.find((r) => r.conflictKey === command.conflictKey) ?? null;
  // The log number (or, for 暂缓/例外 without one, the decision time) identifies a decision: a different one
  // means the command was made against other data.
  const id = (r: Resolution | null) => (r ? resolutionId(r) : null);
  if (id(current) !== id(command.before)) {
    const none = say('edit.setResolution.none');
    throw CommandError.of(
      say('edit.setResolution.changed', {
        conflictKey: command.conflictKey,
        expected: id(command.before) ?? none,
        found: id(current) ?? none,
      }),
    );
  }
  const rest = resolutions.filter((r) => r.conflictKey !== command.conflictKey);
  const next = command.after ? [...rest, command.after] : rest;
  return next.sort(compareResolutions);
}
