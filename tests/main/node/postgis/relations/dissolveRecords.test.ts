// The PostGIS `outside`, `coverage` and `sliver` relations (a throw-away cluster) give, through runExecutor's shared
// step, the embedded engine's conflicts for those rules: the Jiyuan demo (R11, R24, R25, R26) and a synthetic city;
// the same keys and region hashes, areas within 1e-6 relative or 0.01 m²; identifiers from plans cannot inject.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../../../engine/geometry/index.ts';
import type { FeatureId, Geometry, PlanDocument, Position } from '../../../../../engine/model/index.ts';
import {
  catalogOfPlans,
  embeddedExecutor,
  loadRulePack,
  runExecutor,
  type Conflict,
  type PreparedFeature,
  type RuleExecutor,
  type RulePack,
  type RulesInput,
} from '../../../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../../../main/node/createGeometryPort.ts';
import { loadFeatures, prepareAll } from '../../../../../main/node/postgis/featuresTable.ts';
import type { RecordsOfRelation, RelationQuery } from '../../../../../main/node/postgis/relationQuery.ts';
import { coverageRecords } from '../../../../../main/node/postgis/relations/coverageRecords.ts';
import { outsideRecords } from '../../../../../main/node/postgis/relations/outsideRecords.ts';
import { sliverRecords } from '../../../../../main/node/postgis/relations/sliverRecords.ts';
import { ruleSelections, type RuleSelections } from '../../../../../main/node/postgis/ruleSelections.ts';
import { testPlansOf } from '../../../../../engine/rules/testPlansOf.ts';
import { generateSyntheticCity } from '../../../../../scripts/bench/lib/syntheticCity.ts';
import { CLERK, POSTGIS_DB, startPgCluster, type PgCluster } from '../../../../support/pgCluster.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..', '..', '..');
const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!load.ok) throw new Error('default pack');
const PACK = load.pack as RulePack;
const RULES = ['R11', 'R24', 'R25', 'R26'];
const RELATIONS: Record<string, RecordsOfRelation> = { outside: outsideRecords, coverage: coverageRecords, sliver: sliverRecords };

let cluster: PgCluster;
let port: GeometryPort;
const clients: pg.Client[] = [];
beforeAll(async () => {
  cluster = await startPgCluster();
  port = await createGeometryPort();
  for (let i = 0; i < 2; i++) {
    const c = new pg.Client({ host: '127.0.0.1', port: cluster.port, user: CLERK.user, password: CLERK.password, database: POSTGIS_DB });
    await c.connect();
    clients.push(c);
  }
}, 120_000);
afterAll(async () => {
  for (const c of clients) await c.end();
  port?.dispose();
  await cluster?.stop();
});

function postgisExecutor(features: string, prepared: readonly PreparedFeature[], selections: RuleSelections): RuleExecutor {
  const hasTownLayer = prepared.some((f) => f.layer === 'XZQ');
  return {
    async *evaluate(input) {
      for (const rule of input.pack.rules) {
        const s = selections.selected.find((x) => x.rule.id === rule.id)!;
        const q: RelationQuery = {
          clients,
          features,
          rule,
          subjectSlots: s.subjectSlots,
          objectSlots: s.objectSlots,
          subjectSel: s.subjectSel,
          objectSel: s.objectSel,
          hasTownLayer,
          ...(s.withinSlots ? { withinSlots: s.withinSlots, withinSel: s.withinSel! } : {}),
        };
        yield { ruleId: rule.id, records: await RELATIONS[rule.relation.type]!(q) };
      }
    },
  };
}

interface Comparison {
  embedded: Conflict[];
  postgis: Conflict[];
}

async function compare(schema: string, plans: PlanDocument[], ruleIds = RULES): Promise<Comparison> {
  const input: RulesInput = { plans, pack: { ...PACK, rules: PACK.rules.filter((r) => ruleIds.includes(r.id)) } };
  const catalog = catalogOfPlans(port, plans);
  try {
    const prepared = prepareAll(port, plans);
    const selections = ruleSelections(prepared, input.pack.rules);
    const features = await loadFeatures(clients[0]!, schema, prepared, selections.selsBySlot);
    const embedded = (await runExecutor(embeddedExecutor(port), input, catalog)).report.conflicts;
    const postgis = (await runExecutor(postgisExecutor(features, prepared, selections), input, catalog)).report.conflicts;
    return { embedded, postgis };
  } finally {
    catalog.release();
  }
}

/** Same keys in the same order, same hashes, towns and parties; areas within 1e-6 relative or 0.01 m² (the report's
 *  measures are rounded to 0.01, so two values that close may round one step apart: 1e-9 absorbs the float noise). */
function expectSameConflicts({ embedded, postgis }: Comparison): void {
  expect(postgis.map((c) => c.key)).toEqual(embedded.map((c) => c.key));
  postgis.forEach((p, i) => {
    const e = embedded[i]!;
    expect(p.regionHash, `${e.key} region hash`).toBe(e.regionHash);
    expect(p.town, `${e.key} town`).toEqual(e.town);
    expect([p.subject, p.object, p.severity], e.key).toEqual([e.subject, e.object, e.severity]);
    for (const m of ['areaM2', 'meanWidthM'] as const) {
      const a = e.measure[m];
      const b = p.measure[m];
      expect(b === undefined, `${e.key} ${m}`).toBe(a === undefined);
      if (a !== undefined && b !== undefined)
        expect(Math.abs(a - b), `${e.key} ${m}: ${a} vs ${b}`).toBeLessThanOrEqual(Math.max(0.01, 1e-6 * Math.abs(a)) + 1e-9);
    }
  });
}

function demoPlans(): PlanDocument[] {
  return ['land', 'ecology', 'industry', 'transport'].map(
    (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
  );
}

describe('outside, coverage and sliver in PostGIS', () => {
  it('give the embedded conflicts of R11, R24, R25 and R26 on the Jiyuan demo', async () => {
    const result = await compare('demo', demoPlans());
    for (const id of RULES)
      expect(
        result.embedded.some((c) => c.ruleId === id),
        `${id} finds something on the demo`,
      ).toBe(true);
    expectSameConflicts(result);
  }, 300_000);

  it('give the embedded conflicts on a synthetic city with gaps across tile lines, overlaps and slivers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-pgdissolve-'));
    try {
      const city = generateSyntheticCity({ parcels: 3000, dir });
      const plans = Object.values(city.files).map((file) => JSON.parse(readFileSync(file, 'utf8')) as PlanDocument);
      const land = plans.find((p) => p.features.some((f) => f.layer === 'GHYDYH'))!;
      const parcels = land.features.filter((f) => f.layer === 'GHYDYH');
      const centre = (f: (typeof parcels)[number]): [number, number] => {
        const ring = (f.geometry as Extract<Geometry, { type: 'Polygon' }>).coordinates[0]!;
        const xs = ring.map((p) => p[0]);
        const ys = ring.map((p) => p[1]);
        return [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
      };
      // Gaps: every 97th parcel, and a block of parcels around a corner of the 0.02° gap grid (one gap over four tiles).
      const [cx, cy] = [112.4, 35.06];
      const dropped = new Set(
        parcels
          .filter((f, i) => i % 97 === 5 || (Math.abs(centre(f)[0] - cx) < 0.012 && Math.abs(centre(f)[1] - cy) < 0.012))
          .map((f) => f.id),
      );
      // Overlaps: every 89th parcel grown by 10 % around its box centre (it also spills over the territory at the rim).
      const grown = new Set(parcels.filter((_, i) => i % 89 === 7).map((f) => f.id));
      land.features = land.features
        .filter((f) => !dropped.has(f.id))
        .map((f) => {
          if (!grown.has(f.id)) return f;
          const [x, y] = centre(f);
          const ring = (f.geometry as Extract<Geometry, { type: 'Polygon' }>).coordinates[0]!;
          return { ...f, geometry: { type: 'Polygon', coordinates: [ring.map((p) => [x + (p[0] - x) * 1.1, y + (p[1] - y) * 1.1])] } };
        });
      // Slivers: thin strips and tiny squares laid over parcels (each also overlaps the parcel under it, which covers it).
      for (let i = 0; i < 6; i++) {
        const base = parcels[100 + 200 * i]!;
        const [x, y] = centre(base);
        const [w, h] = i % 2 === 0 ? [0.0008, 0.00002] : [0.0001, 0.0001];
        const ring: Position[] = [
          [x, y],
          [x + w, y],
          [x + w, y + h],
          [x, y + h],
          [x, y],
        ];
        land.features.push({ ...base, id: `${base.id}-sliver` as FeatureId, geometry: { type: 'Polygon', coordinates: [ring] } });
      }
      const result = await compare('synthetic', plans);
      const count = (id: string, gap = false) => result.embedded.filter((c) => c.ruleId === id && (!gap || c.subject === null)).length;
      expect(count('R25', true), 'gaps').toBeGreaterThan(20);
      expect(count('R25') - count('R25', true), 'overlaps').toBeGreaterThan(20);
      for (const id of ['R11', 'R24', 'R26']) expect(count(id), id).toBeGreaterThan(0);
      expectSameConflicts(result);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);

  it('keep identifiers from plans and schema names out of the SQL (quotes, "; drop table)', async () => {
    await clients[0]!.query('CREATE TABLE canary (id int)');
    const hostile = `x'"; DROP TABLE canary; --`;
    // Each rule's first inline test that reports a feature (R25's second: an overlap, its first is a gap).
    for (const [id, test] of [
      ['R11', 0],
      ['R24', 0],
      ['R25', 1],
      ['R26', 0],
    ] as const) {
      const rule = PACK.rules.find((r) => r.id === id)!;
      const features = rule.tests![test]!.features.map((f) => ({ ...f, id: `${f.id}${hostile}`, plan: `计划${hostile}` }));
      const result = await compare(`s${hostile}`, testPlansOf(features), [id]);
      expect(result.embedded, id).toHaveLength(1);
      expect(result.postgis[0]?.subject?.planId, id).toBe(`计划${hostile}`);
      expectSameConflicts(result);
    }
    const { rows } = await clients[0]!.query<{ t: string | null }>(`SELECT to_regclass('canary')::text AS t`);
    expect(rows[0]!.t).toBe('canary');
  }, 300_000);
});
