// Node. A rule pack run in `threads` worker threads (workerRulesExecutor.ts) with the shared step in this thread over
// a catalog of the plans (towns through `port`): the report a single-threaded runRules gives, byte for byte.
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { catalogOfPlans, runExecutor, type ExecutorRun, type RulesInput } from '../../engine/rules/index.ts';
import { workerRulesExecutor } from './workerRulesExecutor.ts';

export async function runRulesInWorkers(
  input: RulesInput,
  port: GeometryPort,
  threads: number,
): Promise<ExecutorRun & { prepareMs: number; featuresPerWorker: number[] }> {
  const executor = workerRulesExecutor({ threads });
  const catalog = catalogOfPlans(port, input.plans);
  try {
    const run = await runExecutor(executor, input, catalog, { now: () => performance.now() });
    return { ...run, prepareMs: executor.stats.prepareMs, featuresPerWorker: executor.stats.featuresPerWorker };
  } finally {
    catalog.release();
  }
}
