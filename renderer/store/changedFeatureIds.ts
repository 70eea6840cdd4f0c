// Pure. changedFeatureIds(command) → ids of the features a command adds, edits or removes.
import type { Command } from './types.ts';

export function changedFeatureIds(command: Command): string[] {
  switch (command.kind) {
    case 'setAttributes':
    case 'setGeometry':
      return [command.featureId];
    case 'addFeature':
    case 'deleteFeature':
      return [command.feature.id];
    case 'importPlan':
    case 'removePlan':
      return command.plan.features.map((f) => f.id);
    case 'batch':
      return command.commands.flatMap(changedFeatureIds);
    case 'setResolution':
    case 'setPolicy':
    case 'setProject':
    case 'setDepartments':
    case 'setConsultation':
    case 'setOpinion':
    case 'setJointOpinion':
      return [];
  }
}
