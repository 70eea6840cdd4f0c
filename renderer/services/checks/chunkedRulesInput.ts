// The rules input in the form posted to the rules worker: each plan's features as compact chunks
// (typed-array coordinates, one string each for ids, layers and attributes; renderer/db/geometryChunk.ts).
// Structured cloning 300k feature objects blocked the UI thread for seconds. Encoding runs chunk by chunk
// between event-loop turns and is cached per unchanged chunk of features; a chunk the worker already
// received in the previous call is sent as a reference only, so a re-check after one edit posts one chunk.
import type { PlanMeta, PlanFeature } from '../../../engine/model/index.ts';
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
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function toWire(c: EncodedChunk): WireChunk {
  return { ...c, key: nextKey++, ids: c.ids.join('\n'), layers: c.layers.join('\n') };
}

function fromWire(c: WireChunk): EncodedChunk {
  return { ...c, ids: c.ids === '' ? [] : c.ids.split('\n'), layers: c.layers === '' ? [] : c.layers.split('\n') };
}

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
