// Browser side of the rules-worker test: starts renderer/workers/rulesWorker.ts as a module worker, wraps it
// with comlink and exposes a few calls on `window.rulesHarness` for the test to drive.
import * as Comlink from 'comlink';
import type { ConflictReport, RulePack, RulesInput } from '../../../engine/rules/index.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import type { Targets } from '../../../engine/indicators/types.ts';
import type { RulesWorkerApi } from '../../../renderer/workers/rulesWorker.ts';

const worker = Comlink.wrap<RulesWorkerApi>(new Worker('./rulesWorker.js', { type: 'module' }));

async function demoInput(): Promise<RulesInput> {
  const get = async (name: string) => (await fetch(`./data/${name}`)).json();
  const plans = (await Promise.all(['land', 'ecology', 'industry', 'transport'].map((k) => get(`${k}.json`)))) as PlanDocument[];
  return { plans, pack: (await get('pack.json')) as RulePack, targets: (await get('targets.json')) as Targets };
}

type Summary = { keys: string[]; hashes: string[]; progress: [number, number, string][] };

function summary(report: ConflictReport, progress: [number, number, string][]): Summary {
  return { keys: report.conflicts.map((c) => c.key), hashes: report.conflicts.map((c) => c.regionHash), progress };
}

const harness = {
  async run(): Promise<Summary> {
    const progress: [number, number, string][] = [];
    const report = await worker.run(
      await demoInput(),
      Comlink.proxy((d: number, t: number, p: string) => void progress.push([d, t, p])),
    );
    return summary(report, progress);
  },
  /** Starts a run, cancels it at its first rule, returns how the run ended and a run after it. */
  async runAndCancel(): Promise<{ error: string; progressBeforeCancel: number; steps: number; after: number }> {
    const input = await demoInput();
    let seen = 0;
    let steps = 0;
    const onProgress = Comlink.proxy((done: number, total: number) => {
      seen++;
      steps = total;
      if (done >= 1) void worker.cancel();
    });
    let error = 'finished';
    try {
      await worker.run(input, onProgress);
    } catch (e) {
      error = `${(e as Error).name}: ${(e as Error).message}`;
    }
    const after = await worker.run(input);
    return { error, progressBeforeCancel: seen, steps, after: after.conflicts.length };
  },
  /** Moves one GHYDYH parcel by ~30 m east, re-checks incrementally, then runs in full: both summaries. */
  async recheckMoved(): Promise<{ incremental: Summary; full: Summary; movedId: string }> {
    const input = await demoInput();
    await worker.run(input);
    const land = input.plans[0]!;
    const index = land.features.findIndex((f) => f.layer === 'GHYDYH' && JSON.stringify(f.properties).includes('07'));
    const moved = land.features[index]!;
    const shift = (c: unknown): unknown =>
      typeof (c as number[])[0] === 'number' ? [(c as number[])[0]! + 0.0003, (c as number[])[1]] : (c as unknown[]).map(shift);
    const edited: PlanDocument = {
      ...land,
      features: land.features.map((f, i) =>
        i === index ? { ...f, geometry: { ...f.geometry, coordinates: shift(f.geometry.coordinates) } as typeof f.geometry } : f,
      ),
    };
    const next = { ...input, plans: [edited, ...input.plans.slice(1)] };
    const incremental = await worker.recheck([moved.id], next);
    const full = await worker.run(next);
    return { incremental: summary(incremental, []), full: summary(full, []), movedId: moved.id };
  },
};

(window as unknown as { rulesHarness: typeof harness }).rulesHarness = harness;
document.body.dataset['ready'] = 'true';
