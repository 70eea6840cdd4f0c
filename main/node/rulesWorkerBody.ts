// Worker thread body of workerRulesExecutor.ts. It starts GEOS at once, because the parent may start it before the
// plans are read (the compile overlaps their validation). { kind: 'read' } names the plan files, which it validates
// itself while the parent does the same; { kind: 'start' } brings its part: the layers its rules read (plus the towns),
// kept from those files or rebuilt from the units the parent serialised, over which it prepares one rules state. Each
// { kind: 'rule' } is evaluated with the embedded engine in the order sent and its plain records posted back;
// { kind: 'stop' } frees the geometry handles and ends it.
import { parentPort } from 'node:worker_threads';
import type { PlanDocument } from '../../engine/model/index.ts';
import { createGeometryPort } from './createGeometryPort.ts';
import {
  createRulesStateForWorker,
  plansOfReadFiles,
  plansOfWorkerData,
  type PlanFileRef,
  type RulesWorkerState,
  type WorkerData,
  type WorkerReply,
  type WorkerRequest,
} from './rulesWorkerProtocol.ts';
import { validatePlanFile } from './validatePlanFile.ts';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);
const failed = (error: unknown) =>
  post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });

const geometry = createGeometryPort();
// Not awaited until `start`: a failure is reported then, not as an unhandled rejection.
geometry.catch(() => undefined);
let read: Promise<PlanDocument[]> | null = null;
let worker: Promise<RulesWorkerState> | null = null;
// One step at a time, in the order sent: the rules state is not shared between concurrent evaluations.
let queue: Promise<unknown> = Promise.resolve();

/** The plans as the parent validates them (an invalid one ends the parent's check before any `start`). */
async function readPlans(files: readonly PlanFileRef[]): Promise<PlanDocument[]> {
  const plans: PlanDocument[] = [];
  for (const f of files) {
    const result = await validatePlanFile(f.path, f.name);
    if (!result.plan) throw new Error(`${f.name} did not validate here`);
    plans.push(result.plan);
  }
  return plans;
}

async function prepare(data: WorkerData): Promise<RulesWorkerState> {
  const plans = data.layers ? plansOfReadFiles(await read!, data) : plansOfWorkerData(data);
  read = null;
  const { units: _units, layers: _layers, ...rest } = data;
  return createRulesStateForWorker({ ...rest, plans }, await geometry);
}

port.on('message', (m: WorkerRequest) => {
  if (m.kind === 'read') {
    read = readPlans(m.files);
    read.catch(() => undefined);
  } else if (m.kind === 'start') {
    const started = performance.now();
    worker = prepare(m.data);
    worker.then(() => post({ kind: 'ready', prepareMs: performance.now() - started }), failed);
    queue = worker;
  } else if (m.kind === 'rule') {
    const ruleId = m.ruleId;
    queue = queue.then(async () => {
      const records = await (await worker!).records(ruleId);
      post({ kind: 'records', ruleId, records });
    });
    queue.catch(failed);
    queue = queue.catch(() => undefined);
  } else {
    const ending = worker;
    void queue.then(async () => {
      if (ending)
        await ending.then(
          (w) => w.dispose(),
          () => undefined,
        );
      await geometry.then(
        (g) => g.dispose(),
        () => undefined,
      );
      port.close();
    });
  }
});
