// Node. The PostGIS rule executor (the seam's RuleExecutor): loads the plans' prepared features (and the
// withinDistance zones, built by the engine's buffer) into a schema, runs each rule's relation compiled to SQL tile by
// tile over the given connections, and yields the same records as the embedded engine. `quality` and `indicator`
// rules, and relations with no SQL module yet, run in the embedded executor (named in `notes`). A run schema of its
// own (lantu_run_<random>) is dropped afterwards; a schema given by the caller is kept.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import {
  embeddedExecutor,
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
import { loadFeatures, prepareAll } from './featuresTable.ts';
import { coverageRecords } from './relations/coverageRecords.ts';
import { crossesRecords } from './relations/crossesRecords.ts';
import { outsideRecords } from './relations/outsideRecords.ts';
import { overlapsRecords } from './relations/overlapsRecords.ts';
import { sliverRecords } from './relations/sliverRecords.ts';
import { useMismatchRecords } from './relations/useMismatchRecords.ts';
import { withinDistanceRecords } from './relations/withinDistanceRecords.ts';
import type { RecordsOfRelation } from './relationQuery.ts';
import { selectSlots } from './selectSlots.ts';
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

/** Relations the embedded engine computes on the features read in (issue 16: quality and indicators). */
const EMBEDDED_BY_DESIGN: ReadonlySet<RelationType> = new Set(['quality', 'indicator']);

/** An error PostGIS raises when GEOS cannot compute on a geometry (SQLSTATE XX000, GEOS's words). */
function isGeometryError(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e.code === 'XX000' && /GEOS|TopologyException|IllegalArgumentException/i.test(String(e.message));
}

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
}

export type PostgisNote =
  /** Rules the embedded engine evaluated: no SQL module for the relation, or (with `reason`) PostGIS's GEOS failed. */
  | { kind: 'fallback'; ruleIds: string[]; relation: RelationType; reason?: string }
  | { kind: 'phase'; phase: 'prepare' | 'load' | 'sql' | 'embedded'; ms: number }
  | { kind: 'rule'; ruleId: string; ms: number };

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
      const selected = inSql.map((rule: Rule) => ({
        rule,
        subjectSlots: selectSlots(features, rule.subject),
        objectSlots: selectSlots(features, rule.object ?? rule.subject),
        ...(rule.relation.type === 'coverage' ? { withinSlots: selectSlots(features, rule.relation.within) } : {}),
      }));
      const zones = zonesOf(options.port, features, selected);
      const hasTownLayer = features.some((f) => f.layer === 'XZQ' && f.box !== null);
      note({ kind: 'phase', phase: 'prepare', ms: performance.now() - t0 });
      await checkpoint();

      const loader = options.clients[0]!;
      const schema = options.schema ?? `lantu_run_${randomBytes(6).toString('hex')}`;
      // An abort cancels the running statements (not only the next rule): a pair query can take minutes.
      const canceller = cancelOnAbort(execute.signal, options.clients);
      try {
        const t1 = performance.now();
        const table = await loadFeatures(loader, schema, features);
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
          try {
            records = await modules[s.rule.relation.type]!({
              clients: options.clients,
              features: table,
              zones: zonesTable,
              rule: s.rule,
              subjectSlots: s.subjectSlots,
              objectSlots: s.objectSlots,
              ...(s.withinSlots ? { withinSlots: s.withinSlots } : {}),
              hasTownLayer,
            });
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
        await canceller.settle();
        if (options.schema === undefined)
          await loader.query(`DROP SCHEMA IF EXISTS ${loader.escapeIdentifier(schema)} CASCADE`).catch(() => undefined);
      }
    },
  };
}
