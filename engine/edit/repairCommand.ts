// Pure. repairCommand(command) → the command with every resolution it records repaired as this version writes
// it (engine repairResolution: 暂缓 and 例外 without edits lose the change type and log number older versions
// gave them), nested batches included. Returns the same object when nothing changed.
import { repairResolution } from '../resolutions/repairResolution.ts';
import type { Command, CommandBody, LoggedCommand } from './types.ts';

export function repairCommand(command: LoggedCommand): LoggedCommand;
export function repairCommand(command: Command): Command;
export function repairCommand(command: Command): Command {
  if (command.kind === 'setResolution') {
    const before = command.before ? repairResolution(command.before) : null;
    const after = command.after ? repairResolution(command.after) : null;
    return before === command.before && after === command.after ? command : { ...command, before, after };
  }
  if (command.kind === 'batch') {
    const commands = command.commands.map((c: CommandBody) => repairCommand(c));
    return commands.every((c, i) => c === command.commands[i]) ? command : { ...command, commands };
  }
  return command;
}
