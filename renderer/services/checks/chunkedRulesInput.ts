// The rules input in the form posted to the rules worker: each plan's features as compact chunks
// (typed-array coordinates, one string each for ids, layers and attributes; renderer/db/geometryChunk.ts).
// Structured cloning 300k feature objects blocked the UI thread for seconds. Encoding runs chunk by chunk
// between event-loop turns and is cached per unchanged chunk of features; a chunk the worker already
// received in the previous call is sent as a reference only, so a re-check after one edit posts one chunk.
// A worker that reads only some layers (partitionRules) gets chunks of only those layers' features, cached per layer set.
import type { LayerCode, PlanMeta, PlanFeature } from '../../../engine/model/index.ts';
import type { RulesInput } from '../../../engine/rules/index.ts';
import { decodeChunk, encodeChunk, type EncodedChunk } from '../../db/geometryChunk.ts';
import { FeatureMap } from '../../store/featureMap.ts';
import type { PlanEntry } from '../../store/types.ts';

/** An encoded chunk with its ids and layer codes joined into one string each (one clone, not 4096). */
export interface WireChunk extends Omit<EncodedChunk, 'ids' | 'layers'> {
  key: number;
  ids: string;
  layers: string;
}

/** A chunk the worker holds from the previous call. */
export interface ChunkRef {
  key: number;
}

export interface ChunkedRulesInput extends Omit<RulesInput, 'plans'> {
  plans: { plan: PlanMeta; chunks: (WireChunk | ChunkRef)[] }[];
}

const CHUNK = 4096;
let nextKey = 1;
const cache = new WeakMap<object, WireChunk>();
/** Per chunk and layer set (sorted codes joined): its features of those layers, or null when it has none. */
const layerCache = new WeakMap<object, Map<string, WireChunk | null>>();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toWire(c: EncodedChunk): WireChunk {
  return { ...c, key: nextKey++, ids: c.ids.join('\n'), layers: c.layers.join('\n') };
}

function fromWire(c: WireChunk): EncodedChunk {
  return { ...c, ids: c.ids === '' ? [] : c.ids.split('\n'), layers: c.layers === '' ? [] : c.layers.split('\n') };
}

/**
 * Encodes a plan's features in slices, reusing the encoding of chunks that did not change; with `layers`, only the
 * features of those layers (in document order), chunks without any left out.
 */
export async function encodePlanEntry(
  entry: PlanEntry,
  layers: ReadonlySet<LayerCode> | null = null,
): Promise<{ plan: PlanMeta; chunks: WireChunk[] }> {
  const chunks: WireChunk[] = [];
  if (layers !== null && layers.size === 0) return { plan: entry.meta, chunks };
  const layerKey = layers === null ? '' : [...layers].sort().join(',');
  if (entry.features instanceof FeatureMap) {
    const whole = async (part: readonly PlanFeature[]): Promise<WireChunk> => {
      let encoded = cache.get(part);
      if (!encoded) {
        encoded = toWire(encodeChunk([...part.values()]));
        cache.set(part, encoded);
        await nextTask();
      }
      return encoded;
    };
    for (const part of entry.features.chunkList()) {
      if (layers === null) {
        chunks.push(await whole(part));
        continue;
      }
      let byLayers = layerCache.get(part);
      if (!byLayers) layerCache.set(part, (byLayers = new Map()));
      let encoded = byLayers.get(layerKey);
      if (encoded === undefined) {
        const kept = part.filter((f) => layers.has(f.layer));
        // A chunk wholly of these layers is the same chunk every worker gets.
        if (kept.length === 0) encoded = null;
        else if (kept.length === part.length) encoded = await whole(part);
        else {
          encoded = toWire(encodeChunk(kept));
          await nextTask();
        }
        byLayers.set(layerKey, encoded);
      }
      if (encoded) chunks.push(encoded);
    }
  } else {
    let slice: PlanFeature[] = [];
    for (const f of entry.features.values()) {
      if (layers !== null && !layers.has(f.layer)) continue;
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

const countCache = new WeakMap<object, Map<LayerCode, number>>();

/** How many features each layer of a plan has (partitionRules' cost estimate), counted per chunk and cached. */
export async function layerCountsOf(entry: PlanEntry): Promise<Map<LayerCode, number>> {
  const counts = new Map<LayerCode, number>();
  const add = (part: Map<LayerCode, number>) => {
    for (const [layer, n] of part) counts.set(layer, (counts.get(layer) ?? 0) + n);
  };
  if (entry.features instanceof FeatureMap) {
    for (const part of entry.features.chunkList()) {
      let c = countCache.get(part);
      if (!c) {
        c = new Map();
        for (const f of part) c.set(f.layer, (c.get(f.layer) ?? 0) + 1);
        countCache.set(part, c);
      }
      add(c);
    }
  } else {
    const c = new Map<LayerCode, number>();
    for (const f of entry.features.values()) c.set(f.layer, (c.get(f.layer) ?? 0) + 1);
    add(c);
  }
  return counts;
}

/**
 * Replaces chunks sent in the previous call by references (`sent` holds their keys and is updated to this
 * call's keys). The worker must decode every call in order with one `ChunkDecoder`.
 */
export function withReferences(input: ChunkedRulesInput, sent: Set<number>): ChunkedRulesInput {
  const now = new Set<number>();
  const plans = input.plans.map((p) => ({
    plan: p.plan,
    chunks: p.chunks.map((c) => {
      now.add(c.key);
      return sent.has(c.key) ? { key: c.key } : c;
    }),
  }));
  sent.clear();
  for (const k of now) sent.add(k);
  return { ...input, plans };
}

/** Decodes inputs in the worker, keeping the previous call's chunks for references. */
export class ChunkDecoder {
  private held = new Map<number, PlanFeature[]>();

  decode(input: ChunkedRulesInput): RulesInput {
    const { plans, ...rest } = input;
    const held = new Map<number, PlanFeature[]>();
    const out = plans.map((p) => {
      const features: PlanFeature[] = [];
      for (const c of p.chunks) {
        let part = this.held.get(c.key) ?? held.get(c.key);
        if (!part) {
          if (!('coords' in c)) throw new Error(`rules input refers to chunk ${c.key}, which the worker does not hold`);
          part = decodeChunk(fromWire(c as WireChunk));
        }
        held.set(c.key, part);
        for (const f of part) features.push(f);
      }
      return { type: 'FeatureCollection' as const, plan: p.plan, features };
    });
    this.held = held;
    return { ...rest, plans: out };
  }
}

/** Pure. The plain rules input of a self-contained chunked input (no references). */
export function decodeRulesInput(input: ChunkedRulesInput): RulesInput {
  return new ChunkDecoder().decode(input);
}
