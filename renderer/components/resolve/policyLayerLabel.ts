// policyLayerLabel(code, zh) → "永久基本农田 (YJJBNT)": a layer's name in the chosen language with its code, as the
// policy dialog's tiers and coverage order show it (the bare code when the layer is unknown).
import { LAYERS, type LayerCode } from '../../../engine/model/index.ts';

const LAYER_NAME = new Map(LAYERS.map((l) => [l.code, l]));

export function policyLayerLabel(code: LayerCode, zh: boolean): string {
  return `${LAYER_NAME.get(code)?.[zh ? 'nameZh' : 'nameEn'] ?? code} (${code})`;
}
