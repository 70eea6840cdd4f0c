// Renderer build: root `renderer/`, output `out/renderer/`. Bundles the first-start demo workspace
// (seeds/jiyuan plans, the default rule pack, targets) as lazy chunks through a virtual module, bundles
// workers as ES modules, and emits no inline scripts so the app runs under the strict CSP.
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { olCanvasReadsPlugin } from './scripts/build/olCanvasReads.mjs';

const projectRoot = dirname(fileURLToPath(import.meta.url));
const DEMO_ID = 'virtual:lantu-demo';
const PLAN_KINDS = ['land', 'ecology', 'industry', 'transport'] as const;

/** The demo source folder: the Jiyuan seeds, or LANTU_DEMO_DIR (used by tests and benchmarks). */
function demoDir(): string {
  const fromEnv = process.env.LANTU_DEMO_DIR;
  if (fromEnv) return resolve(projectRoot, fromEnv);
  const seeds = join(projectRoot, 'seeds', 'jiyuan');
  // Until the Jiyuan seeds exist, the small editor fixture stands in so the app still opens a workspace.
  return existsSync(join(seeds, 'land.json')) ? seeds : join(projectRoot, 'tests', 'fixtures', 'editor-demo');
}

function lazyJson(file: string): string {
  return existsSync(file) ? `() => import(${JSON.stringify(file)}).then((m) => m.default)` : 'null';
}

/** `virtual:lantu-demo` exports loaders (or null when a file is absent) for the first-start workspace. */
function demoWorkspacePlugin(): Plugin {
  return {
    name: 'lantu-demo-workspace',
    resolveId(id) {
      return id === DEMO_ID ? '\0' + DEMO_ID : null;
    },
    load(id) {
      if (id !== '\0' + DEMO_ID) return null;
      const dir = demoDir();
      const plans = PLAN_KINDS.map((kind) => `  ${kind}: ${lazyJson(join(dir, `${kind}.json`))},`).join('\n');
      const ownPack = join(dir, 'rules.json');
      const pack = existsSync(ownPack) ? ownPack : join(projectRoot, 'seeds', 'rules', 'jiyuan-default.json');
      return [
        `export const demoPlans = {\n${plans}\n};`,
        `export const demoRulePack = ${lazyJson(pack)};`,
        `export const demoTargets = ${lazyJson(join(dir, 'targets.json'))};`,
        `export const demoExpectedConflicts = ${lazyJson(join(dir, 'expected-conflicts.json'))};`,
      ].join('\n');
    },
  };
}

/**
 * The engine is pure (no module does anything when imported), so a module none of whose exports is used may be
 * dropped: the shells import through each module's index.ts, and without this every re-exported file's top-level
 * tables would ride along (the review worker grew by 0.9 MB).
 */
const engineDir = join(projectRoot, 'engine') + sep;
const treeshake = { moduleSideEffects: (id: string) => !id.startsWith(engineDir) };

export default defineConfig({
  root: join(projectRoot, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), demoWorkspacePlugin(), olCanvasReadsPlugin()],
  worker: { format: 'es', rolldownOptions: { treeshake } },
  json: { stringify: true },
  html: { cspNonce: 'LANTU_CSP_NONCE' },
  build: {
    outDir: join(projectRoot, 'out', 'renderer'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    minify: process.env.LANTU_NO_MINIFY ? false : 'oxc',
    chunkSizeWarningLimit: 8000,
    // Inlined assets would become data: URLs; keep wasm and fonts as files the CSP allows from 'self'.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rolldownOptions: { treeshake },
  },
  server: { fs: { allow: [projectRoot] } },
});
