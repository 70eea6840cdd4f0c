// Pure. Takes the coverage, the 待定 areas, the conflict regions and the territory outline, returns an inline
// SVG map (equirectangular with the latitude's cosine as aspect, north up) drawn from the data: uses coloured
// by first-level 用地用海 class, 待定 areas hatched grey, conflict regions outlined in red. A stored coverage piece
// is boxed and drawn from its store's arrays: at 300k parcels rebuilding each piece twice cost 0.6 s.
import { bbox } from '../geometry/bbox.ts';
import { storeIndexOfFeature, storeOfFeature } from '../geometry/compactPlanDocument.ts';
import type { GeometryStore } from '../geometry/geometryStore.ts';
import { WKB_LINESTRING, WKB_MULTILINESTRING, WKB_MULTIPOLYGON, WKB_POLYGON } from '../geometry/wkb.ts';
import type { Geometry, Position } from '../model/types.ts';
import { escapeHtml } from './escapeHtml.ts';
import { SvgRingPath } from './svgRingPath.ts';
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

type Box = [minX: number, minY: number, maxX: number, maxY: number];

/** A coverage piece's geometry from its store's arrays, or null when the piece holds its own. */
function storedSlot(piece: object): { store: GeometryStore; index: number } | null {
  const store = storeOfFeature(piece);
  return store ? { store, index: storeIndexOfFeature(piece) } : null;
}

/** A coverage piece's box: a stored piece's from its store, so its geometry is not rebuilt. */
function pieceBox(piece: { geometry: Geometry }): ArrayLike<number> | null {
  const slot = storedSlot(piece);
  if (!slot) return bbox(piece.geometry);
  const i = 4 * slot.index;
  // A feature without geometry has an inverted box (+∞ …), which bbox gives as null.
  return slot.store.bboxes[i]! === Infinity ? null : slot.store.bboxes.subarray(i, i + 4);
}

/** `box` widened by `raw`, each coordinate as drawn: a monotonic `at` maps the box of the coordinates to theirs. */
function widen(box: Box | null, raw: ArrayLike<number> | null, at: (value: number) => number): Box | null {
  if (!raw) return box;
  const b: Box = [at(raw[0]!), at(raw[1]!), at(raw[2]!), at(raw[3]!)];
  return box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : b;
}

export function renderSvgMap(input: MapInput): string {
  const at = input.at ?? ((value: number) => value);
  let box: Box | null = null;
  for (const g of input.territory) box = widen(box, bbox(g), at);
  for (const c of input.coverage) box = widen(box, pieceBox(c), at);
  for (const g of input.undetermined) box = widen(box, bbox(g), at);
  if (!box) return '<p>（无图形数据）</p>';
  const [minX, minY, maxX, maxY] = box;
  const kx = cos((((minY + maxY) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxX - minX) * kx, 1e-9);
  const spanY = Math.max(maxY - minY, 1e-9);
  const scale = WIDTH_PX / spanX;
  const heightPx = Math.ceil(spanY * scale);
  const ring = new SvgRingPath();
  const vertex = (lon: number, lat: number) => ring.vertex((at(lon) - minX) * kx * scale, (maxY - at(lat)) * scale);
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
    let d = '';
    for (const positions of rings) {
      for (const p of positions) vertex(p[0]!, p[1]!);
      d += ring.end(closed);
    }
    return d;
  };
  /** path() of a stored geometry, read from the store's arrays. */
  const storedPath = (store: GeometryStore, i: number): string => {
    const type = store.types[i];
    const closed = type === WKB_POLYGON || type === WKB_MULTIPOLYGON;
    if (!closed && type !== WKB_LINESTRING && type !== WKB_MULTILINESTRING) return '';
    const { coords, ringVertices } = store;
    let d = '';
    for (let r = store.partRings[store.featureParts[i]!]!; r < store.partRings[store.featureParts[i + 1]!]!; r++) {
      for (let v = ringVertices[r]!; v < ringVertices[r + 1]!; v++) vertex(coords[2 * v]!, coords[2 * v + 1]!);
      d += ring.end(closed);
    }
    return d;
  };
  const byColour = new Map<string, string[]>();
  for (const c of input.coverage) {
    const colour = classColour(c.classCode);
    const list = byColour.get(colour) ?? [];
    const slot = storedSlot(c);
    list.push(slot ? storedPath(slot.store, slot.index) : path(c.geometry));
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
