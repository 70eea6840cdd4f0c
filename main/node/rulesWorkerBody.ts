// Worker thread body of workerRulesExecutor.ts: rebuilds its plans from the units it shares with the other workers
// (only the layers its rules read, plus the towns), prepares one rules state, then evaluates each rule the parent
// sends ({ kind: 'rule', ruleId }) with the embedded engine and posts its plain records back; { kind: 'stop' } frees
// the geometry handles and ends it.
import { parentPort, workerData } from 'node:worker_threads';
import {
  createRulesStateForWorker,
  plansOfWorkerData,
  type WorkerData,
  type WorkerReply,
  type WorkerRequest,
} from './rulesWorkerProtocol.ts';

const port = parentPort!;
const post = (m: WorkerReply) => port.postMessage(m);

try {
  const data = workerData as WorkerData;
  const started = performance.now();
  const { units: _units, ...rest } = data;
  const worker = await createRulesStateForWorker({ ...rest, plans: plansOfWorkerData(data) });
  post({ kind: 'ready', prepareMs: performance.now() - started });
  // One request at a time: the parent sends the next rule only after this one's records arrived.
  port.on('message', (m: WorkerRequest) => {
    if (m.kind === 'stop') {
      worker.dispose();
      port.close();
      return;
    }
    worker.records(m.ruleId).then(
      (records) => post({ kind: 'records', ruleId: m.ruleId, records }),
      (error: unknown) => post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
} catch (error) {
  post({ kind: 'error', message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
