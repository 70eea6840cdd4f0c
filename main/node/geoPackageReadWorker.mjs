// Worker thread entry (readGeoPackageInWorker.ts): registers tsx so the TypeScript body and the engine load
// here as they do in the `lantu` command, then runs the body.
import { register } from 'tsx/esm/api';

register();
await import('./geoPackageReadWorkerBody.ts');
