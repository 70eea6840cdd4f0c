// Node shell. startGeometryPort() → { port, abandon }: starts GEOS (createGeometryPort) now, so that its
// WebAssembly compile (~185 ms CPU, on V8's background threads) overlaps reading and validating the plans.
// A caller that returns before using it calls abandon(result), which disposes the port once it exists.
import type { GeometryPort } from '../../engine/geometry/index.ts';
import { createGeometryPort } from './createGeometryPort.ts';

export interface StartedGeometryPort {
  /** Resolves to the port; the caller disposes it. */
  port: Promise<GeometryPort>;
  /** Gives the port up (disposed when ready, a failure ignored) and returns `result` unchanged. */
  abandon<T>(result: T): T;
}

export function startGeometryPort(): StartedGeometryPort {
  const port = createGeometryPort();
  // Not awaited on an early return: a failure must not become an unhandled rejection there.
  port.catch(() => undefined);
  return {
    port,
    abandon(result) {
      port.then(
        (p) => p.dispose(),
        () => undefined,
      );
      return result;
    },
  };
}
