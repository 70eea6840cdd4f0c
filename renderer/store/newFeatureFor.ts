// Pure. newFeatureFor(state, geometry) → the addFeature command for a drawn geometry in the current draw
// target (plan and layer), or an error saying what to choose first. The id is a UUIDv5 of the plan and a
// fresh BSM-less source id, so it is stable once created.
import { featureId } from '../../engine/model/index.ts';
import { geometryTypesOf, isLayerCode } from '../../engine/model/index.ts';
import type { Geometry } from '../../engine/model/index.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command } from './types.ts';
import { message } from '../i18n/message.ts';

export function newFeatureFor(
  state: EditorState,
  geometry: Geometry,
): { command: Extract<Command, { kind: 'addFeature' }> } | { error: string } {
  const lang = state.language;
  const target = state.drawTarget;
  if (!target || !isLayerCode(target.layer)) {
    return { error: message(lang, 'drawChooseTarget') };
  }
  const entry = state.workspace.plans.get(target.planId);
  if (!entry) return { error: message(lang, 'drawNoTargetPlan') };
  if (!geometryTypesOf(target.layer).includes(geometry.type)) {
    return { error: message(lang, 'drawWrongGeometry', { layer: target.layer, type: geometry.type }) };
  }
  const sourceId = `new-${entry.features.size + 1}-${state.past.length + 1}-${geometry.type}`;
  let id = featureId(target.planId, sourceId);
  for (let n = 2; entry.features.has(id); n++) id = featureId(target.planId, `${sourceId}-${n}`);
  return {
    command: {
      kind: 'addFeature',
      planId: target.planId,
      index: entry.features.size,
      feature: { type: 'Feature', id, layer: target.layer, geometry, properties: { BSM: '' } },
    },
  };
}
