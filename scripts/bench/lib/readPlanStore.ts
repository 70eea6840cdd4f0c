// Streams a plan document from disk into the geometry core's compact store (typed arrays) and keeps per
// feature only its layer, id and 用地用海 code, so a 150 MB file never becomes one parsed JSON tree.
import { createReadStream } from 'node:fs';
import type { GeometryStore } from '../../../engine/geometry/index.ts';
import { streamGeometryStore } from '../../../engine/geometry/index.ts';
import type { LayerCode } from '../../../engine/model/index.ts';

export interface PlanStore {
  file: string;
  store: GeometryStore;
  layers: LayerCode[];
  ids: string[];
  codes: (string | null)[];
}

export async function readPlanStore(file: string): Promise<PlanStore> {
  const layers: LayerCode[] = [];
  const ids: string[] = [];
  const codes: (string | null)[] = [];
  const stream = streamGeometryStore(({ feature }) => {
    layers.push(feature.layer as LayerCode);
    ids.push(String(feature.id));
    const props = feature.properties as Record<string, unknown> | null;
    codes.push(typeof props?.YDYHFLDM === 'string' ? props.YDYHFLDM : null);
  }, undefined, 1 << 16);
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) stream.push(chunk as Uint8Array);
  return { file, store: stream.end(), layers, ids, codes };
}

/** Store indices of one layer, ascending. */
export function indicesOf(plan: PlanStore, layer: LayerCode): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < plan.layers.length; i++) if (plan.layers[i] === layer) out.push(i);
  return Uint32Array.from(out);
}
