// Pure. invertCommand(command) → the command that undoes it exactly (applying both in turn is the identity);
// the inverse keeps the command's metadata (it is the same history entry, undone).
import type { CommandBody, Command, LoggedCommand } from './types.ts';

export function invertCommand(command: LoggedCommand): LoggedCommand;
export function invertCommand(command: Command): Command;
export function invertCommand(command: Command): Command {
  switch (command.kind) {
    case 'addFeature':
      return { ...command, kind: 'deleteFeature' };
    case 'deleteFeature':
      return { ...command, kind: 'addFeature' };
    case 'importPlan':
      return { ...command, kind: 'removePlan' };
    case 'removePlan':
      return { ...command, kind: 'importPlan' };
    case 'batch':
      return { ...command, commands: [...command.commands].reverse().map((c: CommandBody) => invertCommand(c)) };
    case 'setAttributes':
    case 'setGeometry':
    case 'setResolution':
    case 'setPolicy':
    case 'setProject':
    case 'setDepartments':
    case 'setConsultation':
    case 'setOpinion':
    case 'setJointOpinion':
      return { ...command, before: command.after, after: command.before } as Command;
  }
}
