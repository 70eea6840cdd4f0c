// Worker thread body: reads one GeoPackage (engine readSource with sql.js) and posts when reading starts, each
// table it queries, then the outcome. The parent terminates this thread past its deadline (sql.js cannot be interrupted).
import { parentPort, workerData } from 'node:worker_threads';
import { readSource, type ReadSourceOptions } from '../../engine/import/index.ts';
import { createSqlJs } from './createSqlJs.ts';

const { file, bytes, options } = workerData as { file: string; bytes: Uint8Array; options: Pick<ReadSourceOptions, 'sourceLayer' | 'targetLayer' | 'maxRows'> };
const sqlJs = await createSqlJs();
parentPort!.postMessage({ kind: 'start' });
const outcome = readSource({ format: 'geopackage', file, bytes }, { ...options, sqlJs, onTable: (table) => parentPort!.postMessage({ kind: 'table', table }) });
parentPort!.postMessage({ kind: 'done', outcome });
