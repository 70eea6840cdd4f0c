// Types for scripts/build/geosWasmFile.mjs (the CLI bundle's split GEOS: geos.mjs without the embedded .wasm, and geos.wasm).
export const GEOS_MODULE_PATH: string;
export function geosWasmFiles(root: string): { module: string; wasm: Uint8Array<ArrayBuffer> };
