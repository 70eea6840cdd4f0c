// The rules in worker_threads (partitioned by rules, each worker holding only the layers its rules read, records back,
// the shared step here) give the single-threaded report byte for byte with 1–4 workers, with or without one part
// evaluated in this thread, on random layouts with random worker counts and on the Jiyuan demo with the default pack;
// workers of rules on different layers hold different features.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import type { Targets } from '../../../engine/indicators/index.ts';
import type { PlanDocument } from '../../../engine/model/index.ts';
import { catalogOfPlans, loadRulePack, runExecutor, runRules, type RulePack, type RulesInput } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { PlanFileChangedError } from '../../../main/node/PlanFileChangedError.ts';
import {
  defaultThreads,
  largestShare,
  SHARED_PREPARATION_BYTES,
  startRulesWorkers,
  threadsByDefault,
  workerRulesExecutor,
  type StartedRulesWorkers,
} from '../../../main/node/workerRulesExecutor.ts';
import { gridFeatureArb, gridFeaturesOf } from '../../engine/rules/gridLayouts.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const seedPath = (k: string) => join(ROOT, 'seeds', 'jiyuan', `${k}.json`);

const load = loadRulePack(JSON.parse(readFileSync(join(ROOT, 'seeds', 'rules', 'jiyuan-default.json'), 'utf8')));
if (!load.ok) throw new Error('default pack');
const PACK = load.pack as RulePack;

let port: GeometryPort;
// GEOS's start can take seconds on a loaded machine.
beforeAll(async () => {
  port = await createGeometryPort();
}, 60_000);
afterAll(() => port.dispose());

/** The report with `threads` parts: all in workers, or the first in this thread (`inProcess`), on workers `started` earlier. */
async function inWorkers(
  input: RulesInput,
  threads: number,
  how: { inProcess?: boolean; started?: StartedRulesWorkers } = {},
): Promise<string> {
  const catalog = catalogOfPlans(port, input.plans);
  try {
    const executor = workerRulesExecutor({
      threads,
      ...(how.inProcess ? { inProcess: port } : {}),
      ...(how.started ? { started: how.started } : {}),
    });
    return JSON.stringify((await runExecutor(executor, input, catalog)).report);
  } finally {
    catalog.release();
  }
}

describe('workerRulesExecutor', () => {
  it('gives the single-threaded report of the Jiyuan demo with 1, 2, 3 and 4 workers', async () => {
    const plans = ['land', 'ecology', 'industry', 'transport'].map((k) => JSON.parse(readFileSync(seedPath(k), 'utf8')) as PlanDocument);
    const targets = JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', 'targets.json'), 'utf8')) as Targets;
    const input = { plans, pack: PACK, targets };
    const serial = JSON.stringify((await runRules(input, port)).report);
    for (const threads of [1, 2, 3, 4]) expect(await inWorkers(input, threads), `${threads} workers`).toBe(serial);
    // One part in this thread, the others on workers started before the plans were known (as `lantu check` does);
    // one more is started than the run takes, and the run stops it.
    for (const threads of [2, 3]) {
      const started = startRulesWorkers(threads);
      expect(await inWorkers(input, threads, { inProcess: true, started }), `${threads} parts, one here`).toBe(serial);
      expect(started.take(), 'every started worker taken').toBeUndefined();
    }
    // A started worker that was sent the plan files validates them itself and keeps only its part's layers.
    const reading = startRulesWorkers(1);
    reading.read(['land', 'ecology', 'industry', 'transport'].map((k) => ({ path: seedPath(k), name: `${k}.json` })));
    expect(await inWorkers(input, 2, { inProcess: true, started: reading }), 'the worker read the files').toBe(serial);
  }, 600_000);

  it('stops with the name of a plan file that changed between this thread’s reading and the worker’s', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lantu-changed-'));
    try {
      const kinds = ['land', 'ecology'];
      const plans = kinds.map((k) => JSON.parse(readFileSync(seedPath(k), 'utf8')) as PlanDocument);
      // The file on disk has lost a parcel since this thread read it.
      const edited = { ...plans[0]!, features: plans[0]!.features.slice(1) };
      writeFileSync(join(dir, 'land.json'), JSON.stringify(edited));
      writeFileSync(join(dir, 'ecology.json'), JSON.stringify(plans[1]));
      const started = startRulesWorkers(1);
      started.read(kinds.map((k) => ({ path: join(dir, `${k}.json`), name: `${k}.json` })));
      const run = inWorkers({ plans, pack: PACK }, 2, { inProcess: true, started });
      await expect(run).rejects.toBeInstanceOf(PlanFileChangedError);
      await expect(run).rejects.toMatchObject({ file: 'land.json' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives the single-threaded report on random layouts with 1 to 4 workers', async () => {
    const featureArb = gridFeatureArb(['STBHHX', 'YJJBNT', 'CZKFBJ', 'GHYDYH', 'GYXM']);
    await fc.assert(
      fc.asyncProperty(
        fc.array(featureArb, { minLength: 3, maxLength: 12 }),
        fc.integer({ min: 1, max: 4 }),
        fc.boolean(),
        async (layout, threads, inProcess) => {
          const features = gridFeaturesOf(layout);
          const input = { plans: testPlansOf(features), pack: PACK };
          expect(await inWorkers(input, threads, { inProcess })).toBe(JSON.stringify((await runRules(input, port)).report));
        },
      ),
      { numRuns: 4 },
    );
  }, 600_000);

  it('hands each worker only the features of the layers its rules read', async () => {
    const pick = (ids: string[]) => ({ ...PACK, rules: PACK.rules.filter((r) => ids.includes(r.id)) });
    // R01 reads 永久基本农田 and 生态保护红线; R15 产业项目 and 饮用水水源保护区: no layer in common.
    const pack = pick(['R01', 'R15']);
    const layout = gridFeaturesOf([
      { layer: 'YJJBNT', x: 0, y: 0, w: 4, h: 4 },
      { layer: 'STBHHX', x: 2, y: 2, w: 4, h: 4 },
      { layer: 'GYXM', x: 6, y: 6, w: 2, h: 2 },
      { layer: 'GYXM', x: 9, y: 9, w: 2, h: 2 },
      { layer: 'GHYDYH', x: 0, y: 8, w: 3, h: 3 },
    ]);
    const input = { plans: testPlansOf(layout), pack };
    const executor = workerRulesExecutor({ threads: 2 });
    const catalog = catalogOfPlans(port, input.plans);
    const report = JSON.stringify((await runExecutor(executor, input, catalog)).report);
    catalog.release();
    expect(report).toBe(JSON.stringify((await runRules(input, port)).report));
    // Each worker: its two features plus the town; the 用地用海 parcel is read by neither rule.
    expect([...executor.stats.featuresPerWorker].sort()).toEqual([3, 3]);
  }, 120_000);

  it('runs small checks, and checks where every thread would prepare everything, in this thread below 32 MB of plans', () => {
    expect(threadsByDefault(900_000, 8, false)).toBe(1);
    expect(threadsByDefault(5_000_000, 8, false)).toBe(8);
    expect(threadsByDefault(5_000_000, 8, true)).toBe(1);
    expect(threadsByDefault(SHARED_PREPARATION_BYTES - 1, 2, true)).toBe(1);
    expect(threadsByDefault(SHARED_PREPARATION_BYTES, 2, true)).toBe(2);
    expect(threadsByDefault(150_000_000, 1, true)).toBe(1);
  });

  it('uses the cores by default but no more workers than 80 % of the free memory holds at their share of the plans', () => {
    const gb = 1024 ** 3;
    expect(defaultThreads(10_000_000, 8, 16 * gb)).toBe(8);
    // 150 MB of plans: 256 MB + 6 × 150 MB ≈ 1.1 GB a worker; 4 GB free holds 2 of them.
    expect(defaultThreads(150_000_000, 8, 4 * gb)).toBe(2);
    expect(defaultThreads(150_000_000, 8, 0.5 * gb)).toBe(1);
    // Workers holding half the plans each (≈ 0.7 GB) fit 4 GB four times.
    expect(defaultThreads(150_000_000, 8, 4 * gb, () => 0.5)).toBe(4);
    // The Jiyuan demo's default pack: every worker's share is at most the whole, and the rules read most of it.
    const plans = ['land', 'ecology'].map(
      (k) => JSON.parse(readFileSync(join(ROOT, 'seeds', 'jiyuan', `${k}.json`), 'utf8')) as PlanDocument,
    );
    const share = largestShare({ plans, pack: PACK })(2);
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThanOrEqual(1);
  });
});
