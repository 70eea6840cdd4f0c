// Pure. setResolution(resolutions, command) → the resolutions with the command's conflict key replaced:
// `before` must be what is recorded now (null: nothing), `after` takes its place (null: removed). The list
// stays in maintenance-log order. Throws CommandError when the recorded resolution is not `before`.
import { compareResolutions, resolutionId } from '../resolutions/resolutionOrder.ts';
import type { Resolution } from '../resolutions/types.ts';
import { CommandError } from './commandError.ts';
import type { CommandBody } from './types.ts';

export function setResolution(resolutions: readonly Resolution[], command: Extract<CommandBody, { kind: 'setResolution' }>): Resolution[] {
  const current = resolutions.find((r) => r.conflictKey === command.conflictKey) ?? null;
  // The log number (or, for 暂缓/例外 without one, the decision time) identifies a decision: a different one
  // means the command was made against other data.
  const id = (r: Resolution | null) => (r ? resolutionId(r) : null);
  if (id(current) !== id(command.before)) {
    throw new CommandError(
      `冲突 ${command.conflictKey} 的处置记录已变化（应为 ${id(command.before) ?? '无'}，实际为 ${id(current) ?? '无'}）`,
      `the resolution of conflict ${command.conflictKey} has changed (expected ${id(command.before) ?? 'none'}, found ${id(current) ?? 'none'})`,
    );
  }
  const rest = resolutions.filter((r) => r.conflictKey !== command.conflictKey);
  const next = command.after ? [...rest, command.after] : rest;
  return next.sort(compareResolutions);
}
