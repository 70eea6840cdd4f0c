// Pure (given a port). computeIndicators(plans, targets, port, options) → IndicatorValue[]: every indicator
// of the catalogue (or `options.ids`) for the whole territory and for each town (9-digit XZQDM in XZQ), on
// dissolved geometry with ellipsoidal areas, each with its 下达 target and status. Sorted: catalogue order,
// the whole territory first, then towns by code. A ratio without a denominator (no XZQ, no baseline) is left out.
// With `options.cache` kept across calls, a call after a few edits reuses what did not change.
import { m2ToHectares } from '../geometry/areaUnits.ts';
import { bbox, bboxesDisjoint } from '../geometry/bbox.ts';
import type { GeometryPort } from '../geometry/port.ts';
import { repairGeometry } from '../geometry/repairGeometry.ts';
import type { Geometry, PlanDocument, PlanFeature } from '../model/types.ts';
import { INDICATOR_DEFINITIONS } from './definitions.ts';
import { createDissolveContext, hold, type DissolveContext, type HeldArea } from './dissolveContext.ts';
import { createIndicatorCache, sameGeometries, type IndicatorCache } from './indicatorCache.ts';
import { findBaseline, findTarget } from './findTarget.ts';
import { indicatorStatus } from './indicatorStatus.ts';
import { matchAnySource } from './matchSource.ts';
import { measureDissolvedArea, type DissolvedArea } from './measureDissolvedArea.ts';
import { patchDissolvedArea } from './patchDissolvedArea.ts';
import type { AreaMeasure, IndicatorDefinition, IndicatorId, IndicatorValue, SourceSelector, Targets } from './types.ts';
import { safeClip, safeUnion } from './safeOverlay.ts';

export interface ComputeIndicatorsOptions {
  /** Only these indicators (default: the whole catalogue). */
  ids?: readonly IndicatorId[];
  /** The plan version targets are read for (default: the version of the first land plan). */
  planVersion?: string;
  /**
   * The geometry to measure for a feature, when the caller has already checked and repaired it (the rules
   * engine does). Default: GEOS validity per feature, invalid ones repaired with MakeValid (a bow-tie keeps
   * both lobes; an unrepaired one would dissolve to nothing).
   */
  geometryOf?: (feature: PlanFeature) => Geometry | null;
  /**
   * Keep one cache (createIndicatorCache) across calls on successive versions of the same plans: towns
   * whose features did not change keep their areas, and a few changed features are patched in, so a
   * re-computation after one edit costs milliseconds instead of a city-wide dissolve.
   */
  cache?: IndicatorCache;
  /**
   * With `cache`: the ids of the features added, edited or deleted since the previous call with that cache,
   * and the current version of those still present (every other feature is the same object as then). The
   * call then patches what those features touch instead of walking every feature of the measured layers.
   */
  changes?: { ids: readonly string[]; features: readonly PlanFeature[] };
}

/** Ratios and percentages carry 4 decimals, like hectares. */
const round4 = (v: number): number => Math.round(v * 1e4) / 1e4;

type Scope = { code: string | null; name: string | null };

export function computeIndicators(
  plans: readonly PlanDocument[],
  targets: Targets | null,
  port: GeometryPort,
  options: ComputeIndicatorsOptions = {},
): IndicatorValue[] {
  const planVersion = options.planVersion ?? plans.find((p) => p.plan.kind === 'land')?.plan.version;
  const definitions = options.ids ? INDICATOR_DEFINITIONS.filter((d) => options.ids!.includes(d.id)) : INDICATOR_DEFINITIONS;
  const cache = options.cache ?? createIndicatorCache();
  const geometryOf =
    options.geometryOf ??
    ((f: PlanFeature): Geometry | null => {
      let g = cache.repaired.get(f.geometry);
      if (g === undefined) {
        g = validGeometry(port, f.geometry);
        cache.repaired.set(f.geometry, g);
      }
      return g;
    });
  let grouped: Map<string, readonly PlanFeature[]> | undefined;
  const byLayer = () => (grouped ??= featuresByLayer(plans, cache));
  // A change to a town feature rebuilds the towns, and with them every bucket: then nothing is patched.
  const changes =
    options.changes && options.cache && cache.xzq && !touchesTowns(options.changes, cache.xzq.ids) ? options.changes : undefined;
  if (!changes) {
    const features = byLayer().get('XZQ') ?? [];
    cache.xzq = {
      features: features
        .map((f) => ({ geometry: geometryOf(f), properties: f.properties }))
        .filter((f): f is { geometry: Geometry; properties: PlanFeature['properties'] } => f.geometry !== null),
      ids: new Set(features.map((f) => f.id)),
    };
    cache.selections.clear();
  }
  const ctx = createDissolveContext(cache.xzq!.features, port, cache);
  try {
    const measured = new Map<string, DissolvedArea>();
    const deltas = new Map<string, SelectionDelta | null>();
    const selection: Selection = {
      byLayer,
      keepById: options.cache !== undefined,
      geometryOf,
      delta: (sel) => {
        const selKey = JSON.stringify(sel);
        if (!changes) return null;
        if (!deltas.has(selKey)) deltas.set(selKey, patchSelection(cache, selKey, sel, changes, geometryOf));
        return deltas.get(selKey)!;
      },
    };
    const measure = (m: AreaMeasure): DissolvedArea => {
      const key = JSON.stringify(m);
      let result = measured.get(key);
      if (!result) {
        result = (changes && patchMeasure(key, m, selection, ctx)) || measureArea(key, m, selection, ctx);
        measured.set(key, result);
      }
      return result;
    };
    const scopes: Scope[] = [{ code: null, name: null }, ...ctx.towns.map((t) => ({ code: t.code, name: t.name }))];
    const values: IndicatorValue[] = [];
    for (const definition of definitions) {
      for (const scope of scopes) {
        const value = evaluate(definition, scope, measure, targets, planVersion);
        if (value) values.push(value);
      }
    }
    return values;
  } finally {
    ctx.release();
  }
}

/**
 * Features grouped by layer (each measure scans only the layers its selectors name), in plan then file
 * order. A plan whose features array is the same object as in the previous call reuses its grouping.
 */
function featuresByLayer(plans: readonly PlanDocument[], cache: IndicatorCache): Map<string, readonly PlanFeature[]> {
  const perPlan = plans.map((p) => {
    let grouped = cache.layersOf.get(p.features);
    if (!grouped) {
      const g = new Map<string, PlanFeature[]>();
      for (const f of p.features) {
        const list = g.get(f.layer);
        if (list) list.push(f);
        else g.set(f.layer, [f]);
      }
      grouped = g;
      cache.layersOf.set(p.features, grouped);
    }
    return grouped;
  });
  const byLayer = new Map<string, readonly PlanFeature[]>();
  for (const grouped of perPlan) {
    for (const [layer, list] of grouped) {
      const before = byLayer.get(layer);
      byLayer.set(layer, before ? [...before, ...list] : list);
    }
  }
  return byLayer;
}

function validGeometry(port: GeometryPort, g: Geometry): Geometry | null {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return null;
  return repairGeometry(port, g);
}

function isPolygonal(g: Geometry | null): g is Geometry {
  return g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon');
}

/** What a measure reads its features from; `delta` is null when no changes were given or the cache cannot patch. */
interface Selection {
  byLayer: () => ReadonlyMap<string, readonly PlanFeature[]>;
  /** Keep each selection by feature id for a later call's `changes` (only worth it with a caller's cache). */
  keepById: boolean;
  geometryOf: (f: PlanFeature) => Geometry | null;
  delta: (sel: readonly SourceSelector[]) => SelectionDelta | null;
}

/** The measured geometries that left a selector list's selection and those that joined it. */
interface SelectionDelta {
  removed: Geometry[];
  added: Geometry[];
}

function touchesTowns(changes: NonNullable<ComputeIndicatorsOptions['changes']>, townIds: ReadonlySet<string>): boolean {
  return changes.ids.some((id) => townIds.has(id)) || changes.features.some((f) => f.layer === 'XZQ');
}

/** Applies the changes to the cached selection of `sel` (once per call) and returns what left and joined. */
function patchSelection(
  cache: IndicatorCache,
  selKey: string,
  sel: readonly SourceSelector[],
  changes: NonNullable<ComputeIndicatorsOptions['changes']>,
  geometryOf: (f: PlanFeature) => Geometry | null,
): SelectionDelta | null {
  const byId = cache.selections.get(selKey);
  if (!byId) return null;
  const removed: Geometry[] = [];
  const added: Geometry[] = [];
  for (const id of new Set(changes.ids)) {
    const g = byId.get(id);
    if (g === undefined) continue;
    removed.push(g);
    byId.delete(id);
  }
  for (const f of changes.features) {
    if (!matchAnySource(f, sel)) continue;
    const g = geometryOf(f);
    if (!isPolygonal(g)) continue;
    if (byId.has(f.id)) {
      // An id twice: the selection can no longer be told apart by id.
      cache.selections.set(selKey, null);
      return null;
    }
    byId.set(f.id, g);
    added.push(g);
  }
  return { removed, added };
}

/** The measure patched by the changed features, or null when only a fresh measurement can tell. */
function patchMeasure(key: string, m: AreaMeasure, selection: Selection, ctx: DissolveContext): DissolvedArea | null {
  const of = selection.delta(m.of);
  if (!of) return null;
  if (!m.within) return patchDissolvedArea(key, of.removed, of.added, ctx);
  const within = selection.delta(m.within);
  // A changed clip area changes every clip: measured anew.
  if (!within || within.removed.length > 0 || within.added.length > 0) return null;
  const clip = ctx.cache.within.get(key);
  if (!clip?.union) return null;
  const removed: Geometry[] = [];
  for (const g of of.removed) {
    const piece = clip.clips.get(g);
    if (piece === undefined) return null;
    if (piece) removed.push(piece);
  }
  const added: Geometry[] = [];
  if (of.added.length > 0) {
    const area = hold(ctx.port, clip.union);
    try {
      for (const g of of.added) {
        let piece = clip.clips.get(g);
        if (piece === undefined) {
          piece = clipTo(ctx, area, g);
          clip.clips.set(g, piece);
        }
        if (piece) added.push(piece);
      }
    } finally {
      ctx.port.release(area.handle);
    }
  }
  return patchDissolvedArea(key, removed, added, ctx);
}

function measureArea(key: string, m: AreaMeasure, selection: Selection, ctx: DissolveContext): DissolvedArea {
  const geometriesOf = (sel: AreaMeasure['of']): Geometry[] => {
    // Changes, if any, are applied to the cached selection first, so what is rebuilt here is the same.
    selection.delta(sel);
    const out: Geometry[] = [];
    const byId = new Map<string, Geometry>();
    let unique = selection.keepById;
    // In file order within each layer, layers in selector order (a feature matches one layer only).
    for (const layer of new Set(sel.map((s) => s.layer))) {
      for (const f of selection.byLayer().get(layer) ?? []) {
        if (!matchAnySource(f, sel)) continue;
        const g = selection.geometryOf(f);
        if (!isPolygonal(g)) continue;
        out.push(g);
        if (!unique) continue;
        if (byId.has(f.id)) unique = false;
        byId.set(f.id, g);
      }
    }
    ctx.cache.selections.set(JSON.stringify(sel), unique ? byId : null);
    return out;
  };
  let pieces = geometriesOf(m.of);
  if (m.within) {
    const from = geometriesOf(m.within);
    let clip = ctx.cache.within.get(key);
    if (!clip || !sameGeometries(clip.from, from)) {
      clip = { from, union: safeUnion(ctx.port, from), clips: new WeakMap() };
      ctx.cache.within.set(key, clip);
    }
    if (!clip.union) return measureDissolvedArea(key, [], ctx);
    const area = hold(ctx.port, clip.union);
    try {
      const clipped: Geometry[] = [];
      for (const g of pieces) {
        let piece = clip.clips.get(g);
        if (piece === undefined) {
          piece = clipTo(ctx, area, g);
          clip.clips.set(g, piece);
        }
        if (piece) clipped.push(piece);
      }
      pieces = clipped;
    } finally {
      ctx.port.release(area.handle);
    }
  }
  return measureDissolvedArea(key, pieces, ctx);
}

function clipTo(ctx: DissolveContext, area: HeldArea, g: Geometry): Geometry | null {
  if (bboxesDisjoint(bbox(g)!, area.box)) return null;
  const clipped = safeClip(ctx.port, area.handle, g);
  return clipped === 'whole' ? g : clipped;
}

function evaluate(
  definition: IndicatorDefinition,
  scope: Scope,
  measure: (m: AreaMeasure) => DissolvedArea,
  targets: Targets | null,
  planVersion: string | undefined,
): IndicatorValue | null {
  const areaIn = (m: AreaMeasure): number => {
    const d = measure(m);
    return scope.code === null ? d.totalM2 : (d.byTownM2.get(scope.code) ?? 0);
  };
  const formula = definition.formula;
  const areaM2 = areaIn(formula.kind === 'area' ? formula.measure : formula.numerator);
  let value: number;
  let denominatorM2: number | undefined;
  let demo = false;
  if (formula.kind === 'area') {
    value = m2ToHectares(areaM2);
  } else if (formula.kind === 'areaRatio') {
    denominatorM2 = areaIn(formula.denominator);
    if (!(denominatorM2 > 0)) return null;
    value = round4((areaM2 / denominatorM2) * (definition.unit === 'percent' ? 100 : 1));
  } else {
    const baseline = findBaseline(targets, formula.baseline, scope.code, planVersion);
    if (!baseline) return null;
    demo ||= baseline.demo === true;
    denominatorM2 = baseline.valueHa * 10_000;
    value = round4((areaM2 / denominatorM2) * (definition.unit === 'percent' ? 100 : 1));
  }
  const target = findTarget(targets, definition.id, scope.code, planVersion);
  demo ||= target?.demo === true;
  const result: IndicatorValue = {
    indicator: definition.id,
    townCode: scope.code,
    townName: scope.name,
    value,
    unit: definition.unit,
    direction: definition.direction,
    areaM2,
    status: indicatorStatus(value, target?.assigned, definition.direction, targets?.atRiskMarginPercent ?? 0),
  };
  if (denominatorM2 !== undefined) result.denominatorM2 = denominatorM2;
  if (target) {
    result.target = target.assigned;
    result.gap = round4(value - target.assigned);
    if (target.committed !== undefined) result.committed = target.committed;
  }
  if (demo) result.demo = true;
  return result;
}
