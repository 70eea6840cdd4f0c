// Pure. svgMapFrame(box, widthPx) → the drawing frame of a report map: lon/lat to SVG pixels (equirectangular
// with the middle latitude's cosine as aspect, north up, which is within 0.1 % of true shape at a site's or a
// city's extent), SVG path data for geometries, ground metres per pixel (GRS80 geodesic), a scale bar and a north arrow.
import type { BBox } from '../geometry/bbox.ts';
import { geodesicDistanceM } from '../geometry/geodesicInverse.ts';
import type { Geometry, Position } from '../model/types.ts';
import { cos } from '../numeric/portableMath.ts';
import { powerOfTen } from '../numeric/powerOfTen.ts';

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
      g.type === 'Polygon' ? g.coordinates : g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
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

/** The largest 1, 2 or 5 × 10^k metres not above `maxM` (at least 1 m). */
export function niceLengthM(maxM: number): number {
  let best = 1;
  for (let k = 0; k <= 7; k++) for (const m of [1, 2, 5]) if (m * powerOfTen(k) <= maxM) best = m * powerOfTen(k);
  return best;
}

export function lengthLabel(m: number): string {
  return m >= 1000 ? `${m / 1000} km` : `${m} m`;
}

/** A scale bar about a fifth of the map wide, bottom left, in ground metres. */
export function svgScaleBar(frame: SvgMapFrame, yPx: number): string {
  const lengthM = niceLengthM((frame.widthPx / 5) * frame.metresPerPx);
  const w = lengthM / frame.metresPerPx;
  const x = 12;
  const half = w / 2;
  return (
    `<g class="scale-bar" font-size="11" font-family="sans-serif">` +
    `<rect x="${px(x - 4)}" y="${px(yPx - 16)}" width="${px(w + 8 + 50)}" height="24" fill="#ffffff" fill-opacity="0.85"/>` +
    `<rect x="${px(x)}" y="${px(yPx)}" width="${px(half)}" height="4" fill="#000000"/>` +
    `<rect x="${px(x + half)}" y="${px(yPx)}" width="${px(half)}" height="4" fill="#ffffff" stroke="#000000" stroke-width="0.8"/>` +
    `<text x="${px(x)}" y="${px(yPx - 4)}">0</text><text x="${px(x + w)}" y="${px(yPx - 4)}" text-anchor="middle">${lengthLabel(lengthM)}</text>` +
    `</g>`
  );
}

/** A north arrow at the top right (the frame is north up). */
export function svgNorthArrow(frame: SvgMapFrame, label: string): string {
  const x = frame.widthPx - 26;
  return (
    `<g class="north-arrow" font-size="12" font-family="sans-serif" font-weight="bold">` +
    `<circle cx="${px(x)}" cy="30" r="17" fill="#ffffff" fill-opacity="0.85"/>` +
    `<path d="M${px(x)} 14L${px(x + 8)} 40L${px(x)} 34Z" fill="#000000"/><path d="M${px(x)} 14L${px(x - 8)} 40L${px(x)} 34Z" fill="#ffffff" stroke="#000000" stroke-width="0.8"/>` +
    `<text x="${px(x)}" y="58" text-anchor="middle">${label}</text>` +
    `</g>`
  );
}
