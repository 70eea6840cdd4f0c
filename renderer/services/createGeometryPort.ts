// Browser shell (renderer and its Web Workers). Initialises GEOS as WebAssembly and returns the engine's
// GeometryPort over it. geos-wasm 3.1.1 embeds the .wasm as base64 in its JS module, so Vite bundles it
// with no asset URL; compiling it needs `'wasm-unsafe-eval'` in the CSP's script-src (never `unsafe-eval`).
// It is imported on first use: its 2.5 MB module kept out of the entry chunk costs the first render nothing.
import { createGeosPort, type GeosWasm } from '../../engine/geometry/index.ts';
import type { GeometryPort } from '../../engine/geometry/index.ts';

/** The 8-byte header of an empty WebAssembly module. */
const EMPTY_WASM_MODULE = new Uint8Array([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);

export async function createGeometryPort(): Promise<GeometryPort> {
  // When the CSP forbids WebAssembly, geos-wasm aborts without ever settling its promise; compiling an
  // empty module first turns that into an immediate, explained error.
  try {
    await WebAssembly.compile(EMPTY_WASM_MODULE);
  } catch (error) {
    throw new Error(`WebAssembly is blocked in this page (the Content-Security-Policy needs 'wasm-unsafe-eval'): ${String(error)}`, {
      cause: error,
    });
  }
  const { default: initGeosJs } = await import('geos-wasm');
  const geos = await initGeosJs({ errorHandler: () => undefined, noticeHandler: () => undefined });
  return createGeosPort(geos as unknown as GeosWasm);
}
