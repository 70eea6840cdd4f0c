// Types for the "cli" build target (scripts/build/cli.mjs). `outDir` must lie under the project so that Node finds
// node_modules (sql.js, geos-wasm) from it; the default is out/cli.
export default function build(options?: { outDir?: string }): Promise<void>;
