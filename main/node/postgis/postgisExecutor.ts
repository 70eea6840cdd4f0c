// Node. The PostGIS rule executor (the seam's RuleExecutor): loads the plans' prepared features (and the
// withinDistance zones, built by the engine's buffer) into a schema, runs each rule's relation compiled to SQL tile by
// tile over the given connections, and yields the same records as the embedded engine. `quality` and `indicator`
// rules, and relations with no SQL module yet, run in the embedded executor (named in `notes`). A run schema of its
// own (lantu_run_<random>) is dropped afterwards; a schema given by the caller is kept.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import {
  createRulesState,
  embeddedExecutor,
  recordsOfRule,
  releaseHandles,
  ruleContext,
  type PreparedFeature,
  type RulesState,
  RulesCancelledError,
  type ExecuteOptions,
  type RelationRecord,
  type RelationType,
  type Rule,
  type RuleExecutor,
  type RuleRecords,
  type RulesInput,
} from '../../../engine/rules/index.ts';
import { cancelOnAbort } from './cancelOnAbort.ts';
import type { SourceTable } from '../db/readPlanTables.ts';
import { loadFeaturesFromTables, type SlotSource } from './featuresFromTables.ts';
import { loadFeatures, prepareAll } from './featuresTable.ts';
import { coverageRecords } from './relations/coverageRecords.ts';
import { crossesRecords } from './relations/crossesRecords.ts';
import { outsideRecords } from './relations/outsideRecords.ts';
import { overlapsRecords } from './relations/overlapsRecords.ts';
import { sliverRecords } from './relations/sliverRecords.ts';
import { useMismatchRecords } from './relations/useMismatchRecords.ts';
import { withinDistanceRecords } from './relations/withinDistanceRecords.ts';
import { isGeometryError } from './pairSql.ts';
import type { RecordsOfRelation } from './relationQuery.ts';
import type { Tile } from './tiles.ts';
import { ruleSelections } from './ruleSelections.ts';
import { loadZones, zonesOf } from './zonesTable.ts';

/** The relations compiled to SQL. outside, coverage and sliver come from their own modules when present. */
export const SQL_RELATIONS: Partial<Record<RelationType, RecordsOfRelation>> = {
  overlaps: overlapsRecords,
  crosses: crossesRecords,
  withinDistance: withinDistanceRecords,
  useMismatch: useMismatchRecords,
  outside: outsideRecords,
  coverage: coverageRecords,
  sliver: sliverRecords,
};

/** Relations the embedded engine computes on the features read in: quality and indicators. */
const EMBEDDED_BY_DESIGN: ReadonlySet<RelationType> = new Set(['quality', 'indicator']);

/**
 * Relations whose subject tiles are independent given what is computed once (outside's union), so a failing tile is
 * narrowed to its subjects (narrowedRecords): the pair relations (pairRows), outside and sliver (one record per
 * subject), and coverage's pair half. What spans tiles (outside's union, coverage's gaps, dissolved across the gap
 * grid) still throws and the rule falls back whole (docs/postgis-executor.md, "When GEOS fails").
 */
const TILE_NARROWED: ReadonlySet<RelationType> = new Set([
  'overlaps',
  'crosses',
  'withinDistance',
  'useMismatch',
  'outside',
  'sliver',
  'coverage',
]);

export interface PostgisExecutorOptions {
  /** Open connections (≥ 1); the first also loads. */
  clients: readonly pg.Client[];
  port: GeometryPort;
  /** Load into this schema and keep it; without it a fresh lantu_run_<random> schema is dropped afterwards. */
  schema?: string;
  /** Relation modules besides SQL_RELATIONS (outside, coverage, sliver). */
  relations?: Partial<Record<RelationType, RecordsOfRelation>>;
  /** Told which rules ran where, and the phases' times. */
  onNote?: (note: PostgisNote) => void;
  /**
   * Per plan (input order), the tables its features were read from (readPlanTables; rows in ctid order are the
   * features in plan order): the features table then takes those geometries from the tables (featuresFromTables.ts).
   * A plan without an entry (or null) is sent whole, as without this option.
   */
  sources?: readonly (readonly SourceTable[] | null | undefined)[];
}

export type PostgisNote =
  /**
   * Rules the embedded engine evaluated: no SQL module for the relation, or (with `reason`) PostGIS's GEOS failed;
   * with `subjects` only that many of the rule's subjects (those of the `tiles` failing tiles) were, the rest stayed
   * in SQL.
   */
  | {
      kind: 'fallback';
      ruleIds: string[];
      relation: RelationType;
      reason?: string;
      subjects?: { embedded: number; of: number };
      tiles?: number;
    }
  | { kind: 'phase'; phase: 'prepare' | 'load' | 'sql' | 'embedded'; ms: number }
  | { kind: 'rule'; ruleId: string; ms: number }
  /** With `sources`: how many geometries came from the plans' tables and how many were sent (repaired, changed). */
  | { kind: 'tables'; geometryFromTables: number; geometrySent: number; footprintsSent: number };

/** The slot → (table, row) map of `sources`, with the tables numbered across plans. */
function slotSources(
  plans: RulesInput['plans'],
  sources: NonNullable<PostgisExecutorOptions['sources']>,
): { tables: SourceTable[]; sourceOf: (SlotSource | null)[] } {
  const tables: SourceTable[] = [];
  const sourceOf: (SlotSource | null)[] = [];
  plans.forEach((doc, i) => {
    const own = sources[i];
    if (!own) {
      for (let j = 0; j < doc.features.length; j++) sourceOf.push(null);
      return;
    }
    const positions: SlotSource[] = [];
    for (const t of own) {
      for (let row = 1; row <= t.rows; row++) positions.push({ table: tables.length, row });
      tables.push(t);
    }
    for (let j = 0; j < doc.features.length; j++) sourceOf.push(positions[j] ?? null);
  });
  return { tables, sourceOf };
}

export function postgisExecutor(options: PostgisExecutorOptions): RuleExecutor {
  const modules = { ...SQL_RELATIONS, ...options.relations };
  const note = options.onNote ?? (() => undefined);
  return {
    async *evaluate(input: RulesInput, execute: ExecuteOptions = {}): AsyncIterable<RuleRecords> {
      const checkpoint = async () => {
        if (execute.yieldControl) await execute.yieldControl();
        if (execute.signal?.aborted) throw new RulesCancelledError();
      };
      const wanted = execute.ruleIds ? new Set(execute.ruleIds) : null;
      const rules = input.pack.rules.filter((r) => wanted === null || wanted.has(r.id));
      const inSql = rules.filter((r) => modules[r.relation.type] !== undefined);
      const embedded = rules.filter((r) => modules[r.relation.type] === undefined);
      const fallbacks = new Map<RelationType, string[]>();
      for (const r of embedded)
        if (!EMBEDDED_BY_DESIGN.has(r.relation.type)) fallbacks.set(r.relation.type, [...(fallbacks.get(r.relation.type) ?? []), r.id]);
      for (const [relation, ruleIds] of fallbacks) note({ kind: 'fallback', relation, ruleIds });

      if (embedded.length > 0) {
        const t = performance.now();
        for await (const batch of embeddedExecutor(options.port).evaluate(input, { ...execute, ruleIds: embedded.map((r) => r.id) }))
          yield batch;
        note({ kind: 'phase', phase: 'embedded', ms: performance.now() - t });
      }
      if (inSql.length === 0) return;

      const t0 = performance.now();
      const features = prepareAll(options.port, input.plans);
      const { selected, selsBySlot } = ruleSelections(features, inSql);
      const zones = zonesOf(options.port, features, selected);
      const hasTownLayer = features.some((f) => f.layer === 'XZQ' && f.box !== null);
      note({ kind: 'phase', phase: 'prepare', ms: performance.now() - t0 });
      await checkpoint();

      const loader = options.clients[0]!;
      const schema = options.schema ?? `lantu_run_${randomBytes(6).toString('hex')}`;
      // An abort cancels the running statements (not only the next rule): a pair query can take minutes.
      const canceller = cancelOnAbort(execute.signal, options.clients);
      // The engine's state for rules narrowed to failing tiles: built on first need, once per run.
      let embeddedState: RulesState | null = null;
      try {
        const t1 = performance.now();
        let table: string;
        if (options.sources?.some((x) => x)) {
          const { tables, sourceOf } = slotSources(input.plans, options.sources);
          const load = await loadFeaturesFromTables(loader, schema, features, tables, sourceOf, selsBySlot);
          note({
            kind: 'tables',
            geometryFromTables: load.geometryFromTables,
            geometrySent: load.geometrySent,
            footprintsSent: load.footprintsSent,
          });
          table = load.table;
        } else table = await loadFeatures(loader, schema, features, selsBySlot);
        const zonesTable = await loadZones(loader, schema, zones);
        note({ kind: 'phase', phase: 'load', ms: performance.now() - t1 });
        // JIT off: PostgreSQL 15 compiled the pair queries' large overlap expressions for seconds per statement (the
        // coverage pairs on the demo: 9.4 of 10 s per tile query; docs/postgis-dissolve-relations.md).
        await Promise.all(options.clients.map((c) => c.query('SET jit = off')));
        const t2 = performance.now();
        for (const s of selected) {
          await checkpoint();
          const tr = performance.now();
          let records: RelationRecord[];
          const failedTiles: Tile[] = [];
          let tileError: unknown = null;
          const narrowed = TILE_NARROWED.has(s.rule.relation.type);
          try {
            records = await modules[s.rule.relation.type]!({
              ...(narrowed
                ? {
                    onFailedTile: (tile: Tile, error: unknown) => {
                      failedTiles.push(tile);
                      tileError ??= error;
                    },
                  }
                : {}),
              clients: options.clients,
              features: table,
              zones: zonesTable,
              rule: s.rule,
              subjectSlots: s.subjectSlots,
              objectSlots: s.objectSlots,
              subjectSel: s.subjectSel,
              objectSel: s.objectSel,
              ...(s.withinSlots ? { withinSlots: s.withinSlots, withinSel: s.withinSel! } : {}),
              hasTownLayer,
              distanceM: (a, b) => options.port.distanceM(footprintOf(features[a]!), footprintOf(features[b]!)),
            });
            if (failedTiles.length > 0) {
              // PostGIS's GEOS gave up on some pair in these tiles: their subjects' pairs come from the engine (which
              // reports a pair it cannot measure with its failure message), every other tile's from SQL.
              const inTiles = subjectsInTiles(features, s.subjectSlots, failedTiles);
              note({
                kind: 'fallback',
                relation: s.rule.relation.type,
                ruleIds: [s.rule.id],
                reason: String((tileError as Error).message),
                subjects: { embedded: inTiles.size, of: s.subjectSlots.length },
                tiles: failedTiles.length,
              });
              embeddedState ??= createRulesState(options.port, input.plans);
              records = [...records, ...(await narrowedRecords(embeddedState, input, s.rule, inTiles, checkpoint))];
            }
          } catch (error) {
            if (!isGeometryError(error)) throw error;
            // PostGIS's GEOS gave up on some pair (the query stops whole): the engine reports that pair with a
            // failure message and measures the rest, so this rule is evaluated by the engine instead.
            note({ kind: 'fallback', relation: s.rule.relation.type, ruleIds: [s.rule.id], reason: String((error as Error).message) });
            records = [];
            for await (const batch of embeddedExecutor(options.port).evaluate(input, { ...execute, ruleIds: [s.rule.id] }))
              records = batch.records;
          }
          note({ kind: 'rule', ruleId: s.rule.id, ms: performance.now() - tr });
          yield { ruleId: s.rule.id, records };
        }
        note({ kind: 'phase', phase: 'sql', ms: performance.now() - t2 });
      } catch (error) {
        // A cancelled statement (SQLSTATE 57014) or anything after an abort is the cancel the caller asked for.
        if (execute.signal?.aborted) throw new RulesCancelledError();
        throw error;
      } finally {
        if (embeddedState) releaseHandles(embeddedState);
        await canceller.settle();
        if (options.schema === undefined)
          await loader.query(`DROP SCHEMA IF EXISTS ${loader.escapeIdentifier(schema)} CASCADE`).catch(() => undefined);
      }
    },
  };
}

/** The subjects whose box's lower-left corner lies in one of the tiles: the pairs SQL assigned to those tiles. */
/** What the engine measures a distance between (evaluateWithinDistancePair): the footprint, else the geometry. */
const footprintOf = (f: PreparedFeature) => f.footprint ?? f.geometry;

function subjectsInTiles(features: readonly PreparedFeature[], subjectSlots: readonly number[], tiles: readonly Tile[]): Set<number> {
  const out = new Set<number>();
  for (const slot of subjectSlots) {
    const box = features[slot]?.box;
    if (!box) continue;
    if (tiles.some((t) => box[0] >= t.x0 && box[0] < t.x1 && box[1] >= t.y0 && box[1] < t.y1)) out.add(slot);
  }
  return out;
}

/** The rule's records for pairs whose subject is one of `subjects`, by the embedded engine (its incremental scope). */
async function narrowedRecords(
  state: RulesState,
  input: RulesInput,
  rule: Rule,
  subjects: ReadonlySet<number>,
  checkpoint: () => Promise<void>,
): Promise<RelationRecord[]> {
  const ctx = ruleContext(input, state, checkpoint);
  const records = await recordsOfRule(state, rule, ctx, subjects);
  // The scope also gives pairs where one of them is the object; those belong to another subject's tile, done in SQL.
  const key = (planId: string, featureId: string) => `${planId}\u0000${featureId}`;
  const wanted = new Set([...subjects].map((slot) => key(state.features[slot]!.plan.id, state.features[slot]!.id)));
  return records.filter((r) => r.subject !== null && wanted.has(key(r.subject.planId, r.subject.featureId)));
}
