// The rules input in the form posted to the rules worker: each plan's features as compact chunks
// (typed-array coordinates, one JSON string of attributes; renderer/db/geometryChunk.ts). Structured
// cloning 300k feature objects blocked the UI thread for seconds; cloning typed arrays is a memcpy.
// Encoding runs chunk by chunk between event-loop turns and is cached per unchanged chunk of features.
import type { PlanMeta, PlanFeature } from '../../../engine/model/types.ts';
import type { RulesInput } from '../../../engine/rules/types.ts';
import { decodeChunk, encodeChunk, type EncodedChunk } from '../../db/geometryChunk.ts';
import { FeatureMap } from '../../store/featureMap.ts';
import type { PlanEntry } from '../../store/types.ts';

/** An encoded chunk with its ids and layer codes joined into one string each (one clone, not 4096). */
export interface WireChunk extends Omit<EncodedChunk, 'ids' | 'layers'> {
  ids: string;
  layers: string;
}

export interface ChunkedRulesInput extends Omit<RulesInput, 'plans'> {
  plans: { plan: PlanMeta; chunks: WireChunk[] }[];
}

function toWire(c: EncodedChunk): WireChunk {
  return { ...c, ids: c.ids.join('\n'), layers: c.layers.join('\n') };
}

function fromWire(c: WireChunk): EncodedChunk {
  return { ...c, ids: c.ids === '' ? [] : c.ids.split('\n'), layers: c.layers === '' ? [] : c.layers.split('\n') };
}

const CHUNK = 4096;
const cache = new WeakMap<object, WireChunk>();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Encodes a plan's features in slices, reusing the encoding of chunks that did not change. */
export async function encodePlanEntry(entry: PlanEntry): Promise<{ plan: PlanMeta; chunks: WireChunk[] }> {
  const chunks: WireChunk[] = [];
  if (entry.features instanceof FeatureMap) {
    for (const part of entry.features.chunkList()) {
      let encoded = cache.get(part);
      if (!encoded) {
        encoded = toWire(encodeChunk([...part.values()]));
        cache.set(part, encoded);
        await nextTask();
      }
      chunks.push(encoded);
    }
  } else {
    let slice: PlanFeature[] = [];
    for (const f of entry.features.values()) {
      slice.push(f);
      if (slice.length === CHUNK) {
        chunks.push(toWire(encodeChunk(slice)));
        slice = [];
        await nextTask();
      }
    }
    if (slice.length > 0) chunks.push(toWire(encodeChunk(slice)));
  }
  return { plan: entry.meta, chunks };
}

/** Pure. The plain rules input again (runs in the worker). */
export function decodeRulesInput(input: ChunkedRulesInput): RulesInput {
  const { plans, ...rest } = input;
  return { ...rest, plans: plans.map((p) => ({ type: 'FeatureCollection', plan: p.plan, features: p.chunks.flatMap((c) => decodeChunk(fromWire(c))) })) };
}
