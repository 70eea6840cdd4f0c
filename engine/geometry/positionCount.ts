// Pure. positionCount(geometry) → how many positions a GeoJSON geometry holds (closing vertices included), for
// sizing buffers before writing it.
import type { Geometry } from '../model/types.ts';

export function positionCount(g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return 1;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates.length;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.reduce((n, r) => n + r.length, 0);
    case 'MultiPolygon':
      return g.coordinates.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
  }
}
