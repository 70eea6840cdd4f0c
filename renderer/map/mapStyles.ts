// The map's own symbols (not the plan layers'): selection and conflict highlights, the shape being edited with
// a handle on every vertex (编辑节点), the vertex under the pointer, 并联审批 project boundaries, an import
// preview and the measure sketch.
import { Fill, Stroke, Style, Circle as CircleStyle, RegularShape } from 'ol/style.js';
import {
  MultiPoint,
  type Geometry as OlGeometry,
  type LineString,
  type MultiLineString,
  type MultiPolygon,
  type Polygon,
} from 'ol/geom.js';
import type { FeatureLike } from 'ol/Feature.js';

export const PREVIEW_STYLE = new Style({
  stroke: new Stroke({ color: '#00e5ff', width: 2, lineDash: [6, 3] }),
  fill: new Fill({ color: 'rgba(0,229,255,0.18)' }),
  image: new CircleStyle({ radius: 5, stroke: new Stroke({ color: '#00e5ff', width: 2 }) }),
});

export const MEASURE_STYLE = new Style({
  stroke: new Stroke({ color: '#ff6d00', width: 2, lineDash: [6, 4] }),
  fill: new Fill({ color: 'rgba(255,109,0,0.15)' }),
});

/** Every vertex of a line or polygon (closing vertices once), as the points the handles are drawn at. */
export function vertexPoints(feature: FeatureLike): MultiPoint | undefined {
  const g = feature.getGeometry() as OlGeometry | undefined;
  if (!g) return undefined;
  const type = g.getType();
  let coords: number[][];
  if (type === 'LineString') coords = (g as LineString).getCoordinates();
  else if (type === 'MultiLineString') coords = (g as MultiLineString).getCoordinates().flat();
  else if (type === 'Polygon') coords = (g as Polygon).getCoordinates().flatMap((ring) => ring.slice(0, -1));
  else if (type === 'MultiPolygon') coords = (g as MultiPolygon).getCoordinates().flatMap((p) => p.flatMap((ring) => ring.slice(0, -1)));
  else return undefined;
  return new MultiPoint(coords);
}

/** The vertex handles' look: white squares with a dark blue outline, as desktop GIS draws them. */
export const VERTEX_HANDLE_FILL = '#ffffff';
export const VERTEX_HANDLE_STROKE = '#0050b3';
const VERTEX_HANDLE = new Style({
  image: new RegularShape({
    points: 4,
    radius: 6,
    angle: Math.PI / 4,
    fill: new Fill({ color: VERTEX_HANDLE_FILL }),
    stroke: new Stroke({ color: VERTEX_HANDLE_STROKE, width: 2 }),
  }),
  geometry: vertexPoints,
});

export const HIGHLIGHT_STYLES: Record<string, Style | Style[]> = {
  located: new Style({
    image: new CircleStyle({ radius: 7, stroke: new Stroke({ color: '#ffffff', width: 2 }), fill: new Fill({ color: '#e53935' }) }),
  }),
  selected: new Style({ stroke: new Stroke({ color: '#00b0ff', width: 3 }), fill: new Fill({ color: 'rgba(0,176,255,0.12)' }) }),
  subject: new Style({ stroke: new Stroke({ color: '#ff9100', width: 3 }) }),
  object: new Style({ stroke: new Stroke({ color: '#d500f9', width: 3, lineDash: [8, 4] }) }),
  region: new Style({ stroke: new Stroke({ color: '#ff1744', width: 3 }), fill: new Fill({ color: 'rgba(255,23,68,0.45)' }) }),
};

/** The shape being edited in 编辑节点: its outline and a handle on every vertex. */
export const EDITING_STYLE: Style[] = [
  new Style({
    stroke: new Stroke({ color: '#00b0ff', width: 2 }),
    fill: new Fill({ color: 'rgba(0,176,255,0.08)' }),
    image: new CircleStyle({ radius: 5, fill: new Fill({ color: '#00b0ff' }) }),
  }),
  VERTEX_HANDLE,
];

/** The vertex (or the point on an edge) under the pointer while editing: where a drag will take hold. */
export const MODIFY_POINTER_STYLE = new Style({
  image: new CircleStyle({
    radius: 7,
    fill: new Fill({ color: 'rgba(255,145,0,0.9)' }),
    stroke: new Stroke({ color: '#ffffff', width: 2 }),
  }),
});

export const PROJECT_STYLES = {
  normal: new Style({
    stroke: new Stroke({ color: '#6a1b9a', width: 2, lineDash: [10, 4] }),
    fill: new Fill({ color: 'rgba(106,27,154,0.10)' }),
  }),
  selected: new Style({ stroke: new Stroke({ color: '#6a1b9a', width: 4 }), fill: new Fill({ color: 'rgba(106,27,154,0.25)' }) }),
};
