// Node. Builds the CLI bundle (`node scripts/build.mjs cli` → out/cli/) when it is missing or a source it was built
// from changed, so CLI tests (in process and through bin/lantu.mjs) run the current bundle; vitest's global setup.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changedCliInputs, CLI_STAMP_FILE } from '../../../scripts/build/cliBundleStamp.mjs';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CLI_BUNDLE_PATH = join(PROJECT_ROOT, 'out', 'cli', 'lantu.mjs');

function isCurrent(): boolean {
  const stamp = join(PROJECT_ROOT, 'out', 'cli', CLI_STAMP_FILE);
  if (!existsSync(CLI_BUNDLE_PATH) || !existsSync(stamp)) return false;
  return changedCliInputs(PROJECT_ROOT, JSON.parse(readFileSync(stamp, 'utf8'))).length === 0;
}

export function ensureCliBuilt(): string {
  if (!isCurrent())
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs'), 'cli'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (!isCurrent()) throw new Error(`The CLI build did not produce a current ${CLI_BUNDLE_PATH} (run \`node scripts/build.mjs cli\`).`);
  return CLI_BUNDLE_PATH;
}

export default function setup(): void {
  ensureCliBuilt();
}
