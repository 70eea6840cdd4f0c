#!/usr/bin/env node
// `npm run bench`: runs every scripts/bench/*.bench.ts in its own Node process (default heap, so peak
// RSS figures are honest), in name order, and passes extra arguments through (e.g. --sizes 10000).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// An option's value (`--sizes 10000,100000`) passes through with it; other bare words select bench files.
const args = process.argv.slice(2);
// `--compare <dir>` (ui.bench) takes a path.
const isValue = (i) =>
  i > 0 &&
  args[i - 1].startsWith('--') &&
  !args[i - 1].includes('=') &&
  !args[i].startsWith('-') &&
  (/^[\d.,]+$/.test(args[i]) || args[i - 1] === '--compare');
const only = args.filter((a, i) => !a.startsWith('-') && !isValue(i));
const passThrough = args.filter((a, i) => a.startsWith('-') || isValue(i));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of files) {
  console.log(`\n=== ${file}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, file), ...passThrough], { stdio: 'inherit' });
  if (run.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
