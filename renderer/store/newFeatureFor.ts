// Pure. newFeatureFor(state, geometry) → the addFeature command for a drawn geometry in the current draw
// target (plan and layer), or an error saying what to choose first. The id is a UUIDv5 of the plan and a
// fresh BSM-less source id, so it is stable once created.
import { featureId } from '../../engine/model/index.ts';
import { geometryTypesOf, isLayerCode } from '../../engine/model/index.ts';
import type { Geometry } from '../../engine/model/index.ts';
import type { EditorState } from './createEditorStore.ts';
import type { Command } from './types.ts';

export function newFeatureFor(
  state: EditorState,
  geometry: Geometry,
): { command: Extract<Command, { kind: 'addFeature' }> } | { error: string } {
  const zh = state.language === 'zh';
  const target = state.drawTarget;
  if (!target || !isLayerCode(target.layer)) {
    return { error: zh ? '请先在工具栏「绘制到」中选择规划和图层。' : 'Choose a plan and layer in "Draw into" first.' };
  }
  const entry = state.workspace.plans.get(target.planId);
  if (!entry) return { error: zh ? '绘制目标规划不存在。' : 'The target plan does not exist.' };
  if (!geometryTypesOf(target.layer).includes(geometry.type)) {
    return {
      error: zh
        ? `图层 ${target.layer} 不接受 ${geometry.type} 几何，请换用正确的绘制工具。`
        : `Layer ${target.layer} does not take ${geometry.type} geometry: use the matching draw tool.`,
    };
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
