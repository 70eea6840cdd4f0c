// Worker thread body of workerRulesExecutor.ts. It starts GEOS at once, because the parent may start it before the
// plans are read (the compile overlaps their validation). { kind: 'read' } names the plan files: it reads them itself
// (the parent validates them meanwhile) and prepares every feature at once, the state of a full run, so that it is
// ready when the parent's validation ends. { kind: 'start' } brings its part of the pack and either the parent's counts
// of what it read (checked) or the units the parent serialised (the layers its rules read, plus the towns), over which
// it prepares then. Each { kind: 'rule' } is evaluated with the embedded engine in the order sent and its plain records
// posted back; { kind: 'stop' } frees the geometry handles and ends it.
import { parentPort } from 'node:worker_threads';
import type { PlanDocument } from '../../engine/model/index.ts';
import { createRulesState, type RulesState } from '../../engine/rules/index.ts';
import { createGeometryPort } from './createGeometryPort.ts';
import { readPlanFile } from './readPlanFile.ts';
import {
  changedReadPlan,
  createRulesStateForWorker,
  plansOfWorkerData,
  type PlanFileRef,
  type RulesWorkerState,
  type WorkerData,
  type WorkerReply,
  type WorkerRequest,
  workerFailureMessage,
} from './rulesWorkerProtocol.ts';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);
const failed = (error: unknown) =>
  post(error instanceof Changed ? { kind: 'changed', file: error.file } : { kind: 'error', message: workerFailureMessage(error) });

const geometry = createGeometryPort();
// Not awaited until `start`: a failure is reported then, not as an unhandled rejection.
geometry.catch(() => undefined);
let read: Promise<{ plans: PlanDocument[]; state: RulesState }> | null = null;
let files: readonly PlanFileRef[] = [];
let worker: Promise<RulesWorkerState> | null = null;
// One step at a time, in the order sent: the rules state is not shared between concurrent evaluations.
let queue: Promise<unknown> = Promise.resolve();

/** Thrown for a plan file that cannot be read as the parent read it (told to the parent as `changed`). */
class Changed extends Error {
  constructor(readonly file: string) {
    super(file);
  }
}

/** The plans as the parent reads them (one it refuses ends its check before any `start`), every feature prepared. */
async function readAndPrepare(refs: readonly PlanFileRef[]): Promise<{ plans: PlanDocument[]; state: RulesState }> {
  const plans: PlanDocument[] = [];
  for (const f of refs) {
    // The parent reads and validates this file too, so failing to read it here means it changed or went.
    const plan = await readPlanFile(f.path, f.name).catch(() => null);
    if (!plan) throw new Changed(f.name);
    plans.push(plan);
  }
  return { plans, state: createRulesState(await geometry, plans) };
}

async function prepare(data: WorkerData): Promise<RulesWorkerState> {
  const { units: _units, counts: _counts, ...rest } = data;
  if (!data.counts) return createRulesStateForWorker({ ...rest, plans: plansOfWorkerData(data) }, await geometry);
  const { plans, state } = await read!;
  read = null;
  const changed = changedReadPlan(plans, data);
  if (changed !== null) throw new Changed(files[Math.min(changed, files.length - 1)]?.name ?? '');
  return createRulesStateForWorker({ ...rest, plans }, await geometry, state);
}

port.on('message', (m: WorkerRequest) => {
  if (m.kind === 'read') {
    files = m.files;
    read = readAndPrepare(m.files);
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
