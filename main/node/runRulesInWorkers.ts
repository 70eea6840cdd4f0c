// Node. A rule pack run in `threads` parts (workerRulesExecutor.ts), one of them in this thread on `port` and the others
// in threads − 1 workers (`started` hands over workers started earlier), with the shared step in this thread over a
// catalog of the plans (towns through `port`): the report a single-threaded runRules gives, byte for byte.
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { catalogOfPlans, runExecutor, type ExecutorRun, type RulesInput } from '../../engine/rules/index.ts';
import { workerRulesExecutor, type StartedRulesWorkers } from './workerRulesExecutor.ts';

export async function runRulesInWorkers(
  input: RulesInput,
  port: GeometryPort,
  threads: number,
  started?: StartedRulesWorkers,
): Promise<ExecutorRun & { prepareMs: number; featuresPerWorker: number[] }> {
  const executor = workerRulesExecutor({
    threads,
    inProcess: port,
    ...(started ? { started } : {}),
  });
  const catalog = catalogOfPlans(port, input.plans);
  try {
    const run = await runExecutor(executor, input, catalog, { now: () => performance.now() });
    return { ...run, prepareMs: executor.stats.prepareMs, featuresPerWorker: executor.stats.featuresPerWorker };
  } finally {
    catalog.release();
  }
}
