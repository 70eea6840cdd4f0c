// Build target "cli": esbuild bundles the `lantu` command (main/cli/index.ts → out/cli/lantu.mjs, ESM for Node)
// and its worker threads (GeoPackage reading, rules) with their npm packages, except sql.js (loaded from node_modules on
// first use: it finds its own .wasm, and --help need not parse it) and geos-wasm (split into out/cli/geos.mjs + geos.wasm,
// loaded on first use), and stamps the inputs (out/cli/inputs.json) for bin/lantu.mjs's stale warning. The bundle is
// split at dynamic imports (each command, main/cli/commands/index.ts) into chunk-<hash>.mjs files beside it, so a start
// compiles only what its command uses; chunks of an earlier build are removed.
// `build({ outDir })` builds elsewhere (tests).
import { build as esbuild } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_STAMP_FILE, cliInputsStamp } from './cliBundleStamp.mjs';
import { GEOS_MODULE_PATH, geosWasmFiles } from './geosWasmFile.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Worker-thread shims the sources start by URL (they register tsx), and the bundled entry each becomes. */
const WORKERS = {
  'main/node/geoPackageReadWorker.mjs': { name: 'geoPackageReadWorker', entry: 'main/node/geoPackageReadWorkerBody.ts' },
  'main/node/rulesWorker.mjs': { name: 'rulesWorker', entry: 'main/node/rulesWorkerBody.ts' },
};

const URL_OF_FILE = /new URL\(\s*(['"])([^'"]+)\1\s*,\s*import\.meta\.url\s*\)/g;
const KNOWN_META_URL_USES = /new URL\(\s*(['"])[^'"]+\1\s*,\s*import\.meta\.url\s*\)|createRequire\(import\.meta\.url\)/g;

const toPosix = (path) => path.split(sep).join('/');

/**
 * A source's `new URL('<relative>', import.meta.url)` is relative to the source file, but in the bundle
 * import.meta.url is the bundle's: rewrite each to the same target seen from outDir (a worker shim becomes its
 * bundled entry). `createRequire(import.meta.url)` only resolves packages, which works from out/ as well;
 * any other use would silently point elsewhere, so it fails the build.
 */
function rewriteFileUrls(outDir) {
  return {
    name: 'lantu-file-urls',
    setup(build) {
      build.onLoad({ filter: /\.(ts|mts|mjs|js)$/ }, (args) => {
        if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
        const source = readFileSync(args.path, 'utf8');
        if (!source.includes('import.meta.url')) return undefined;
        const file = toPosix(relative(root, args.path));
        const unknown = source.replace(KNOWN_META_URL_USES, '').includes('import.meta.url');
        if (unknown)
          throw new Error(`${file}: import.meta.url is used in a form the CLI bundle cannot relocate (see scripts/build/cli.mjs)`);
        const contents = source.replace(URL_OF_FILE, (_match, _quote, target) => {
          const targetPath = resolve(dirname(args.path), target);
          const worker = WORKERS[toPosix(relative(root, targetPath))];
          if (worker) return `new URL(${JSON.stringify(`./${worker.name}.mjs`)}, import.meta.url)`;
          if (!existsSync(targetPath)) throw new Error(`${file}: new URL('${target}', import.meta.url) names a file that does not exist`);
          return `new URL(${JSON.stringify(toPosix(relative(outDir, targetPath)))}, import.meta.url)`;
        });
        return { contents, loader: args.path.endsWith('.ts') || args.path.endsWith('.mts') ? 'ts' : 'js' };
      });
    },
  };
}

/** `import('geos-wasm')` in the bundles loads the split module beside them (scripts/build/geosWasmFile.mjs). */
const geosBesideBundle = {
  name: 'lantu-geos-file',
  setup(build) {
    build.onResolve({ filter: /^geos-wasm$/ }, () => ({ path: './geos.mjs', external: true }));
  },
};

/** Replaced by rename, stamp last, so a `lantu` run or a parallel test never reads a half-written bundle. */
function writeAtomically(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.tmp-${process.pid}`;
  writeFileSync(temp, contents);
  renameSync(temp, path);
}

/** Chunks are named by their content, so each build leaves the last one's behind unless they are removed. */
function removeOldChunks(outDir, written) {
  for (const name of readdirSync(outDir)) {
    if (/^chunk-[A-Z0-9]+\.mjs(\.map)?$/.test(name) && !written.has(join(outDir, name))) rmSync(join(outDir, name), { force: true });
  }
}

export default async function build({ outDir = join(root, 'out', 'cli') } = {}) {
  const entryPoints = [{ in: join(root, 'main', 'cli', 'index.ts'), out: 'lantu' }];
  for (const worker of Object.values(WORKERS)) entryPoints.push({ in: join(root, worker.entry), out: worker.name });
  const result = await esbuild({
    entryPoints,
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    splitting: true,
    // Chunks sit beside the entries: a chunk's import.meta.url must resolve the relocated file URLs as they do.
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    target: 'node20',
    // pg is CommonJS that requires Node built-ins at load time, which an ESM bundle cannot: loaded from node_modules.
    external: ['sql.js', 'pg'],
    sourcemap: 'linked',
    legalComments: 'none',
    minifyWhitespace: true,
    minifySyntax: true,
    logLevel: 'warning',
    absWorkingDir: root,
    metafile: true,
    write: false,
    plugins: [geosBesideBundle, rewriteFileUrls(outDir)],
  });
  const geos = geosWasmFiles(root);
  writeAtomically(join(outDir, 'geos.wasm'), geos.wasm);
  writeAtomically(join(outDir, 'geos.mjs'), geos.module);
  for (const file of result.outputFiles) writeAtomically(file.path, file.contents);
  removeOldChunks(outDir, new Set(result.outputFiles.map((file) => file.path)));
  const inputs = [...Object.keys(result.metafile.inputs), GEOS_MODULE_PATH].filter((path) => existsSync(join(root, path)));
  writeAtomically(join(outDir, CLI_STAMP_FILE), `${JSON.stringify(cliInputsStamp(root, inputs), null, 1)}\n`);
}
