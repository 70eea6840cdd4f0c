// The rules backend the checks service uses: the pack split by partitionRules over min(navigator.hardwareConcurrency,
// maxWorkers) rules Web Workers (renderer/workers/rulesWorker.ts, comlink, started on first use). Each worker gets its
// rules and only the layers they read (plus the towns), as compact chunks; each answers its rules' report (the shared
// step, in the worker), merged here in report order (mergePartReports), so the list is the one-worker list exactly.
// Progress adds up across workers; cancel reaches all. A re-check goes only to workers holding an edited feature's
// layer and keeps the partition of the run it continues; a new pack or plan list runs everything afresh.
import * as Comlink from 'comlink';
import {
  mergePartReports,
  partitionRules,
  TOWN_LAYER,
  unitsReadBy,
  type ConflictReport,
  type PlanLayers,
  type PreviousCheck,
} from '../../../engine/rules/index.ts';
import type { LayerCode, PlanDocument } from '../../../engine/model/index.ts';
import type { RulesWorkerApi } from '../../workers/rulesWorker.ts';
import type { RulesBackend, RulesSource } from './createChecksService.ts';
import { encodePlanEntry, layerCountsOf, withReferences, type ChunkedRulesInput } from './chunkedRulesInput.ts';

/** At most this many rules workers by default: each holds its own copy of the layers it reads. */
export const MAX_RULE_WORKERS = 4;

interface WorkerSlot {
  api: Comlink.Remote<RulesWorkerApi>;
  /** Keys of the chunks the worker holds (sent in its previous call). */
  sent: Set<number>;
  /** Its last report (a re-check that does not concern it keeps it). */
  report: ConflictReport | null;
}

interface Partition {
  /** Pack and plan list it was made for. */
  key: string;
  ruleIds: string[][];
}

type Progress = (done: number, total: number, phase: string) => void;

/** This workstation's fixed number of rules workers (like `lantu check --threads`), when one is set. */
export const RULES_WORKERS_SETTING = 'lantu.rulesWorkers';

function forcedWorkers(): number | null {
  const text = typeof localStorage !== 'undefined' ? localStorage.getItem(RULES_WORKERS_SETTING) : null;
  const n = Number(text);
  return text !== null && Number.isInteger(n) && n >= 1 ? n : null;
}

export function rulesWorkerCount(maxWorkers = MAX_RULE_WORKERS): number {
  const forced = forcedWorkers();
  if (forced !== null) return forced;
  const cores = typeof navigator !== 'undefined' && navigator.hardwareConcurrency > 0 ? navigator.hardwareConcurrency : 1;
  return Math.max(1, Math.min(cores, maxWorkers));
}

/** The pack's parts for `count` workers. Unless the count is a workstation setting, one part when the largest part
 * would still prepare every feature the pack reads (the default pack: R24/R26/R30 read every layer): more workers
 * would then only repeat that preparation and multiply the memory (at 300k in the CLI, two took ×2.1 the CPU of one). */
export function partsFor(rules: Parameters<typeof partitionRules>[0], layers: readonly PlanLayers[], count: number): string[][] {
  const parts = partitionRules(rules, layers, count);
  if (parts.length <= 1 || forcedWorkers() !== null) return parts.map((p) => p.ruleIds);
  const everything = partitionRules(rules, layers, 1)[0]!;
  return Math.max(...parts.map((p) => p.features)) >= everything.features ? [everything.ruleIds] : parts.map((p) => p.ruleIds);
}

export function createRulesBackend(options: { maxWorkers?: number } = {}): RulesBackend {
  const count = rulesWorkerCount(options.maxWorkers);
  const slots: WorkerSlot[] = [];
  const slot = (i: number): WorkerSlot =>
    (slots[i] ??= {
      api: Comlink.wrap<RulesWorkerApi>(new Worker(new URL('../../workers/rulesWorker.ts', import.meta.url), { type: 'module' })),
      sent: new Set(),
      report: null,
    });
  let partition: Partition | null = null;

  const keyOf = (source: RulesSource) =>
    JSON.stringify([source.pack.id, source.pack.version, source.pack.rules.map((r) => r.id), source.plans.map((p) => p.meta.id), count]);

  const layersOf = async (source: RulesSource): Promise<PlanLayers[]> => {
    const out: PlanLayers[] = [];
    for (const entry of source.plans) out.push({ kind: entry.meta.kind, counts: await layerCountsOf(entry) });
    return out;
  };

  /** Per plan, the layers a part's rules read under the current layers (a layer drawn since the run is included). */
  const layerSets = (source: RulesSource, ruleIds: readonly string[], layers: readonly PlanLayers[]): Set<LayerCode>[] => {
    const sets = source.plans.map(() => new Set<LayerCode>([TOWN_LAYER]));
    const ids = new Set(ruleIds);
    for (const rule of source.pack.rules) {
      if (!ids.has(rule.id)) continue;
      for (const u of unitsReadBy(rule, layers)) sets[u.plan]!.add(u.layer);
    }
    return sets;
  };

  const partInput = async (
    source: RulesSource,
    ruleIds: readonly string[],
    sets: readonly Set<LayerCode>[],
  ): Promise<ChunkedRulesInput> => {
    const ids = new Set(ruleIds);
    const plans = [];
    for (const [p, entry] of source.plans.entries()) plans.push(await encodePlanEntry(entry, sets[p]!));
    const pack = { ...source.pack, rules: source.pack.rules.filter((r) => ids.has(r.id)) };
    return source.targets ? { plans, pack, targets: source.targets } : { plans, pack };
  };

  const merged = (source: RulesSource): ConflictReport => {
    const plans = source.plans.map((e) => ({ type: 'FeatureCollection', plan: e.meta, features: [] }) as PlanDocument);
    return mergePartReports(
      { pack: source.pack, plans },
      slots.slice(0, partition!.ruleIds.length).map((s) => s.report!),
    );
  };

  /** Progress of all parts as one run of the whole pack: (0, R + 1) … (R + 1, R + 1). */
  const progressOf = (parts: readonly string[][], onProgress: Progress | undefined) => {
    const done = parts.map(() => 0);
    const total = parts.reduce((n, p) => n + p.length, 0) + 1;
    const finished = parts.map(() => false);
    return parts.map((rules, i) =>
      Comlink.proxy((d: number, _t: number, phase: string) => {
        done[i] = Math.min(d, rules.length);
        if (phase === 'done') finished[i] = true;
        const all = finished.every(Boolean);
        onProgress?.(done.reduce((a, b) => a + b, 0) + (all ? 1 : 0), total, all ? 'done' : phase);
      }),
    );
  };

  /** Runs `call` on every part's worker at once; a failure cancels the others. */
  const onAll = async (indexes: readonly number[], call: (s: WorkerSlot, i: number) => Promise<ConflictReport>): Promise<void> => {
    try {
      const reports = await Promise.all(indexes.map((i) => call(slot(i), i)));
      indexes.forEach((i, k) => (slot(i).report = reports[k]!));
    } catch (error) {
      for (const i of indexes) void slot(i).api.cancel();
      // A part that failed or was cancelled leaves no run to continue from.
      partition = null;
      throw error;
    }
  };

  const run = async (source: RulesSource, onProgress?: Progress): Promise<ConflictReport> => {
    const layers = await layersOf(source);
    const parts = partsFor(source.pack.rules, layers, count);
    partition = { key: keyOf(source), ruleIds: parts };
    const progress = progressOf(parts, onProgress);
    onProgress?.(0, source.pack.rules.length + 1, 'prepare');
    const inputs: ChunkedRulesInput[] = [];
    for (const ids of parts) inputs.push(await partInput(source, ids, layerSets(source, ids, layers)));
    await onAll(
      parts.map((_, i) => i),
      (s, i) => s.api.runChunked(withReferences(inputs[i]!, s.sent), progress[i]),
    );
    return merged(source);
  };

  /** The edited ids a part must see: those of features in layers it holds, and deleted ones (held by anyone). */
  const idsFor = (source: RulesSource, ids: readonly string[], sets: readonly Set<LayerCode>[]): string[] =>
    ids.filter((id) => {
      let present = false;
      for (const [p, entry] of source.plans.entries()) {
        const f = entry.features.get(id as never);
        if (!f) continue;
        present = true;
        if (sets[p]!.has(f.layer)) return true;
      }
      return !present;
    });

  return {
    run: (input, onProgress) => run(input, onProgress),
    recheck: async (ids, source) => {
      if (!partition || partition.key !== keyOf(source)) return run(source);
      const layers = await layersOf(source);
      const parts = partition.ruleIds;
      const work: { i: number; ids: string[]; input: ChunkedRulesInput }[] = [];
      for (const [i, ruleIds] of parts.entries()) {
        const sets = layerSets(source, ruleIds, layers);
        const mine = idsFor(source, ids, sets);
        if (mine.length > 0) work.push({ i, ids: mine, input: await partInput(source, ruleIds, sets) });
      }
      await onAll(
        work.map((w) => w.i),
        (s, i) => {
          const w = work.find((x) => x.i === i)!;
          return s.api.recheckChunked(w.ids, withReferences(w.input, s.sent));
        },
      );
      return merged(source);
    },
    resume: async (previous: PreviousCheck, ids, source, onProgress) => {
      const layers = await layersOf(source);
      const parts = partsFor(source.pack.rules, layers, count);
      partition = { key: keyOf(source), ruleIds: parts };
      const progress = progressOf(parts, onProgress);
      const inputs: { ids: string[]; input: ChunkedRulesInput; previous: PreviousCheck }[] = [];
      for (const ruleIds of parts) {
        const sets = layerSets(source, ruleIds, layers);
        const mine = new Set(ruleIds);
        inputs.push({
          ids: idsFor(source, ids, sets),
          input: await partInput(source, ruleIds, sets),
          previous: { pack: previous.pack, conflicts: previous.conflicts.filter((c) => mine.has(c.ruleId)) },
        });
      }
      await onAll(
        parts.map((_, i) => i),
        (s, i) => s.api.resumeChunked(inputs[i]!.previous, inputs[i]!.ids, withReferences(inputs[i]!.input, s.sent), progress[i]),
      );
      return merged(source);
    },
    cancel: () => {
      for (const s of slots) void s?.api.cancel();
    },
  };
}
