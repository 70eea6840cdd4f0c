// Pure. reprojectGeometry(geometry, reproject, swapAxes) → a new geometry in EPSG:4490 lon/lat; the input
// is not mutated.
import type { Geometry, Position } from '../../model/types.ts';
import type { Reproject } from './createReprojector.ts';

export function reprojectGeometry(geometry: Geometry, reproject: Reproject, swapAxes: boolean): Geometry {
  const p = (pos: Position): Position => (swapAxes ? reproject(pos[1], pos[0]) : reproject(pos[0], pos[1]));
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: p(geometry.coordinates) };
    case 'MultiPoint':
    case 'LineString':
      return { type: geometry.type, coordinates: geometry.coordinates.map(p) } as Geometry;
    case 'MultiLineString':
    case 'Polygon':
      return { type: geometry.type, coordinates: geometry.coordinates.map((l) => l.map(p)) } as Geometry;
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map((r) => r.map(p))) };
  }
}

/** [minX, minY, maxX, maxY] over every position of the geometries; null when there is none. */
export function bboxOfGeometries(geometries: Iterable<Geometry | null>): [number, number, number, number] | null {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  const visit = (c: unknown): void => {
    const arr = c as unknown[];
    if (typeof arr[0] === 'number') {
      const x = arr[0] as number;
      const y = arr[1] as number;
      if (x < minX) minX = x;
      if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      if (y > maxY) maxY = y;
      return;
    }
    for (const child of arr) visit(child);
  };
  for (const g of geometries) if (g) visit(g.coordinates);
  return minX === Infinity ? null : [minX, minY, maxX, maxY];
}
