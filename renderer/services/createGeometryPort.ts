// Browser shell (renderer and its Web Workers). Initialises GEOS as WebAssembly and returns the engine's
// GeometryPort over it. geos-wasm 3.1.1 embeds the .wasm as base64 in its JS module, so Vite bundles it
// with no asset URL; compiling it needs `'wasm-unsafe-eval'` in the CSP's script-src (never `unsafe-eval`).
import initGeosJs from 'geos-wasm';
import { createGeosPort, type GeosWasm } from '../../engine/geometry/createGeosPort.ts';
import type { GeometryPort } from '../../engine/geometry/port.ts';

export async function createGeometryPort(): Promise<GeometryPort> {
  const geos = await initGeosJs({ errorHandler: () => undefined, noticeHandler: () => undefined });
  return createGeosPort(geos as unknown as GeosWasm);
}
