// Pure. readBoundaryDxf(bytes, fileName, { layer?, crs?, territory? }) reads project boundaries from an ASCII
// DXF (R12 POLYLINE/VERTEX/SEQEND and R2000+ LWPOLYLINE): closed rings on one layer, bulges densified to 1 cm,
// $INSUNITS applied, CRS inferred as for a Shapefile without .prj, EPSG:4490 out. Bad input: issues, no parcels.
import { say, type Bilingual } from '../../i18n/index.ts';
import { ellipsoidalAreaM2 } from '../../geometry/ellipsoidalAreaM2.ts';
import type { Ring } from '../../model/types.ts';
import type { CrsInfo } from '../crs/crsCatalog.ts';
import { createReprojector } from '../crs/createReprojector.ts';
import { inferCrsFromCoordinates, type Bbox } from '../crs/inferCrsFromCoordinates.ts';
import { resolveSourceCrs } from '../crs/resolveSourceCrs.ts';
import type { Territory } from '../crs/territory.ts';
import { fail, ImportFailure, importIssue } from '../importFailure.ts';
import type { ImportIssue } from '../types.ts';
import { densifyBulgeArc, MAX_POINTS_PER_ARC } from './densifyBulgeArc.ts';
import { signedRingAreaXY } from '../../geometry/planarRing.ts';
import { nestRingsByContainment } from './nestRingsByContainment.ts';
import { readDxfGroups, valueLineOf, type DxfGroups } from './readDxfGroups.ts';
import { polygonDefect } from '../../validate/polygonDefects.ts';

export interface DxfReadOptions {
  /** Layer holding the boundaries; may be left out when exactly one layer has closed polylines. */
  layer?: string;
  /** `EPSG:4525` from the user; wins over inference. */
  crs?: string;
  territory?: Territory;
}

export interface DxfLayerSummary {
  name: string;
  /** Entities on the layer by DXF type (VERTEX/SEQEND counted with their POLYLINE, not separately). */
  entityCounts: Record<string, number>;
  closedPolylines: number;
}

export interface DxfBoundaryParcel {
  /** 0-based, in the order of the shells in the file. */
  index: number;
  /** Entity handles: the shell, then its holes. */
  handles: string[];
  /** EPSG:4490 lon/lat; shell counter-clockwise, holes clockwise, rings closed. */
  geometry: { type: 'Polygon'; coordinates: Ring[] };
  /** The same rings in the source CRS, in metres (after $INSUNITS and any axis swap). */
  planeRings: Ring[];
  /** Plane area in the source CRS's projection (what surveyors state). */
  planeAreaM2: number;
  /** Area on GRS80 with geodesic edges. */
  areaM2: number;
}

export interface DxfOtherEntity {
  index: number;
  handle: string;
  type: string;
  layer: string;
}

export type BoundaryDxfRead =
  | {
      ok: true;
      file: string;
      acadVersion: string;
      layers: DxfLayerSummary[];
      layer: string;
      unitScaleM: number;
      crs: CrsInfo;
      crsProvenance: string;
      parcels: DxfBoundaryParcel[];
      /** Open polylines and lines on the chosen layer: listed, not boundaries. */
      notBoundaries: DxfOtherEntity[];
      issues: ImportIssue[];
    }
  | { ok: false; file: string; layers: DxfLayerSummary[]; issues: ImportIssue[] };

/** $INSUNITS → metres per drawing unit; 0/absent (unitless) is taken as metres with a warning. */
const METRES_PER_UNIT: Record<number, number> = { 4: 0.001, 5: 0.01, 6: 1, 7: 1000 };
const UNIT_NAMES: Record<number, string> = {
  1: 'inches',
  2: 'feet',
  3: 'miles',
  8: 'microinches',
  9: 'mils',
  10: 'yards',
  11: 'ångström',
  12: 'nanometres',
  13: 'microns',
  14: 'decimetres',
  15: 'decametres',
  16: 'hectometres',
  17: 'gigametres',
  18: 'astronomical units',
  19: 'light years',
  20: 'parsecs',
};
const MAX_CHORD_ERROR_M = 0.01;

/** Group codes whose values must be numbers (DXF reference, "group code value types"). */
function isNumericCode(c: number): boolean {
  return (
    (c >= 10 && c <= 59) ||
    (c >= 60 && c <= 99) ||
    (c >= 110 && c <= 149) ||
    (c >= 160 && c <= 179) ||
    (c >= 210 && c <= 239) ||
    (c >= 270 && c <= 289) ||
    (c >= 370 && c <= 389) ||
    (c >= 400 && c <= 409) ||
    (c >= 420 && c <= 429) ||
    (c >= 440 && c <= 469) ||
    (c >= 1010 && c <= 1071)
  );
}
const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

interface RawPolyline {
  index: number;
  handle: string;
  type: 'LWPOLYLINE' | 'POLYLINE';
  layer: string;
  closed: boolean;
  /** x, y, bulge triples in drawing units. */
  vertices: number[];
  mirrored: boolean;
}

interface Entity {
  index: number;
  type: string;
  start: number;
  end: number;
  handle: string;
  layer: string;
  paperSpace: boolean;
}

function where(file: string, e: { index: number; handle: string; layer: string }): Bilingual {
  return e.handle
    ? say('import.readBoundaryDxf.entity', { file, layer: e.layer, entity: e.index + 1, handle: e.handle })
    : say('import.readBoundaryDxf.entity-without-handle', { file, layer: e.layer, entity: e.index + 1 });
}

/** Items joined as a list: `a、b` in Chinese, `a, b` in English. */
function listOf(items: readonly Bilingual[]): Bilingual {
  return { zh: items.map((i) => i.zh).join('、'), en: items.map((i) => i.en).join(', ') };
}

function numberAt(g: DxfGroups, i: number, file: string, e: Entity): number {
  const v = g.values[i]!;
  if (!NUMBER.test(v) || !Number.isFinite(Number(v))) {
    const w = where(file, e);
    fail(
      'dxf-number',
      say('import.readBoundaryDxf.dxf-number', { where: w, code: String(g.codes[i]), line: valueLineOf(i), value: v.trim().slice(0, 40) }),
      { file, featureIndex: e.index, field: `group ${g.codes[i]}` },
    );
  }
  return Number(v);
}

function sections(g: DxfGroups): Map<string, [number, number]> {
  const out = new Map<string, [number, number]>();
  for (let i = 0; i < g.codes.length - 1; i++) {
    if (g.codes[i] === 0 && g.values[i]!.trim() === 'SECTION' && g.codes[i + 1] === 2) {
      const name = g.values[i + 1]!.trim();
      let j = i + 2;
      while (j < g.codes.length && !(g.codes[j] === 0 && g.values[j]!.trim() === 'ENDSEC')) j++;
      out.set(name, [i + 2, j]);
      i = j;
    }
  }
  return out;
}

function readHeader(g: DxfGroups, range: [number, number] | undefined): Map<string, string> {
  const vars = new Map<string, string>();
  if (!range) return vars;
  for (let i = range[0]; i < range[1] - 1; i++) {
    if (g.codes[i] === 9) vars.set(g.values[i]!.trim(), g.values[i + 1]!.trim());
  }
  return vars;
}

function tableLayers(g: DxfGroups, range: [number, number] | undefined): string[] {
  const names: string[] = [];
  if (!range) return names;
  for (let i = range[0]; i < range[1] - 1; i++) {
    if (g.codes[i] === 0 && g.values[i]!.trim() === 'LAYER') {
      for (let j = i + 1; j < range[1] && g.codes[j] !== 0; j++) if (g.codes[j] === 2) names.push(g.values[j]!.trim());
    }
  }
  return names;
}

function entitiesOf(g: DxfGroups, range: [number, number], file: string): Entity[] {
  const list: Entity[] = [];
  let i = range[0];
  while (i < range[1]) {
    if (g.codes[i] !== 0) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < range[1] && g.codes[end] !== 0) end++;
    const e: Entity = { index: list.length, type: g.values[i]!.trim(), start: i + 1, end, handle: '', layer: '0', paperSpace: false };
    for (let j = i + 1; j < end; j++) {
      const c = g.codes[j]!;
      if (c === 5) e.handle = g.values[j]!.trim();
      else if (c === 8) e.layer = g.values[j]!.trim();
      else if (c === 67) e.paperSpace = g.values[j]!.trim() === '1';
    }
    for (let j = i + 1; j < end; j++) if (isNumericCode(g.codes[j]!)) numberAt(g, j, file, e);
    list.push(e);
    i = end;
  }
  return list;
}

function structureError(file: string, e: Entity, problem: Bilingual): never {
  return fail('dxf-structure', say('import.readBoundaryDxf.dxf-structure', { where: where(file, e), problem }), {
    file,
    featureIndex: e.index,
  });
}

function readLwPolyline(g: DxfGroups, e: Entity, file: string): RawPolyline {
  const v: number[] = [];
  let flags = 0;
  let declared = -1;
  let mirrored = false;
  for (let j = e.start; j < e.end; j++) {
    const c = g.codes[j]!;
    if (c === 70) flags = Number(g.values[j]);
    else if (c === 90) declared = Number(g.values[j]);
    else if (c === 10) v.push(Number(g.values[j]), Number.NaN, 0);
    else if (c === 20 && v.length > 0) v[v.length - 2] = Number(g.values[j]);
    else if (c === 42 && v.length > 0) v[v.length - 1] = Number(g.values[j]);
    else if (c === 230) mirrored = Number(g.values[j]) < 0;
  }
  const n = v.length / 3;
  if (declared >= 0 && declared !== n) structureError(file, e, say('import.readBoundaryDxf.vertex-count', { declared, found: n }));
  for (let k = 1; k < v.length; k += 3)
    if (Number.isNaN(v[k]!)) structureError(file, e, say('import.readBoundaryDxf.vertex-without-y', { vertex: (k - 1) / 3 + 1 }));
  return { index: e.index, handle: e.handle, type: 'LWPOLYLINE', layer: e.layer, closed: (flags & 1) === 1, vertices: v, mirrored };
}

/** A POLYLINE and its VERTEX entities up to SEQEND; returns the polyline (null for meshes) and the next entity. */
function readPolyline(g: DxfGroups, list: Entity[], k: number, file: string): { polyline: RawPolyline | null; next: number } {
  const e = list[k]!;
  let flags = 0;
  let mirrored = false;
  for (let j = e.start; j < e.end; j++) {
    if (g.codes[j] === 70) flags = Number(g.values[j]);
    else if (g.codes[j] === 230) mirrored = Number(g.values[j]) < 0;
  }
  const v: number[] = [];
  let m = k + 1;
  for (; m < list.length && list[m]!.type === 'VERTEX'; m++) {
    const vx = list[m]!;
    let x = Number.NaN,
      y = Number.NaN,
      bulge = 0,
      vflags = 0;
    for (let j = vx.start; j < vx.end; j++) {
      const c = g.codes[j]!;
      if (c === 10) x = Number(g.values[j]);
      else if (c === 20) y = Number(g.values[j]);
      else if (c === 42) bulge = Number(g.values[j]);
      else if (c === 70) vflags = Number(g.values[j]);
    }
    // Spline frame control points (16) and polyface face records (128) are not on the outline.
    if ((vflags & (16 | 128)) !== 0) continue;
    if (Number.isNaN(x) || Number.isNaN(y)) structureError(file, vx, say('import.readBoundaryDxf.vertex-without-xy', { handle: e.handle }));
    v.push(x, y, bulge);
  }
  if (m >= list.length || list[m]!.type !== 'SEQEND') structureError(file, e, say('import.readBoundaryDxf.no-seqend'));
  // Polygon meshes (16) and polyface meshes (64) are surfaces, not outlines.
  const polyline =
    (flags & (16 | 64)) !== 0
      ? null
      : { index: e.index, handle: e.handle, type: 'POLYLINE' as const, layer: e.layer, closed: (flags & 1) === 1, vertices: v, mirrored };
  return { polyline, next: m + 1 };
}

/** Densified ring in metres, not closed; consecutive duplicates dropped. */
function ringOf(p: RawPolyline, unitScaleM: number, file: string): Float64Array {
  const v = p.vertices;
  let n = v.length / 3;
  // A polyline drawn back to its start without the closed flag is closed too.
  if (n > 1 && v[0] === v[3 * (n - 1)] && v[1] === v[3 * (n - 1) + 1]) n--;
  const out: number[] = [];
  const tolerance = MAX_CHORD_ERROR_M / unitScaleM;
  for (let i = 0; i < n; i++) {
    const x = v[3 * i]!,
      y = v[3 * i + 1]!,
      bulge = v[3 * i + 2]!;
    out.push(x, y);
    const j = i + 1 === n ? 0 : i + 1;
    if (bulge !== 0) {
      if (!Number.isFinite(bulge) || Math.abs(bulge) > 1e6 || densifyBulgeArc(x, y, v[3 * j]!, v[3 * j + 1]!, bulge, tolerance, out) < 0) {
        const w = where(file, p);
        fail(
          'dxf-bulge-invalid',
          say('import.readBoundaryDxf.dxf-bulge-invalid', { where: w, vertex: i + 1, bulge, maxPoints: MAX_POINTS_PER_ARC }),
          { file, featureIndex: p.index, field: 'group 42' },
        );
      }
    }
  }
  const xy: number[] = [];
  for (let i = 0; i < out.length; i += 2) {
    const x = (p.mirrored ? -out[i]! : out[i]!) * unitScaleM;
    const y = out[i + 1]! * unitScaleM;
    if (xy.length > 0 && xy[xy.length - 2] === x && xy[xy.length - 1] === y) continue;
    xy.push(x, y);
  }
  while (xy.length > 2 && xy[0] === xy[xy.length - 2] && xy[1] === xy[xy.length - 1]) xy.length -= 2;
  if (xy.length < 6) {
    const w = where(file, p);
    fail('dxf-ring-degenerate', say('import.readBoundaryDxf.dxf-ring-degenerate', { where: w, vertices: xy.length / 2 }), {
      file,
      featureIndex: p.index,
    });
  }
  return Float64Array.from(xy);
}

/** Bounding box of the polyline vertices in drawing units (arcs left out: enough to place the data). */
function vertexBbox(polylines: readonly RawPolyline[]): Bbox {
  const b: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of polylines) {
    for (let i = 0; i < p.vertices.length; i += 3) {
      const x = p.mirrored ? -p.vertices[i]! : p.vertices[i]!,
        y = p.vertices[i + 1]!;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

/** Metres per drawing unit from $INSUNITS. CAD templates often leave inches (acad.dwt) or millimetres
 * (acadiso.dwt) on drawings made in metres: when the declared unit puts the data nowhere and metres place it
 * (a zone prefix, or a zone in the territory), metres win with a warning. */
function chooseUnitScale(file: string, unitsRaw: string | undefined, bbox: Bbox, options: DxfReadOptions, issues: ImportIssue[]): number {
  const code = unitsRaw === undefined || unitsRaw.trim() === '' ? 0 : Number(unitsRaw);
  if (code === 0) {
    const missing = unitsRaw === undefined;
    issues.push(
      importIssue(
        'dxf-units-unknown',
        'warning',
        missing ? say('import.readBoundaryDxf.dxf-units-missing', { file }) : say('import.readBoundaryDxf.dxf-units-zero', { file }),
        { file, field: '$INSUNITS' },
      ),
    );
    return 1;
  }
  const declared = METRES_PER_UNIT[code];
  if (declared === 1) return 1;
  const placeable = (scale: number) =>
    options.crs !== undefined
      ? scale === 1
      : inferCrsFromCoordinates([bbox[0] * scale, bbox[1] * scale, bbox[2] * scale, bbox[3] * scale], options.territory) !== null;
  const name = UNIT_NAMES[code] ?? (declared === undefined ? `unknown code ${unitsRaw}` : `${declared} m`);
  if (declared !== undefined && (options.crs !== undefined || placeable(declared) || !placeable(1))) return declared;
  if (placeable(1)) {
    issues.push(
      importIssue(
        'dxf-units-contradicted',
        'warning',
        say('import.readBoundaryDxf.dxf-units-contradicted', { file, unitsRaw: String(unitsRaw), name }),
        {
          file,
          field: '$INSUNITS',
        },
      ),
    );
    return 1;
  }
  return fail('dxf-units-unsupported', say('import.readBoundaryDxf.dxf-units-unsupported', { file, unitsRaw: String(unitsRaw), name }), {
    file,
    field: '$INSUNITS',
  });
}

export function readBoundaryDxf(bytes: Uint8Array, fileName: string, options: DxfReadOptions = {}): BoundaryDxfRead {
  const file = fileName;
  let layers: DxfLayerSummary[] = [];
  try {
    const g = readDxfGroups(bytes, file);
    const secs = sections(g);
    const header = readHeader(g, secs.get('HEADER'));
    const entityRange = secs.get('ENTITIES');
    if (!entityRange)
      fail('dxf-no-entities', say('import.readBoundaryDxf.dxf-no-entities', { file }), {
        file,
      });
    const entities = entitiesOf(g, entityRange, file);

    const polylines: RawPolyline[] = [];
    const others: DxfOtherEntity[] = [];
    const counts = new Map<string, Map<string, number>>();
    const closedCounts = new Map<string, number>();
    for (const name of tableLayers(g, secs.get('TABLES'))) counts.set(name, new Map());
    const count = (layer: string, type: string) => {
      const m = counts.get(layer) ?? new Map<string, number>();
      counts.set(layer, m);
      m.set(type, (m.get(type) ?? 0) + 1);
    };
    for (let k = 0; k < entities.length;) {
      const e = entities[k]!;
      if (e.type === 'POLYLINE') {
        const { polyline, next } = readPolyline(g, entities, k, file);
        count(e.layer, e.type);
        if (polyline && !e.paperSpace) polylines.push(polyline);
        k = next;
        continue;
      }
      if (e.type === 'VERTEX' || e.type === 'SEQEND')
        structureError(file, e, say('import.readBoundaryDxf.orphan-entity', { type: e.type }));
      count(e.layer, e.type);
      if (e.type === 'LWPOLYLINE' && !e.paperSpace) polylines.push(readLwPolyline(g, e, file));
      else if (e.type === 'LINE' && !e.paperSpace) others.push({ index: e.index, handle: e.handle, type: e.type, layer: e.layer });
      k++;
    }
    const isClosed = (p: RawPolyline) => {
      const v = p.vertices;
      const n = v.length / 3;
      return p.closed || (n > 3 && v[0] === v[3 * (n - 1)] && v[1] === v[3 * (n - 1) + 1]);
    };
    for (const p of polylines) if (isClosed(p)) closedCounts.set(p.layer, (closedCounts.get(p.layer) ?? 0) + 1);
    layers = [...counts.keys()]
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((name) => {
        const entityCounts: Record<string, number> = {};
        for (const [type, n] of [...counts.get(name)!.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) entityCounts[type] = n;
        return { name, entityCounts, closedPolylines: closedCounts.get(name) ?? 0 };
      });
    const listing = () =>
      listOf(layers.map((l) => say('import.readBoundaryDxf.layer-closed', { layer: l.name, count: l.closedPolylines })));

    let layer = options.layer;
    if (layer === undefined) {
      const candidates = layers.filter((l) => l.closedPolylines > 0);
      if (candidates.length === 0)
        fail('dxf-no-closed-polyline', say('import.readBoundaryDxf.dxf-no-closed-polyline', { file, layers: listing() }), { file });
      if (candidates.length > 1)
        fail(
          'dxf-layer-ambiguous',
          say('import.readBoundaryDxf.dxf-layer-ambiguous', {
            file,
            layers: listOf(
              candidates.map((l) => say('import.readBoundaryDxf.layer-candidate', { layer: l.name, count: l.closedPolylines })),
            ),
          }),
          { file },
        );
      layer = candidates[0]!.name;
    } else if (!counts.has(layer)) {
      fail('dxf-layer-missing', say('import.readBoundaryDxf.dxf-layer-missing', { file, layer, layers: listing() }), {
        file,
        field: layer,
      });
    }
    const chosen = polylines.filter((p) => p.layer === layer);
    const closed = chosen.filter(isClosed);
    if (closed.length === 0) {
      // GIS exports (ogr2ogr's DXF driver by default) write polygons as HATCH: say how to get outlines instead.
      const hatches = counts.get(layer)?.get('HATCH') ?? 0;
      fail(
        'dxf-no-closed-polyline',
        hatches > 0
          ? say('import.readBoundaryDxf.dxf-no-closed-polyline-hatches', { file, layer, layers: listing(), hatches })
          : say('import.readBoundaryDxf.dxf-no-closed-polyline-on-layer', { file, layer, layers: listing() }),
        { file, field: layer },
      );
    }

    const issues: ImportIssue[] = [];
    const unitsRaw = header.get('$INSUNITS');
    const unitScaleM = chooseUnitScale(file, unitsRaw, vertexBbox(closed), options, issues);
    const rings = closed.map((p) => ringOf(p, unitScaleM, file));
    const bbox: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
    for (const xy of rings) {
      for (let i = 0; i < xy.length; i += 2) {
        const x = xy[i]!,
          y = xy[i + 1]!;
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      }
    }
    const resolved = resolveSourceCrs({
      file,
      declared: null,
      ...(options.crs !== undefined ? { userCrs: options.crs } : {}),
      bbox,
      ...(options.territory ? { territory: options.territory } : {}),
    });
    if (!resolved.ok) return { ok: false, file, layers, issues: resolved.issues };
    if (resolved.crs.family === 'geographic' && unitScaleM !== 1) {
      fail('dxf-units-unsupported', say('import.readBoundaryDxf.dxf-units-lonlat', { file, unitsRaw: String(unitsRaw) }), {
        file,
        field: '$INSUNITS',
      });
    }
    issues.push(...resolved.issues);
    const reproject = createReprojector(resolved.crs);

    const parcels: DxfBoundaryParcel[] = nestRingsByContainment(rings.map((xy) => ({ xy }))).map((members, index) => {
      const planeRings: Ring[] = [];
      const geoRings: Ring[] = [];
      let planeAreaM2 = 0;
      members.forEach((r, k) => {
        const xy = rings[r]!;
        const area = signedRingAreaXY(xy);
        // Shell counter-clockwise, holes clockwise (RFC 7946); the transverse Mercator keeps orientation.
        const reverse = k === 0 ? area < 0 : area > 0;
        const n = xy.length >> 1;
        const plane: Ring = [];
        for (let i = 0; i < n; i++) {
          const s = reverse ? n - 1 - i : i;
          const x = xy[2 * s]!,
            y = xy[2 * s + 1]!;
          plane.push(resolved.swapAxes ? [y, x] : [x, y]);
        }
        plane.push(plane[0]!);
        planeRings.push(plane);
        geoRings.push(plane.map(([x, y]) => reproject(x, y)));
        planeAreaM2 += k === 0 ? Math.abs(area) : -Math.abs(area);
      });
      const geometry = { type: 'Polygon' as const, coordinates: geoRings };
      return {
        index,
        handles: members.map((r) => closed[r]!.handle),
        geometry,
        planeRings,
        planeAreaM2,
        areaM2: ellipsoidalAreaM2(geometry),
      };
    });

    // A crossing ring (a bow-tie, a hole cutting its shell) is no boundary: refused as the TXT reader refuses it.
    for (const parcel of parcels) {
      const defect = polygonDefect(parcel.planeRings);
      if (defect?.kind !== 'self-intersection') continue;
      const handles = [...new Set([parcel.handles[defect.ring], parcel.handles[defect.otherRing]])];
      const [x, y] = defect.at;
      const entity = closed.find((c) => c.handle === handles[0]) ?? closed[0]!;
      fail(
        'dxf-self-intersection',
        say('import.readBoundaryDxf.dxf-self-intersection', {
          file,
          layer,
          handles: { zh: handles.join('、'), en: handles.join(', ') },
          x: x.toFixed(3),
          y: y.toFixed(3),
        }),
        { file, featureIndex: entity.index, field: layer! },
      );
    }

    const notBoundaries: DxfOtherEntity[] = [
      ...chosen.filter((p) => !isClosed(p)).map((p) => ({ index: p.index, handle: p.handle, type: p.type, layer: p.layer })),
      ...others.filter((o) => o.layer === layer),
    ].sort((a, b) => a.index - b.index);
    // One warning per kind (a drawing may hold thousands of lines), naming the first handles.
    for (const isLine of [false, true]) {
      const group = notBoundaries.filter((o) => (o.type === 'LINE') === isLine);
      if (group.length === 0) continue;
      const first = group[0]!;
      const handles =
        group
          .slice(0, 5)
          .map((o) => o.handle || `#${o.index + 1}`)
          .join(', ') + (group.length > 5 ? ' …' : '');
      issues.push(
        importIssue(
          'dxf-not-boundary',
          'warning',
          say(isLine ? 'import.readBoundaryDxf.dxf-lines-ignored' : 'import.readBoundaryDxf.dxf-open-polylines-ignored', {
            file,
            layer,
            count: group.length,
            handles,
          }),
          { file, featureIndex: first.index, field: layer },
        ),
      );
    }
    return {
      ok: true,
      file,
      acadVersion: header.get('$ACADVER') ?? '',
      layers,
      layer: layer!,
      unitScaleM,
      crs: resolved.crs,
      crsProvenance: resolved.provenance,
      parcels,
      notBoundaries,
      issues,
    };
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, file, layers, issues: [e.issue] };
    throw e;
  }
}
