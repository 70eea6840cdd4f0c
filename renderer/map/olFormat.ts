// The one GeoJSON reader/writer between the model (lon/lat) and the map (Web Mercator), so every part of the
// map controller converts geometries the same way (9 decimals on the way back, as the model stores them).
import GeoJSON from 'ol/format/GeoJSON.js';
import type { Geometry as OlGeometry } from 'ol/geom.js';
import type { Geometry } from '../../engine/model/index.ts';

export const olFormat = new GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });

export function toModelGeometry(geometry: OlGeometry): Geometry {
  return olFormat.writeGeometryObject(geometry, { decimals: 9 }) as unknown as Geometry;
}

export function toOlGeometry(geometry: Geometry): OlGeometry | undefined {
  return olFormat.readGeometry(geometry) ?? undefined;
}
