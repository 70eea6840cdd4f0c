// Node shell (CLI, worker threads, tests). Initialises GEOS as WebAssembly (geos-wasm 3.1.1 embeds the .wasm in its
// JS module; the CLI bundle loads a split copy instead, out/cli/geos.mjs + geos.wasm) and returns the engine's GeometryPort over it.
// Call `port.dispose()` when done; the WebAssembly instance itself is shared for the process.
import { createGeosPort, type GeosWasm } from '../../engine/geometry/index.ts';
import type { GeometryPort } from '../../engine/geometry/index.ts';

export async function createGeometryPort(): Promise<GeometryPort> {
  // Imported here, not at the top: its 2.5 MB module costs every `lantu` start (even --help) ~70 ms otherwise.
  const { default: initGeosJs } = await import('geos-wasm');
  // The ports install their own per-context error handlers; these cover the library's default context.
  const geos = await initGeosJs({ errorHandler: () => undefined, noticeHandler: () => undefined });
  return createGeosPort(geos as unknown as GeosWasm);
}
