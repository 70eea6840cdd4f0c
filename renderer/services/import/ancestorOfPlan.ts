// Renderer. The ancestor of a three-way re-import: the plan as it was last imported (the newest importPlan
// for it in the undo history), else as it was loaded (every command in the history undone). Takes the
// current workspace and history; returns a plan document or undefined when the plan is not there.
import type { PlanDocument, PlanId } from '../../../engine/model/index.ts';
import { applyCommand, planDocumentOf } from '../../store/applyCommand.ts';
import { invertCommand } from '../../store/invertCommand.ts';
import type { Command, WorkspaceData } from '../../store/types.ts';

function importedIn(command: Command, planId: PlanId): PlanDocument | undefined {
  if (command.kind === 'importPlan' && command.plan.plan.id === planId) return command.plan;
  if (command.kind === 'batch') {
    for (let i = command.commands.length - 1; i >= 0; i--) {
      const found = importedIn(command.commands[i]!, planId);
      if (found) return found;
    }
  }
  return undefined;
}

export function ancestorOfPlan(workspace: WorkspaceData, past: readonly Command[], planId: PlanId): PlanDocument | undefined {
  for (let i = past.length - 1; i >= 0; i--) {
    const imported = importedIn(past[i]!, planId);
    if (imported) return imported;
  }
  let ws = workspace;
  try {
    for (let i = past.length - 1; i >= 0; i--) ws = applyCommand(ws, invertCommand(past[i]!));
  } catch {
    return undefined;
  }
  const entry = ws.plans.get(planId);
  return entry ? planDocumentOf(entry) : undefined;
}
