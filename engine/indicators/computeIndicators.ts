// Pure (given a port). computeIndicators(plans, targets, port, options) → IndicatorValue[]: every indicator
// of the catalogue (or `options.ids`) for the whole territory and for each town (9-digit XZQDM in XZQ), on
// dissolved geometry with ellipsoidal areas, each with its 下达 target and status. Sorted: catalogue order,
// the whole territory first, then towns by code. A ratio without a denominator (no XZQ, no baseline) is left out.
import { m2ToHectares } from '../geometry/areaUnits.ts';
import type { GeometryPort } from '../geometry/port.ts';
import type { Geometry, PlanDocument, PlanFeature } from '../model/types.ts';
import { INDICATOR_DEFINITIONS } from './definitions.ts';
import { createDissolveContext, hold, type DissolveContext, type HeldArea } from './dissolveContext.ts';
import { findBaseline, findTarget } from './findTarget.ts';
import { indicatorStatus } from './indicatorStatus.ts';
import { matchAnySource } from './matchSource.ts';
import { measureDissolvedArea, type DissolvedArea } from './measureDissolvedArea.ts';
import type { AreaMeasure, IndicatorDefinition, IndicatorId, IndicatorValue, Targets } from './types.ts';
import { safeUnion } from './safeOverlay.ts';

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
  const features: PlanFeature[] = plans.flatMap((p) => p.features);
  const planVersion = options.planVersion ?? plans.find((p) => p.plan.kind === 'land')?.plan.version;
  const definitions = options.ids
    ? INDICATOR_DEFINITIONS.filter((d) => options.ids!.includes(d.id))
    : INDICATOR_DEFINITIONS;
  const repaired = new Map<PlanFeature, Geometry | null>();
  const geometryOf =
    options.geometryOf ??
    ((f: PlanFeature): Geometry | null => {
      if (!repaired.has(f)) repaired.set(f, validGeometry(port, f.geometry));
      return repaired.get(f)!;
    });
  const xzq = features.filter((f) => f.layer === 'XZQ');
  const ctx = createDissolveContext(
    xzq.map((f) => ({ ...f, geometry: geometryOf(f) })).filter((f): f is PlanFeature => f.geometry !== null),
    port,
  );
  const held: HeldArea[] = [];
  try {
    const cache = new Map<string, DissolvedArea>();
    const measure = (m: AreaMeasure): DissolvedArea => {
      const key = JSON.stringify(m);
      let result = cache.get(key);
      if (!result) {
        result = measureArea(m, features, geometryOf, ctx, held);
        cache.set(key, result);
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
    for (const h of held) port.release(h.handle);
    ctx.release();
  }
}

function validGeometry(port: GeometryPort, g: Geometry): Geometry | null {
  if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') return null;
  return port.validity(g).valid ? g : port.makeValid(g);
}

function measureArea(
  m: AreaMeasure,
  features: readonly PlanFeature[],
  geometryOf: (f: PlanFeature) => Geometry | null,
  ctx: DissolveContext,
  held: HeldArea[],
): DissolvedArea {
  const geometriesOf = (sel: AreaMeasure['of']): Geometry[] =>
    features
      .filter((f) => matchAnySource(f, sel))
      .map(geometryOf)
      .filter((g): g is Geometry => g !== null);
  let within: HeldArea | null = null;
  if (m.within) {
    const clip = safeUnion(ctx.port, geometriesOf(m.within).filter((g) => g.type === 'Polygon' || g.type === 'MultiPolygon'));
    if (!clip) return { totalM2: 0, byTownM2: new Map(ctx.towns.map((t) => [t.code, 0])) };
    within = hold(ctx.port, clip);
    held.push(within);
  }
  return measureDissolvedArea(geometriesOf(m.of), within, ctx);
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
