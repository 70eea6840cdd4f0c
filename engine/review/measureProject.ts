// Pure (geometry through the port). measureProject(project, context) → what the project's site holds of the
// blueprint: its GRS80 area, per layer the dissolved overlap and every feature overlapped ≥ 1 m², 用地用海 per
// code, setbacks from transport corridors, touched open conflicts and 待定 areas, moved indicators and towns.
// Only the blueprint items whose boxes reach the project are overlaid (flatbush), so one project costs milliseconds.
import { bbox, type BBox } from '../geometry/bbox.ts';
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { geodesicLengthM } from '../geometry/geodesicLengthM.ts';
import type { GeomHandle, GeometryPort } from '../geometry/port.ts';
import { repairInvalid } from '../geometry/repairGeometry.ts';
import { LAYERS } from '../model/layers.ts';
import type { Geometry, LayerCode, Position, Properties } from '../model/types.ts';
import { expandBoxM } from '../rules/expandBoxM.ts';
import { featureName } from '../rules/featureName.ts';
import { CORRIDOR_WIDTH_FIELD } from '../rules/prepareFeature.ts';
import { indicatorImpacts } from './indicatorImpacts.ts';
import type { ReviewContext } from './prepareReviewContext.ts';
import { projectVersion } from './projectVersion.ts';
import { isStreetCode, railwaySetting } from './railwaySetting.ts';
import { MAX_SETBACK_M, setbackDistanceM, transportKindOf } from './setbackDistanceM.ts';
import { heldItem, searchCollection, type SpatialCollection } from './spatialCollection.ts';
import type {
  LandUseShare,
  LayerOverlap,
  OverlappedFeature,
  ProjectDocument,
  ProjectMeasurement,
  RailwaySetting,
  SetbackFinding,
  TouchedConflict,
  TouchedUndetermined,
} from './types.ts';

/** Overlaps under 1 m² are overlay noise (product.md §6), as in the rules engine and the blueprint. */
export const REVIEW_NOISE_M2 = 1;

/** The project's site held in the port for one measurement. */
interface Site {
  port: GeometryPort;
  geometry: Geometry;
  handle: GeomHandle;
  box: BBox;
  areaM2: number;
  /** Lines clipped near the project and their buffers, and every handle to release after the measurement. */
  lines: Map<number, NearLine | null>;
  buffers: Map<string, { handle: GeomHandle; geometry: Geometry } | null>;
  handles: GeomHandle[];
}

interface Piece {
  geometry: Geometry;
  areaM2: number;
}

const isPolygonal = (g: Geometry): boolean => g.type === 'Polygon' || g.type === 'MultiPolygon';
const textOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** BSM first (features without one after those with), then id. */
function compareFeatures(a: OverlappedFeature, b: OverlappedFeature): number {
  if (a.bsm !== b.bsm) {
    if (a.bsm === null) return 1;
    if (b.bsm === null) return -1;
    return compareText(a.bsm, b.bsm);
  }
  return compareText(a.featureId, b.featureId);
}

/** site ∩ other (polygonal), skipping the overlay when one covers the other. */
function overlap(site: Site, other: { handle: GeomHandle; geometry: Geometry }): Piece | null {
  const { port } = site;
  // The blueprint side first: it is held prepared, and may be a town of 30,000 vertices around a 5 ha site.
  if (port.covers(other.handle, site.handle)) return { geometry: site.geometry, areaM2: site.areaM2 };
  if (!port.intersects(other.handle, site.handle)) return null;
  if (port.covers(site.handle, other.handle)) return { geometry: other.geometry, areaM2: ellipsoidalAreaM2(other.geometry) };
  const geometry = port.intersection(site.handle, other.handle, { keep: 'polygonal' });
  if (!geometry) return null;
  return { geometry, areaM2: ellipsoidalAreaM2(geometry) };
}

/** Area of the union of pieces (one piece: its own area). */
function dissolvedAreaM2(port: GeometryPort, pieces: readonly Piece[]): number {
  if (pieces.length === 0) return 0;
  if (pieces.length === 1) return pieces[0]!.areaM2;
  return ellipsoidalAreaM2(port.unaryUnion(pieces.map((p) => p.geometry), { keep: 'polygonal' }));
}

function corridorHalfWidthM(props: Properties): number | null {
  const kd = props[CORRIDOR_WIDTH_FIELD];
  return typeof kd === 'number' && kd > 0 ? kd / 2 : null;
}

/** A line is cut down to its segments near the project (those whose boxes reach the project's box grown by the
 *  widest reach, KD/2 + 30 m, plus this margin) before it is buffered: within the reach of the project the
 *  buffers of those segments are the whole line's, and a 40 km road is not buffered whole for a 5 ha site (that
 *  took 250 ms of a first project at 300k parcels). Whole segments are kept, never cut: a segment is straight
 *  in lon/lat, and cutting a long one would move its chord in the metric projection by decimetres. */
const CLIP_MARGIN_M = 100;

/** Runs of consecutive segments whose boxes touch `box`, as one LineString or MultiLineString; null when none. */
function segmentsNear(geometry: Geometry, box: BBox): Geometry | null {
  const paths = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.type === 'MultiLineString' ? geometry.coordinates : [];
  const runs: Position[][] = [];
  for (const path of paths) {
    let run: Position[] | null = null;
    for (let k = 1; k < path.length; k++) {
      const a = path[k - 1]!;
      const b = path[k]!;
      const near = !(Math.max(a[0], b[0]) < box[0] || Math.min(a[0], b[0]) > box[2] || Math.max(a[1], b[1]) < box[1] || Math.min(a[1], b[1]) > box[3]);
      if (near) {
        if (run === null) runs.push((run = [a]));
        run.push(b);
      } else {
        run = null;
      }
    }
  }
  if (runs.length === 0) return null;
  return runs.length === 1 ? { type: 'LineString', coordinates: runs[0]! } : { type: 'MultiLineString', coordinates: runs };
}

interface NearLine {
  handle: GeomHandle;
  geometry: Geometry;
  /** Distance from the project to the centreline, m (0 when they meet). */
  distanceM: number;
}

/** The segments of JTXL line i near the project with their distance to it, cached per site; null when none is. */
function localLine(site: Site, context: ReviewContext, lines: SpatialCollection<unknown>, i: number): NearLine | null {
  const cached = site.lines.get(i);
  if (cached !== undefined) return cached;
  const whole = lines.geometryAt(i);
  const box = expandBoxM(site.box, context.maxHalfCorridorM + MAX_SETBACK_M + CLIP_MARGIN_M);
  const geometry = whole ? segmentsNear(whole, box) : null;
  const entry = geometry ? { handle: keep(site, site.port.hold(geometry, { prepared: true })), geometry, distanceM: site.port.distanceM(site.geometry, geometry) } : null;
  site.lines.set(i, entry);
  return entry;
}

/** A buffer polygon lies inside the true offset of its line, so a line farther than the buffer distance (plus
 *  this slack for the projection) cannot reach the project and needs no buffer at all. */
const REACH_SLACK_M = 0.5;

/** The JTXL line i near the project buffered by `distanceM`, held for this measurement. */
function bufferedLine(site: Site, context: ReviewContext, lines: SpatialCollection<unknown>, i: number, distanceM: number): { handle: GeomHandle; geometry: Geometry } | null {
  const key = `${i}:${distanceM}`;
  const cached = site.buffers.get(key);
  if (cached !== undefined) return cached;
  const line = localLine(site, context, lines, i);
  const geometry = line ? site.port.bufferM(line.geometry, distanceM) : null;
  const entry = geometry ? { handle: keep(site, site.port.hold(geometry, { prepared: true })), geometry } : null;
  site.buffers.set(key, entry);
  return entry;
}

function keep(site: Site, handle: GeomHandle): GeomHandle {
  site.handles.push(handle);
  return handle;
}

interface LayerResult {
  overlap: LayerOverlap;
  pieces: Piece[];
  /** Per listed feature: its piece (polygons, corridors), for the setting and towns. */
  byFeature: { feature: OverlappedFeature; piece: Piece | null }[];
}

function measureLayer(site: Site, context: ReviewContext, layer: LayerCode): LayerResult | null {
  const collection = context.layers.get(layer);
  if (!collection) return null;
  const { port } = site;
  const pieces: Piece[] = [];
  const byFeature: LayerResult['byFeature'] = [];
  const reach = layer === 'JTXL' ? context.maxHalfCorridorM : 0;
  for (const i of searchCollection(collection, expandBoxM(site.box, reach))) {
    const feature = collection.items[i]!;
    const type = collection.geometryAt(i)?.type;
    let piece: Piece | null;
    let lengthM: number | undefined;
    if (type === 'LineString' || type === 'MultiLineString') {
      // A line is measured by its corridor (KD/2 each side), as the rules engine measures it, and by its length inside.
      const half = corridorHalfWidthM(feature.properties);
      const near = localLine(site, context, collection, i);
      if (!near || near.distanceM > (half ?? 0) + REACH_SLACK_M) continue;
      const corridor = half === null ? null : bufferedLine(site, context, collection, i, half);
      piece = corridor ? overlap(site, corridor) : null;
      if (near.distanceM === 0) lengthM = geodesicLengthM(port.lineInside(near.handle, site.handle));
      const listed = (piece !== null && piece.areaM2 >= REVIEW_NOISE_M2) || (half === null && lengthM !== undefined && lengthM >= REVIEW_NOISE_M2);
      if (!listed) continue;
    } else {
      const held = type === 'Polygon' || type === 'MultiPolygon' ? heldItem(port, collection, i) : null;
      if (!held || !isPolygonal(held.geometry)) continue; // points have no area to overlap
      piece = overlap(site, held);
      if (!piece || piece.areaM2 < REVIEW_NOISE_M2) continue;
    }
    if (piece) pieces.push(piece);
    byFeature.push({
      piece,
      feature: {
        featureId: feature.id,
        layer,
        bsm: textOf(feature.properties['BSM']),
        name: featureName(layer, feature.properties),
        areaM2: piece?.areaM2 ?? 0,
        ...(lengthM !== undefined ? { lengthM } : {}),
        properties: feature.properties,
      },
    });
  }
  if (byFeature.length === 0) return null;
  // The blueprint lists features by BSM then id already; sorting here keeps the contract for any caller's layers.
  byFeature.sort((a, b) => compareFeatures(a.feature, b.feature));
  return { overlap: { layer, areaM2: dissolvedAreaM2(port, pieces), features: byFeature.map((b) => b.feature) }, pieces, byFeature };
}

function measureLandUse(site: Site, context: ReviewContext): { shares: LandUseShare[]; pieces: { code: string; piece: Piece }[] } {
  const byCode = new Map<string, LandUseShare>();
  const pieces: { code: string; piece: Piece }[] = [];
  for (const i of searchCollection(context.coverage, site.box)) {
    const held = heldItem(site.port, context.coverage, i);
    if (!held) continue;
    const piece = overlap(site, held);
    if (!piece) continue;
    const c = context.coverage.items[i]!;
    pieces.push({ code: c.classCode, piece });
    const share = byCode.get(c.classCode);
    if (share) share.areaM2 += piece.areaM2;
    else byCode.set(c.classCode, { code: c.classCode, nameZh: c.classNameZh, areaM2: piece.areaM2 });
  }
  const shares = [...byCode.values()].filter((s) => s.areaM2 >= REVIEW_NOISE_M2).sort((a, b) => b.areaM2 - a.areaM2 || compareText(a.code, b.code));
  return { shares, pieces };
}

/** The town (9-digit XZQDM) a point lies in, by the XZQ layer. */
function townAt(site: Site, context: ReviewContext, point: [number, number]): string | null {
  const towns = context.layers.get('XZQ');
  if (!towns) return null;
  const p: Geometry = { type: 'Point', coordinates: point };
  for (const i of searchCollection(towns, [point[0], point[1], point[0], point[1]])) {
    const code = textOf(towns.items[i]!.properties['XZQDM']);
    if (code === null || !/^\d{9}$/.test(code)) continue;
    const held = heldItem(site.port, towns, i);
    if (held && site.port.covers(held.handle, p)) return code;
  }
  return null;
}

/** 市区 / 郊区 / 村镇 / 其他 at the project (railwaySetting explains the rule). */
function settingAt(site: Site, context: ReviewContext, boundary: LayerResult | null, landUsePieces: { code: string; piece: Piece }[]): RailwaySetting {
  const { port } = site;
  let urbanCoreM2 = 0;
  for (const { feature, piece } of boundary?.byFeature ?? []) {
    if (!piece) continue;
    const zone = textOf(feature.properties['GHFQDM']);
    const zoneName = textOf(feature.properties['GHFQMC']);
    if (zone !== '010' && zoneName !== '城镇集中建设区') continue;
    const p = port.pointOnSurface(piece.geometry);
    const town = p ? townAt(site, context, p) : null;
    if (town !== null && isStreetCode(town)) urbanCoreM2 += piece.areaM2;
  }
  const insideBoundaryM2 = boundary?.overlap.areaM2 ?? 0;
  let boundaryUnion: Geometry | null | undefined;
  let villageM2 = 0;
  for (const { code, piece } of landUsePieces) {
    if (!code.startsWith('07')) continue;
    if (!boundary || boundary.pieces.length === 0) {
      villageM2 += piece.areaM2;
      continue;
    }
    boundaryUnion ??= port.unaryUnion(boundary.pieces.map((b) => b.geometry), { keep: 'polygonal' });
    villageM2 += boundaryUnion ? ellipsoidalAreaM2(port.difference(piece.geometry, boundaryUnion, { keep: 'polygonal' })) : piece.areaM2;
  }
  return railwaySetting({ urbanCoreM2, insideBoundaryM2, villageM2, areaM2: site.areaM2 });
}

function measureSetbacks(site: Site, context: ReviewContext, setting: () => RailwaySetting): SetbackFinding[] {
  const lines = context.layers.get('JTXL');
  if (!lines) return [];
  const { port } = site;
  const out: SetbackFinding[] = [];
  for (const i of searchCollection(lines, expandBoxM(site.box, context.maxHalfCorridorM + MAX_SETBACK_M))) {
    const feature = lines.items[i]!;
    const grade = textOf(feature.properties['DJ']);
    const kind = grade === null ? null : transportKindOf(grade);
    if (grade === null || kind === null) continue;
    const half = corridorHalfWidthM(feature.properties);
    const near = localLine(site, context, lines, i);
    if (!near || near.distanceM > (half ?? 0) + MAX_SETBACK_M + REACH_SLACK_M) continue;
    const lineSetting = kind === 'railway' ? setting() : null;
    const requiredM = setbackDistanceM(grade, lineSetting ?? '其他')!;
    if (near.distanceM > (half ?? 0) + requiredM + REACH_SLACK_M) continue;
    const zone = bufferedLine(site, context, lines, i, (half ?? 0) + requiredM);
    if (!zone) continue;
    const inside = overlap(site, zone);
    if (!inside || inside.areaM2 < REVIEW_NOISE_M2) continue;
    const corridor = half === null ? near : bufferedLine(site, context, lines, i, half);
    out.push({
      featureId: feature.id,
      bsm: textOf(feature.properties['BSM']),
      name: featureName('JTXL', feature.properties),
      grade,
      kind,
      setting: lineSetting,
      requiredM,
      distanceM: corridor ? port.distanceM(site.geometry, corridor.geometry) : 0,
      insideAreaM2: inside.areaM2,
      corridorWidthM: half === null ? null : half * 2,
    });
  }
  return out;
}

function touched<T>(site: Site, collection: SpatialCollection<T>, make: (item: T, areaM2: number) => void): void {
  for (const i of searchCollection(collection, site.box)) {
    const held = heldItem(site.port, collection, i);
    if (!held || !isPolygonal(held.geometry)) continue;
    const piece = overlap(site, held);
    if (piece && piece.areaM2 >= REVIEW_NOISE_M2) make(collection.items[i]!, piece.areaM2);
  }
}

function siteOf(port: GeometryPort, project: ProjectDocument): Site {
  let geometry: Geometry = project.geometry;
  let handle = port.hold(geometry, { prepared: true });
  if (!port.validity(handle).valid) {
    // A boundary the readers let through with a finding (self-intersection …) is measured as GEOS repairs it.
    const repaired = repairInvalid(port, geometry, handle);
    port.release(handle);
    geometry = repaired ?? { type: 'MultiPolygon', coordinates: [] };
    handle = port.hold(geometry, { prepared: true });
  }
  const box = bbox(geometry) ?? [0, 0, -1, -1];
  return { port, geometry, handle, box, areaM2: ellipsoidalAreaM2(geometry), lines: new Map(), buffers: new Map(), handles: [handle] };
}

export function measureProject(project: ProjectDocument, context: ReviewContext): ProjectMeasurement {
  const site = siteOf(context.port, project);
  try {
    const results = new Map<LayerCode, LayerResult>();
    for (const info of LAYERS) {
      if (info.code === 'GHYDYH') continue;
      const r = measureLayer(site, context, info.code);
      if (r) results.set(info.code, r);
    }
    const landUse = measureLandUse(site, context);
    const boundary = results.get('CZKFBJ') ?? null;
    let setting: RailwaySetting | undefined;
    const setbacks = measureSetbacks(site, context, () => (setting ??= settingAt(site, context, boundary, landUse.pieces)));
    const conflicts: TouchedConflict[] = [];
    touched(site, context.conflicts, (c, areaM2) => conflicts.push({ key: c.key, ruleId: c.ruleId, title: c.title, severity: c.severity, areaM2 }));
    const undetermined: TouchedUndetermined[] = [];
    touched(site, context.undetermined, (u, areaM2) => undetermined.push({ id: u.id, areaM2 }));
    const towns = (results.get('XZQ')?.overlap.features ?? [])
      .map((f) => ({ code: textOf(f.properties['XZQDM']), name: textOf(f.properties['XZQMC']), areaM2: f.areaM2 }))
      .filter((t): t is { code: string; name: string | null; areaM2: number } => t.code !== null && /^\d{9}$/.test(t.code))
      .sort((a, b) => b.areaM2 - a.areaM2 || compareText(a.code, b.code))
      .map((t) => ({ code: t.code, name: t.name ?? t.code }));
    const insideDevelopmentBoundaryM2 = Math.min(site.areaM2, boundary?.overlap.areaM2 ?? 0);
    const indicators = indicatorImpacts(context.indicators, {
      permanentFarmlandM2: results.get('YJJBNT')?.overlap.areaM2 ?? 0,
      ecoRedLineM2: results.get('STBHHX')?.overlap.areaM2 ?? 0,
      landUse: landUse.shares,
      projectUse: textOf(project.properties.NYDYT),
    });
    return {
      projectId: project.project.id,
      projectVersion: projectVersion(project),
      areaM2: site.areaM2,
      layers: [...results.values()].map((r) => r.overlap),
      insideDevelopmentBoundaryM2,
      outsideDevelopmentBoundaryM2: Math.max(0, site.areaM2 - insideDevelopmentBoundaryM2),
      landUse: landUse.shares,
      setbacks,
      conflicts,
      undetermined,
      indicators,
      towns,
    };
  } finally {
    for (const h of site.handles) site.port.release(h);
  }
}
