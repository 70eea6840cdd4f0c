// Pure. Takes a GeoJSON geometry and a position mapping, returns a new geometry of the same type with every
// position mapped (the input is not mutated). Used to move geometries into and out of a local projection.
import type { Geometry, Position } from '../model/types.ts';

export type PositionMap = (x: number, y: number) => [number, number];

function mapPath(path: readonly Position[], map: PositionMap): [number, number][] {
  return path.map((p) => map(p[0], p[1]));
}

export function mapCoordinates(geometry: Geometry, map: PositionMap): Geometry {
  switch (geometry.type) {
    case 'Point':
      return { type: 'Point', coordinates: map(geometry.coordinates[0], geometry.coordinates[1]) };
    case 'MultiPoint':
      return { type: 'MultiPoint', coordinates: mapPath(geometry.coordinates, map) };
    case 'LineString':
      return { type: 'LineString', coordinates: mapPath(geometry.coordinates, map) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: geometry.coordinates.map((l) => mapPath(l, map)) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((r) => mapPath(r, map)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((r) => mapPath(r, map))),
      };
  }
}
