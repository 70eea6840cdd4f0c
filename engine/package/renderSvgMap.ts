// Pure. Takes the coverage, the 待定 areas, the conflict regions and the territory outline, returns an inline
// SVG map (equirectangular with the latitude's cosine as aspect, north up) drawn from the data: uses coloured
// by first-level 用地用海 class, 待定 areas hatched grey, conflict regions outlined in red.
import { bbox, type BBox } from '../geometry/bbox.ts';
import type { Geometry, Position } from '../model/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import { cos } from '../numeric/portableMath.ts';

/** First-level 用地用海 colours after the national colour table (product.md §4 names a few; the rest approximate it). */
const CLASS_COLOURS: Readonly<Record<string, string>> = {
  '01': '#f5f0a0',
  '02': '#b4d26e',
  '03': '#3c9650',
  '04': '#a0c878',
  '05': '#78c8b4',
  '06': '#dcb482',
  '07': '#ffc896',
  '08': '#ff9696',
  '09': '#ff0000',
  '10': '#bb9674',
  '11': '#ddcca0',
  '12': '#b4b4b4',
  '13': '#8c8cc8',
  '14': '#00ff00',
  '15': '#c8a0c8',
  '16': '#a0a0a0',
  '17': '#338ec0',
  '23': '#e6e6c8',
};

export function classColour(code: string): string {
  return CLASS_COLOURS[code.slice(0, 2)] ?? '#dddddd';
}

export interface MapInput {
  territory: readonly Geometry[];
  coverage: readonly { geometry: Geometry; classCode: string }[];
  undetermined: readonly Geometry[];
  conflicts: readonly { geometry: Geometry; title: string }[];
  /**
   * Each coordinate as drawn, when the geometries are not yet at the precision the map is drawn at (the package
   * rounds them here, one at a time, instead of holding a rounded copy of the coverage). It must be monotonic.
   */
  at?: (value: number) => number;
}

const WIDTH_PX = 800;

/** One geometry at a time: a coverage piece's geometry may be built on each read (a city's are never all held). */
function* drawnGeometries(input: MapInput): Generator<Geometry> {
  yield* input.territory;
  for (const c of input.coverage) yield c.geometry;
  yield* input.undetermined;
}

export function renderSvgMap(input: MapInput): string {
  const at = input.at ?? ((value: number) => value);
  let box: [number, number, number, number] | null = null;
  for (const g of drawnGeometries(input)) {
    const raw = bbox(g);
    // A monotonic `at` maps the box of the coordinates to the box of the mapped coordinates.
    const b: BBox | null = raw && [at(raw[0]), at(raw[1]), at(raw[2]), at(raw[3])];
    if (b) box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : [...b];
  }
  if (!box) return '<p>（无图形数据）</p>';
  const [minX, minY, maxX, maxY] = box;
  const kx = cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * kx, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = WIDTH_PX / spanX;
  const heightPx = Math.ceil(spanY * scale);
  const pt = (p: Position): string => `${((at(p[0]) - minX) * kx * scale).toFixed(1)} ${((maxY - at(p[1])) * scale).toFixed(1)}`;
  const path = (g: Geometry): string => {
    const rings: Position[][] =
      g.type === 'Polygon'
        ? g.coordinates
        : g.type === 'MultiPolygon'
          ? g.coordinates.flat()
          : g.type === 'LineString'
            ? [g.coordinates]
            : g.type === 'MultiLineString'
              ? g.coordinates
              : [];
    const closed = g.type === 'Polygon' || g.type === 'MultiPolygon';
    return rings
      .map((ring) => {
        const parts: string[] = [];
        let last = '';
        for (const p of ring) {
          const s = pt(p);
          if (s !== last) parts.push(s);
          last = s;
        }
        return parts.length > 1 ? `M${parts.join('L')}${closed ? 'Z' : ''}` : '';
      })
      .join('');
  };
  const byColour = new Map<string, string[]>();
  for (const c of input.coverage) {
    const colour = classColour(c.classCode);
    const list = byColour.get(colour) ?? [];
    list.push(path(c.geometry));
    byColour.set(colour, list);
  }
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH_PX} ${heightPx}" width="100%" role="img" aria-label="一张蓝图与冲突区域">`,
  );
  out.push(
    '<defs><pattern id="dd" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#eeeeee"/><line x1="0" y1="0" x2="0" y2="6" stroke="#888888" stroke-width="2"/></pattern></defs>',
  );
  for (const [colour, paths] of [...byColour].sort(([a], [b]) => (a < b ? -1 : 1)))
    out.push(`<path fill="${colour}" stroke="none" fill-rule="evenodd" d="${paths.join('')}"/>`);
  if (input.undetermined.length > 0)
    out.push(
      `<path fill="url(#dd)" stroke="#666666" stroke-width="0.5" fill-rule="evenodd" d="${input.undetermined.map(path).join('')}"/>`,
    );
  out.push(`<path fill="none" stroke="#333333" stroke-width="0.8" d="${input.territory.map(path).join('')}"/>`);
  for (const c of input.conflicts)
    out.push(
      `<path fill="rgba(255,0,0,0.25)" stroke="#d00000" stroke-width="1.2" d="${path(c.geometry)}"><title>${escapeHtml(c.title)}</title></path>`,
    );
  out.push('</svg>');
  return out.join('\n');
}
