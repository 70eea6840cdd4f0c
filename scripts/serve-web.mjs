#!/usr/bin/env node
// `npm run web`: serves the production renderer (out/renderer/) on 127.0.0.1 with exactly the app's CSP,
// through the same server the browser tests use. `--port N` picks the port (default 5178; 0 = any free),
// `--dir D` serves another build folder.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dirFlag = process.argv.indexOf('--dir');
const dir = dirFlag >= 0 ? resolve(process.argv[dirFlag + 1] ?? '') : join(root, 'out', 'renderer');
const portFlag = process.argv.indexOf('--port');
const port = portFlag >= 0 ? Number(process.argv[portFlag + 1]) : Number(process.env.PORT ?? 5178);

if (!existsSync(join(dir, 'index.html'))) {
  console.error(`serve-web: ${join(dir, 'index.html')} is missing; build it first: node scripts/build.mjs renderer`);
  process.exit(1);
}
const { serveStatic } = await tsImport('../main/node/serveStatic.ts', import.meta.url);
const server = await serveStatic(dir, { port });
console.log(`Lantu (browser) at ${server.url}  — serving ${dir} with the app's Content-Security-Policy. Ctrl+C stops.`);
const stop = () => server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
