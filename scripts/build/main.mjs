// Build target "main": esbuild bundles the Electron main process (main/electron/index.ts →
// out/main/index.cjs) and the sandboxed preload (main/preload/index.ts → out/preload/index.cjs), both
// CommonJS with `electron` left external. `build({ outDir })` builds elsewhere (tests use a temp folder).
import { build as esbuild } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export default async function build({ outDir = join(root, 'out') } = {}) {
  const common = {
    bundle: true,
    format: 'cjs',
    external: ['electron'],
    sourcemap: 'linked',
    logLevel: 'warning',
    legalComments: 'none',
    absWorkingDir: root,
  };
  await Promise.all([
    esbuild({
      ...common,
      entryPoints: [join(root, 'main', 'electron', 'index.ts')],
      outfile: join(outDir, 'main', 'index.cjs'),
      platform: 'node',
      target: 'node22',
    }),
    esbuild({
      ...common,
      entryPoints: [join(root, 'main', 'preload', 'index.ts')],
      outfile: join(outDir, 'preload', 'index.cjs'),
      // A sandboxed preload has no Node: bundle for the browser so no Node built-in slips in.
      platform: 'browser',
      target: 'chrome140',
    }),
  ]);
}
