// Pure. svgMapFrame(box, widthPx) → the drawing frame of a report map: lon/lat to SVG pixels (equirectangular
// with the middle latitude's cosine as aspect, north up, which is within 0.1 % of true shape at a site's or a
// city's extent), SVG path data for geometries and ground metres per pixel (GRS80 geodesic). Scale bar and north
// arrow: engine/cartography.
import type { BBox } from '../geometry/bbox.ts';
import { geodesicDistanceM } from '../geometry/geodesicInverse.ts';
import type { Geometry, Position } from '../model/types.ts';
import { cos } from '../numeric/portableMath.ts';

export interface SvgMapFrame {
  box: BBox;
  widthPx: number;
  heightPx: number;
  metresPerPx: number;
  /** "x y" of a position, 0.1 px. */
  point(p: Position): [number, number];
  /** SVG path data of a geometry's rings or lines (repeated pixels dropped); empty for points. */
  path(g: Geometry): string;
}

const px = (v: number): string => v.toFixed(1);

export function svgMapFrame(box: BBox, widthPx: number): SvgMapFrame {
  const [minX, minY, maxX, maxY] = box;
  const midLat = (minY + maxY) / 2;
  const kx = cos((midLat * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * kx, 1e-12);
  const spanY = Math.max(maxY - minY, 1e-12);
  const scale = widthPx / spanX;
  const heightPx = Math.max(1, Math.ceil(spanY * scale));
  const groundWidthM = geodesicDistanceM(minX, midLat, maxX, midLat);
  const point = (p: Position): [number, number] => [(p[0] - minX) * kx * scale, (maxY - p[1]) * scale];
  const path = (g: Geometry): string => {
    const closed = g.type === 'Polygon' || g.type === 'MultiPolygon';
    const lines: readonly Position[][] =
      g.type === 'Polygon'
        ? g.coordinates
        : g.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : g.type === 'LineString'
            ? [g.coordinates]
            : g.type === 'MultiLineString'
              ? g.coordinates
              : [];
    let out = '';
    for (const line of lines) {
      const parts: string[] = [];
      let last = '';
      for (const p of line) {
        const [x, y] = point(p);
        const s = `${px(x)} ${px(y)}`;
        if (s !== last) parts.push(s);
        last = s;
      }
      if (parts.length > 1) out += `M${parts.join('L')}${closed ? 'Z' : ''}`;
    }
    return out;
  };
  return { box, widthPx, heightPx, metresPerPx: groundWidthM / widthPx, point, path };
}
