// The executor seam: a pack split into random rule partitions, each part evaluated by its own embedded executor
// over its own state (as a worker would), merged through the shared step over a catalog of the plans, gives the
// report of the single-threaded run byte for byte: conflicts, keys, region hashes, towns, messages, order, summary.
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
  runExecutor,
  runRules,
  type Rule,
  type RuleExecutor,
  type RulePack,
  type RuleRecords,
  type RulesInput,
  type RuleTestFeature,
} from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { gridFeatureArb, gridFeaturesOf, type GridCell, type GridTown } from './gridLayouts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const featureArb = gridFeatureArb();

/** Random rectangles and two towns side by side, so conflicts fall in either town (or in none). */
const TWO_TOWNS: GridTown[] = [
  { id: 't1', bsm: '419001000099999998', code: '419001001', name: '沁园街道', x: -1, y: -1, w: 8, h: 16 },
  { id: 't2', bsm: '419001000099999999', code: '419001002', name: '济水街道', x: 7, y: -1, w: 9, h: 16 },
];
const featuresOf = (layout: readonly GridCell[]): RuleTestFeature[] => gridFeaturesOf(layout, TWO_TOWNS);

const rule = (id: string, subject: LayerCode, object: LayerCode | null, relation: Rule['relation'], extra: Partial<Rule> = {}): Rule => ({
  id,
  version: 1,
  title: id,
  severity: 'major',
  subject: [{ layer: subject }],
  ...(object ? { object: [{ layer: object }] } : {}),
  relation,
  legalBasis: '测试',
  message: '{subject.name} {object.name} {areaM2} {town}',
  ...extra,
});

const PACK: RulePack = {
  id: 'seam',
  version: '1',
  title: '执行器接缝',
  rules: [
    rule(
      'S1',
      'STBHHX',
      'YJJBNT',
      { type: 'overlaps', minAreaM2: 1 },
      {
        escalations: [{ when: { overlaps: true, object: { field: 'DLMC', eq: '水田' } }, severity: 'blocker' }],
      },
    ),
    rule('S2', 'GHYDYH', 'CZKFBJ', { type: 'outside', minAreaM2: 1 }),
    rule('S3', 'GHYDYH', null, { type: 'coverage', within: [{ layer: 'CZKFBJ' }], minAreaM2: 1 }),
    rule('S4', 'GYXM', 'YJJBNT', { type: 'withinDistance', zoneAround: 'subject', distanceM: 30, minAreaM2: 1 }),
    rule('S5', 'GYXM', 'GYXM', { type: 'overlaps', minAreaM2: 1 }),
    rule(
      'S6',
      'CZKFBJ',
      'STBHHX',
      { type: 'overlaps', minAreaM2: 1 },
      { exemptions: [{ when: { not: { overlaps: true } }, reason: '测试' }] },
    ),
    rule('S7', 'GHYDYH', null, { type: 'sliver', minAreaM2: 1, minMeanWidthM: 30 }),
  ],
};

/** Rules dealt to `parts` executors by `assign`, each over its own rules state: the worker partition, in process. */
function partitioned(port: GeometryPort, parts: number, assign: readonly number[]): RuleExecutor {
  return {
    async *evaluate(input: RulesInput): AsyncIterable<RuleRecords> {
      const batches: RuleRecords[] = [];
      for (let p = 0; p < parts; p++) {
        const ruleIds = input.pack.rules.filter((_, i) => (assign[i] ?? 0) % parts === p).map((r) => r.id);
        for await (const b of embeddedExecutor(port).evaluate(input, { ruleIds })) batches.push(b);
      }
      // Any arrival order: the shared step must not care.
      for (const b of batches.reverse()) yield b;
    },
  };
}

let port: GeometryPort;
// GEOS's start can take seconds on a loaded machine.
beforeAll(async () => {
  port = await createGeometryPort();
}, 60_000);
afterAll(() => port.dispose());

async function both(input: RulesInput, parts: number, assign: readonly number[]): Promise<[string, string]> {
  const serial = await runRules(input, port);
  const catalog = catalogOfPlans(port, input.plans);
  try {
    const parallel = await runExecutor(partitioned(port, parts, assign), input, catalog);
    return [JSON.stringify(parallel.report), JSON.stringify(serial.report)];
  } finally {
    catalog.release();
  }
}

describe('runExecutor over partitioned executors', () => {
  it('gives the single-threaded report for random layouts, partitions and part counts', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(featureArb, { minLength: 2, maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.array(fc.nat(3), { minLength: PACK.rules.length, maxLength: PACK.rules.length }),
        async (layout, parts, assign) => {
          const [parallel, serial] = await both({ plans: testPlansOf(featuresOf(layout)), pack: PACK }, parts, assign);
          expect(parallel).toBe(serial);
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);

  it('gives the single-threaded report of the Jiyuan demo with the default pack, partitioned 1 to 4 ways', async () => {
    const plans = ['land', 'ecology', 'industry', 'transport'].map(
      (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
    );
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
    if (!load.ok) throw new Error('default pack');
    const input = { plans, pack: load.pack as RulePack, targets };
    for (const [parts, assign] of [
      [1, []],
      [2, load.pack.rules.map((_, i) => i)],
      [3, load.pack.rules.map((_, i) => (i * 7) % 5)],
      [4, load.pack.rules.map((_, i) => (i * i) % 4)],
    ] as const) {
      const [parallel, serial] = await both(input, parts, assign);
      expect(parallel.length).toBeGreaterThan(1000);
      expect(parallel, `${parts} parts`).toBe(serial);
    }
  }, 300_000);

  it('refuses an executor that leaves a rule out', async () => {
    const input = { plans: testPlansOf(featuresOf([{ layer: 'GYXM', x: 0, y: 0, w: 2, h: 2 }])), pack: PACK };
    const lossy: RuleExecutor = { evaluate: (i) => embeddedExecutor(port).evaluate(i, { ruleIds: ['S1', 'S2'] }) };
    const catalog = catalogOfPlans(port, input.plans);
    await expect(runExecutor(lossy, input, catalog)).rejects.toThrow(/S3/);
    catalog.release();
  });
});
