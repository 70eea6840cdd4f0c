// The GEOS geometry port the resolution panel and the dashboard share on the UI thread, created on first use.
import type { GeometryPort } from '../../../engine/geometry/index.ts';
import { createGeometryPort } from '../createGeometryPort.ts';

let port: Promise<GeometryPort> | null = null;

export function geometryPortOnce(): Promise<GeometryPort> {
  port ??= createGeometryPort();
  return port;
}
