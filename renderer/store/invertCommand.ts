// Pure. invertCommand(command) → the command that undoes it (applying both in turn is the identity).
import type { Command } from './types.ts';

export function invertCommand(command: Command): Command {
  switch (command.kind) {
    case 'setAttributes':
      return { ...command, before: command.after, after: command.before };
    case 'setGeometry':
      return { ...command, before: command.after, after: command.before };
    case 'addFeature':
      return { ...command, kind: 'deleteFeature' };
    case 'deleteFeature':
      return { ...command, kind: 'addFeature' };
    case 'importPlan':
      return { ...command, kind: 'removePlan' };
    case 'removePlan':
      return { ...command, kind: 'importPlan' };
    case 'batch':
      return { kind: 'batch', label: command.label, commands: [...command.commands].reverse().map(invertCommand) };
    case 'setResolution':
      return { ...command, before: command.after, after: command.before };
    case 'setPolicy':
      return { ...command, before: command.after, after: command.before };
    case 'setProject':
      return { ...command, before: command.after, after: command.before };
    case 'setDepartments':
      return { ...command, before: command.after, after: command.before };
    case 'setConsultation':
      return { ...command, before: command.after, after: command.before };
    case 'setOpinion':
      return { ...command, before: command.after, after: command.before };
    case 'setJointOpinion':
      return { ...command, before: command.after, after: command.before };
  }
}
