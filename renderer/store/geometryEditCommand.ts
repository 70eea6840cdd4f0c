// Pure. geometryEditCommand(planId, feature, geometry, language) → the one undoable command for a new shape:
// setGeometry alone, or a batch of setGeometry + setAttributes when the shape changes a field derived from it
// (MJ, CD: engine/model/derivedMeasures), so undo restores the shape and the area together.
import { derivedMeasures } from '../../engine/model/index.ts';
import type { Geometry, PlanFeature, PlanId } from '../../engine/model/index.ts';
import type { Command } from './types.ts';
import { message } from '../i18n/message.ts';

export function geometryEditCommand(planId: PlanId, feature: PlanFeature, geometry: Geometry, language: 'zh' | 'en'): Command {
  const setGeometry: Command = { kind: 'setGeometry', planId, featureId: feature.id, before: feature.geometry, after: geometry };
  const properties = derivedMeasures(feature.layer, geometry, feature.properties);
  if (!properties) return setGeometry;
  const bsm = String(feature.properties['BSM'] ?? feature.id);
  return {
    kind: 'batch',
    label: message(language, 'editShapeRecompute', { bsm }),
    commands: [setGeometry, { kind: 'setAttributes', planId, featureId: feature.id, before: feature.properties, after: properties }],
  };
}

/** The setGeometry a command is or starts with (a shape edit with its derived fields), for the history's wording. */
export function shapeEditOf(command: Command): Extract<Command, { kind: 'setGeometry' }> | null {
  if (command.kind === 'setGeometry') return command;
  if (
    command.kind === 'batch' &&
    command.commands.length === 2 &&
    command.commands[0]!.kind === 'setGeometry' &&
    command.commands[1]!.kind === 'setAttributes'
  ) {
    return command.commands[0] as Extract<Command, { kind: 'setGeometry' }>;
  }
  return null;
}
