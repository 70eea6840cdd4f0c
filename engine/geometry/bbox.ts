// Pure. Takes a GeoJSON geometry, returns its bounding box [minLon, minLat, maxLon, maxLat] in its own
// coordinates (no antimeridian handling: China is far from it), or null when it has no coordinates.
import type { Geometry, Position } from '../model/types.ts';

export type BBox = [minX: number, minY: number, maxX: number, maxY: number];

function visit(positions: readonly Position[], box: BBox): void {
  for (const p of positions) {
    if (p[0] < box[0]) box[0] = p[0];
    if (p[1] < box[1]) box[1] = p[1];
    if (p[0] > box[2]) box[2] = p[0];
    if (p[1] > box[3]) box[3] = p[1];
  }
}

export function bbox(geometry: Geometry | null): BBox | null {
  if (geometry === null) return null;
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  switch (geometry.type) {
    case 'Point':
      visit([geometry.coordinates], box);
      break;
    case 'MultiPoint':
    case 'LineString':
      visit(geometry.coordinates, box);
      break;
    case 'MultiLineString':
    case 'Polygon':
      for (const path of geometry.coordinates) visit(path, box);
      break;
    case 'MultiPolygon':
      for (const polygon of geometry.coordinates) for (const ring of polygon) visit(ring, box);
      break;
  }
  return box[0] === Infinity ? null : box;
}

/** The box around every position of the geometries, or null when none has a coordinate. */
export function bboxOfGeometries(geometries: Iterable<Geometry | null>): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const geometry of geometries) {
    const own = bbox(geometry);
    if (own === null) continue;
    if (own[0] < box[0]) box[0] = own[0];
    if (own[1] < box[1]) box[1] = own[1];
    if (own[2] > box[2]) box[2] = own[2];
    if (own[3] > box[3]) box[3] = own[3];
  }
  return box[0] === Infinity ? null : box;
}

/** True when the boxes share no point (touching boxes are not disjoint). */
export function bboxesDisjoint(a: readonly number[], b: readonly number[]): boolean {
  return a[2]! < b[0]! || b[2]! < a[0]! || a[3]! < b[1]! || b[3]! < a[1]!;
}

/** The box as a closed counter-clockwise polygon, corners in the box's own coordinates (a tile for GEOS). */
export function boxPolygon(box: BBox): Geometry {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [box[0], box[1]],
        [box[2], box[1]],
        [box[2], box[3]],
        [box[0], box[3]],
        [box[0], box[1]],
      ],
    ],
  };
}
