// A pack split by partitionRules, each part evaluated over only the layers its rules read (plansOfUnits), gives
// the single run's report byte for byte — through the executor seam (records, shared step over all plans, as the
// CLI's worker threads) and as merged part reports (the editor's Web Workers) — on random layouts with random
// worker counts and on the Jiyuan demo; and the partition prepares a layer in one worker when that balances.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { LayerCode, PlanDocument } from '../../../engine/model/index.ts';
import {
  catalogOfPlans,
  embeddedExecutor,
  loadRulePack,
  mergePartReports,
  partitionRules,
  planLayersOf,
  plansOfUnits,
  runExecutor,
  runRules,
  unitsReadBy,
  type Rule,
  type RuleExecutor,
  type RulePack,
  type RuleRecords,
  type RulesInput,
} from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { gridFeatureArb, gridFeaturesOf, type GridTown } from './gridLayouts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!load.ok) throw new Error('default pack');
const DEFAULT_PACK = load.pack as RulePack;
const TWO_TOWNS: GridTown[] = [
  { id: 't1', bsm: '419001000099999998', code: '419001001', name: '沁园街道', x: -1, y: -1, w: 8, h: 16 },
  { id: 't2', bsm: '419001000099999999', code: '419001002', name: '济水街道', x: 7, y: -1, w: 9, h: 16 },
];

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
}, 60_000);
afterAll(() => port.dispose());

/** Each part over only its units' features, as a worker thread holds them. */
function partsExecutor(workers: number): RuleExecutor {
  return {
    async *evaluate(input: RulesInput): AsyncIterable<RuleRecords> {
      const batches: RuleRecords[] = [];
      for (const part of partitionRules(input.pack.rules, planLayersOf(input.plans, input.qualityFindings), workers)) {
        const sub = { ...input, plans: plansOfUnits(input.plans, part.units) };
        for await (const b of embeddedExecutor(port).evaluate(sub, { ruleIds: part.ruleIds })) batches.push(b);
      }
      for (const b of batches.reverse()) yield b;
    },
  };
}

async function viaRecords(input: RulesInput, workers: number): Promise<string> {
  const catalog = catalogOfPlans(port, input.plans);
  try {
    return JSON.stringify((await runExecutor(partsExecutor(workers), input, catalog)).report);
  } finally {
    catalog.release();
  }
}

/** Each part a whole runRules over its sub-pack and units, the reports merged (the editor's workers). */
async function viaReports(input: RulesInput, workers: number): Promise<string> {
  const reports = [];
  for (const part of partitionRules(input.pack.rules, planLayersOf(input.plans, input.qualityFindings), workers).reverse()) {
    const ids = new Set(part.ruleIds);
    const pack = { ...input.pack, rules: input.pack.rules.filter((r) => ids.has(r.id)) };
    reports.push((await runRules({ ...input, pack, plans: plansOfUnits(input.plans, part.units) }, port)).report);
  }
  return JSON.stringify(mergePartReports(input, reports));
}

describe('partitionRules', () => {
  it('gives the single run’s report from parts that hold only what their rules read, for random layouts and worker counts', async () => {
    const featureArb = gridFeatureArb(['STBHHX', 'YJJBNT', 'CZKFBJ', 'GHYDYH', 'GYXM']);
    await fc.assert(
      fc.asyncProperty(fc.array(featureArb, { minLength: 2, maxLength: 12 }), fc.integer({ min: 1, max: 6 }), async (layout, workers) => {
        const input = { plans: testPlansOf(gridFeaturesOf(layout, TWO_TOWNS)), pack: DEFAULT_PACK };
        const serial = JSON.stringify((await runRules(input, port)).report);
        expect(await viaRecords(input, workers)).toBe(serial);
        expect(await viaReports(input, workers)).toBe(serial);
      }),
      { numRuns: 15 },
    );
  }, 300_000);

  it('gives the single run’s report of the Jiyuan demo with 1 to 4 workers', async () => {
    const plans = ['land', 'ecology', 'industry', 'transport'].map(
      (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
    );
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const input = { plans, pack: DEFAULT_PACK, targets };
    const serial = JSON.stringify((await runRules(input, port)).report);
    expect(serial.length).toBeGreaterThan(1000);
    for (const workers of [2, 3, 4]) {
      expect(await viaRecords(input, workers), `${workers} workers (records)`).toBe(serial);
      expect(await viaReports(input, workers), `${workers} workers (reports)`).toBe(serial);
    }
  }, 600_000);

  const rule = (id: string, layer: string, relation: Rule['relation'], object?: string): Rule => ({
    id,
    version: 1,
    title: id,
    severity: 'major',
    subject: [{ layer: layer as LayerCode }],
    ...(object ? { object: [{ layer: object as LayerCode }] } : {}),
    relation,
    legalBasis: '测试',
    message: 'x',
  });
  const plans = [
    {
      kind: 'land' as const,
      counts: new Map<LayerCode, number>([
        ['GHYDYH', 1000],
        ['CZKFBJ', 10],
        ['XZQ', 5],
      ] as [LayerCode, number][]),
    },
    { kind: 'ecology' as const, counts: new Map<LayerCode, number>([['STBHHX', 1000]] as [LayerCode, number][]) },
  ];

  it('reads the layers a rule’s selectors name in the plans of their kind, and always the towns', () => {
    const r = rule('A', 'STBHHX', { type: 'overlaps' }, 'CZKFBJ');
    expect(unitsReadBy(r, plans)).toEqual([
      { plan: 0, layer: 'CZKFBJ' },
      { plan: 0, layer: 'XZQ' },
      { plan: 1, layer: 'STBHHX' },
    ]);
    const kinded: Rule = { ...r, subject: [{ kind: 'land', exceptLayers: ['CZKFBJ' as LayerCode] }], object: undefined };
    expect(unitsReadBy(kinded, plans)).toEqual([
      { plan: 0, layer: 'GHYDYH' },
      { plan: 0, layer: 'XZQ' },
    ]);
  });

  it('gives two workers the rules of different layers and one worker rules that share theirs', () => {
    const pack = [
      rule('A', 'GHYDYH', { type: 'sliver', minAreaM2: 1, minMeanWidthM: 1 }),
      rule('B', 'STBHHX', { type: 'sliver', minAreaM2: 1, minMeanWidthM: 1 }),
      rule('C', 'GHYDYH', { type: 'outside', minAreaM2: 1 }, 'CZKFBJ'),
      rule('D', 'STBHHX', { type: 'overlaps' }),
    ];
    const parts = partitionRules(pack, plans, 2);
    expect(parts.map((p) => [...p.ruleIds].sort())).toEqual([
      ['A', 'C'],
      ['B', 'D'],
    ]);
    expect(parts.map((p) => p.features)).toEqual([1015, 1005]);
    expect(partitionRules(pack, plans, 2)).toEqual(parts);
    // One worker holds everything once; more workers than rules leave the rest out.
    expect(partitionRules(pack, plans, 1).map((p) => p.features)).toEqual([2015]);
    expect(partitionRules(pack, plans, 8)).toHaveLength(4);
  });

  it('keeps the indicator rules in one part, since they share one computation of the indicators', () => {
    const indicatorRules = DEFAULT_PACK.rules.filter((r) => r.relation.type === 'indicator').map((r) => r.id);
    expect(indicatorRules.length).toBeGreaterThan(1);
    const demo = planLayersOf(
      ['land', 'ecology'].map((k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument),
      [],
    );
    for (const workers of [2, 3, 4, 8]) {
      const holding = partitionRules(DEFAULT_PACK.rules, demo, workers).filter((p) => p.ruleIds.some((id) => indicatorRules.includes(id)));
      expect(holding, `${workers} workers`).toHaveLength(1);
      expect(holding[0]!.ruleIds.filter((id) => indicatorRules.includes(id)).sort()).toEqual([...indicatorRules].sort());
    }
  });
});
