// Node. Builds the production renderer (`node scripts/build.mjs renderer` → out/renderer/) when it is
// missing or older than any source it is built from, so browser tests always drive the current build.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const RENDERER_OUT_DIR = join(PROJECT_ROOT, 'out', 'renderer');

const SOURCE_DIRS = ['renderer', 'engine', 'schemas', 'seeds', 'scripts/build'];
const SOURCE_FILES = ['package.json', 'vite.config.ts', 'index.html'];

function newestMtimeMs(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    newest = Math.max(newest, newestMtimeMs(join(path, entry)));
  }
  return newest;
}

/** Returns the renderer build folder, building it first if stale. */
export function ensureRendererBuilt(): string {
  const indexHtml = join(RENDERER_OUT_DIR, 'index.html');
  const builtAt = existsSync(indexHtml) ? statSync(indexHtml).mtimeMs : 0;
  const sourcesAt = Math.max(
    ...SOURCE_DIRS.map((dir) => newestMtimeMs(join(PROJECT_ROOT, dir))),
    ...SOURCE_FILES.map((file) => newestMtimeMs(join(PROJECT_ROOT, file))),
  );
  if (builtAt === 0 || sourcesAt > builtAt) {
    execFileSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'build.mjs'), 'renderer'], {
      cwd: PROJECT_ROOT,
      stdio: 'inherit',
    });
  }
  if (!existsSync(indexHtml)) {
    throw new Error(`The renderer build did not produce ${indexHtml} (run \`node scripts/build.mjs renderer\`).`);
  }
  return RENDERER_OUT_DIR;
}
