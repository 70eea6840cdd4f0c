// Worker thread entry (workerRulesExecutor.ts): registers tsx so the TypeScript body and the engine load here
// as they do in the sources; the CLI bundle replaces this shim by its own bundled entry (scripts/build/cli.mjs).
import { register } from 'tsx/esm/api';

register();
await import('./rulesWorkerBody.ts');
