// Pure. validatePlanDocument(value) → { plan?, kind?, findings } for an already parsed JSON value: the
// document's shape, per-feature structure and geometry (fatal), the generated plan schema (plan metadata
// fatal, attributes quality), then quality checks (self-intersection, holes, overlapping parts, duplicate id/BSM, codes of the
// declared classification, MJ vs ellipsoidal area, source CRS). Findings are sorted; the input is not mutated.
import { say, type Bilingual } from '../i18n/index.ts';
import { featureId, isDerivedId, isUuid } from '../model/featureId.ts';
import { fieldForAlias, fieldOf } from '../model/fieldSchema.ts';
import { geometryTypesOf, isLayerCode, layerInfo, layersOfKind, PLAN_KINDS } from '../model/layers.ts';
import type { Classification, Geometry, LayerCode, PlanDocument, PlanKind } from '../model/types.ts';
import { checkArea, DEFAULT_AREA_TOLERANCE } from './checkArea.ts';
import { checkCode, CODE_FIELDS } from './checkCodes.ts';
import { checkCrs } from './checkCrs.ts';
import { checkGeometry } from './checkGeometry.ts';
import { finding, pointerSegment } from './finding.ts';
import { firstSeen } from './firstSeen.ts';
import type { FeatureRef } from './messages.ts';
import { overlappingParts } from './overlappingParts.ts';
import { polygonDefect } from './polygonDefects.ts';
import { schemaFindings } from './schemaFindings.ts';
import { schemaView } from './schemaView.ts';
import { sortFindings } from './sortFindings.ts';
import type { Finding, PlanValidation, ValidateOptions } from './types.ts';
import { validateSchema } from './validateSchema.ts';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

export function validatePlanDocument(value: unknown, options: ValidateOptions = {}): PlanValidation {
  const findings: Finding[] = [];
  if (!isObject(value)) {
    const kind = Array.isArray(value)
      ? say('validate.validatePlanDocument.an-array')
      : { zh: value === null ? 'null' : typeof value, en: value === null ? 'null' : typeof value };
    return {
      findings: [
        finding('not-an-object', '', {
          found: Array.isArray(value) ? 'array' : String(value === null ? 'null' : typeof value),
          detail: { foundZh: kind.zh, foundEn: kind.en },
        }),
      ],
    };
  }
  if (value.type !== 'FeatureCollection') {
    findings.push(
      finding('not-feature-collection', '/type', {
        expected: 'FeatureCollection',
        found: typeof value.type === 'string' ? value.type : null,
      }),
    );
  }
  const plan = value.plan;
  let kind: PlanKind | undefined;
  if (!isObject(plan)) findings.push(finding('missing-plan', '/plan'));
  else if (typeof plan.kind !== 'string' || !(PLAN_KINDS as readonly string[]).includes(plan.kind)) {
    findings.push(
      finding('unknown-kind', '/plan/kind', {
        field: 'kind',
        expected: [...PLAN_KINDS],
        found: typeof plan.kind === 'string' ? plan.kind : null,
      }),
    );
  } else kind = plan.kind as PlanKind;
  if (!Array.isArray(value.features)) findings.push(finding('features-not-array', '/features'));
  if (findings.length > 0 || !kind || !isObject(plan)) return { ...(kind ? { kind } : {}), findings: sortFindings(findings) };

  const features = value.features as unknown[];
  const layerCodes = layersOfKind(kind).map((l) => l.code);
  const refs: FeatureRef[] = features.map((f, index) =>
    options.nameFeature ? { index, ...options.nameFeature(index) } : featureRefOf(f, index),
  );
  const layers: (LayerCode | undefined)[] = features.map((f) =>
    isObject(f) && isLayerCode(f.layer) && layerCodes.includes(f.layer) ? f.layer : undefined,
  );
  const fatalFeatures = new Set<number>();

  for (let i = 0; i < features.length; i++) {
    const problem = checkFeatureStructure(features[i], i, refs[i]!, layers[i], layerCodes);
    if (problem) {
      findings.push(problem);
      fatalFeatures.add(i);
    }
  }

  const schemaName = `plan-${kind}` as const;
  const schema = validateSchema(schemaName, schemaView(value, features, fatalFeatures));
  if (!schema.valid) {
    // A loop, not push(...): a finding on every feature of a 300k plan passes the engine's argument limit.
    for (const f of schemaFindings(schema.errors, { data: value, featureRef: (i) => refs[i]!, layerOf: (i) => layers[i], fatalFeatures }))
      findings.push(f);
  }

  const classification =
    plan.classification === 'ydyh2023' || plan.classification === 'sandiao' ? (plan.classification as Classification) : undefined;
  const flaggedCodes = flaggedCodeValues(findings);
  for (const f of qualityChecks(features, layers, refs, fatalFeatures, flaggedCodes, plan, classification, options)) findings.push(f);

  const sorted = sortFindings(findings);
  const fatal = sorted.some((f) => f.level === 'fatal');
  return fatal ? { kind, findings: sorted } : { kind, plan: value as unknown as PlanDocument, findings: sorted };
}

/**
 * The paths of the code values the schema already flagged, which the code check leaves alone. Only a finding on a
 * code field's value counts (a missing field has no value to check), so a plan whose findings are elsewhere, even one
 * on every feature, gives an empty set and the code check builds no pointer.
 */
function flaggedCodeValues(findings: readonly Finding[]): Set<string> {
  const paths = new Set<string>();
  for (const f of findings) {
    if (f.code === 'missing-field' || f.featureIndex === undefined || f.layer === undefined || f.field === undefined) continue;
    if (CODE_FIELDS[f.layer]?.[f.field]) paths.add(f.path);
  }
  return paths;
}

function featureRefOf(f: unknown, index: number): FeatureRef {
  const ref: FeatureRef = { index };
  if (!isObject(f)) return ref;
  if (typeof f.id === 'string' || typeof f.id === 'number') ref.id = String(f.id);
  const props = f.properties;
  if (isObject(props) && typeof props.BSM === 'string') ref.bsm = props.BSM;
  return ref;
}

function checkFeatureStructure(
  f: unknown,
  i: number,
  feature: FeatureRef,
  layer: LayerCode | undefined,
  layerCodes: LayerCode[],
): Finding | undefined {
  const path = featurePath(i);
  if (!isObject(f)) return invalidFeature(say('validate.validatePlanDocument.feature-not-object'), path, feature);
  if (f.type !== 'Feature')
    return invalidFeature(
      say('validate.validatePlanDocument.not-a-feature', { found: JSON.stringify(f.type ?? null) }),
      `${path}/type`,
      feature,
    );
  if (!layer)
    return finding('unknown-layer', `${path}/layer`, {
      feature,
      expected: layerCodes,
      found: typeof f.layer === 'string' ? f.layer : null,
    });
  if (!isObject(f.properties))
    return invalidFeature(say('validate.validatePlanDocument.properties-not-object'), `${path}/properties`, feature);
  return checkGeometry(f.geometry, geometryTypesOf(layer), { feature, path: `${path}/geometry` });
}

function invalidFeature(detail: Bilingual, path: string, feature: FeatureRef): Finding {
  return finding('invalid-feature', path, { feature, detail });
}

function qualityChecks(
  features: unknown[],
  layers: (LayerCode | undefined)[],
  refs: FeatureRef[],
  fatalFeatures: ReadonlySet<number>,
  flaggedCodes: ReadonlySet<string>,
  plan: Json,
  classification: Classification | undefined,
  options: ValidateOptions,
): Finding[] {
  const out: Finding[] = [];
  const tolerance = options.areaTolerance ?? DEFAULT_AREA_TOLERANCE;
  const planId = typeof plan.id === 'string' ? plan.id : undefined;
  // The keys the loop below records: a feature's id and BSM when they are strings, on features it checks.
  const checked = (i: number): Json | undefined => (fatalFeatures.has(i) || !layers[i] ? undefined : (features[i] as Json));
  const idAt = (i: number) => {
    const id = checked(i)?.id;
    return typeof id === 'string' ? id : undefined;
  };
  const bsmAt = (i: number) => {
    const bsm = (checked(i)?.properties as Json | undefined)?.BSM;
    return typeof bsm === 'string' ? bsm : undefined;
  };
  const firstById = firstSeen(idAt);
  const firstByBsm = firstSeen(bsmAt);
  const aliasUse = new Map<string, { layer: LayerCode; key: string; field: string; title: string; count: number; path: string }>();
  let lonSum = 0;
  let lonCount = 0;

  for (let i = 0; i < features.length; i++) {
    const layer = layers[i];
    if (fatalFeatures.has(i) || !layer) continue;
    const f = features[i] as Json;
    const props = f.properties as Json;
    const feature = refs[i]!;

    if (typeof f.id === 'string') {
      const first = firstById.repeatOf(f.id, i);
      if (first !== undefined)
        out.push(
          finding('duplicate-id', `${featurePath(i)}/id`, { feature, layer, field: 'id', found: f.id, detail: { first: first + 1 } }),
        );
    }
    if (typeof props.BSM === 'string') {
      const first = firstByBsm.repeatOf(props.BSM, i);
      if (first !== undefined)
        out.push(
          finding('duplicate-bsm', `${featurePath(i)}/properties/BSM`, {
            feature,
            layer,
            field: 'BSM',
            found: props.BSM,
            detail: { first: first + 1 },
          }),
        );
      // An id equal to the derived one is a UUID, so the pattern is tested only on a mismatch; the expected id is worded
      // only for a finding.
      if (planId !== undefined && typeof f.id === 'string' && !isDerivedId(f.id, planId, props.BSM) && isUuid(f.id)) {
        const expected = featureId(planId, props.BSM);
        out.push(finding('id-not-derived', `${featurePath(i)}/id`, { feature, layer, field: 'id', expected, found: f.id }));
      }
    }

    const codeFields = CODE_FIELDS[layer];
    for (const key of Object.keys(props)) {
      // The pointer is built only for a code field or an alias (checkCode ignores every other key).
      if (classification && codeFields?.[key]) {
        // A value the schema already flagged is not checked again (its pointer is built only when something was flagged).
        if (flaggedCodes.size === 0 || !flaggedCodes.has(`${featurePath(i)}/properties/${pointerSegment(key)}`)) {
          const problem = checkCode(layer, key, props[key], classification, feature);
          if (problem) out.push(problem);
        }
      }
      if (!fieldOf(layer, key)) {
        const target = fieldForAlias(layer, key);
        if (target) {
          const id = `${layer}\u0000${key}`;
          const use = aliasUse.get(id);
          if (use) use.count++;
          else
            aliasUse.set(id, {
              layer,
              key,
              field: target.key,
              title: target.title,
              count: 1,
              path: `${featurePath(i)}/properties/${pointerSegment(key)}`,
            });
        }
      }
    }

    const geometry = f.geometry as Geometry;
    lonSum += firstLon(geometry);
    lonCount++;
    let defective = false;
    if (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon') {
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      for (let p = 0; p < polygons.length && !defective; p++) {
        const defect = polygonDefect(polygons[p]!);
        if (!defect) continue;
        defective = true;
        const multi = geometry.type === 'MultiPolygon';
        const geomPath = `${featurePath(i)}/geometry/coordinates${multi ? `/${p}` : ''}/${defect.ring}`;
        const part = multi ? { partZh: `第 ${p + 1} 个面的`, partEn: `part ${p + 1}, ` } : { partZh: '', partEn: '' };
        if (defect.kind === 'self-intersection') {
          const same = defect.ring === defect.otherRing;
          out.push(
            finding('self-intersection', geomPath, {
              feature,
              layer,
              found: [round7(defect.at[0]), round7(defect.at[1])],
              detail: same
                ? { ...part, ringsZh: `第 ${defect.ring + 1} 个环自身`, ringsEn: `ring ${defect.ring + 1} with itself` }
                : {
                    ...part,
                    ringsZh: `第 ${defect.ring + 1} 个环与第 ${defect.otherRing + 1} 个环`,
                    ringsEn: `rings ${defect.ring + 1} and ${defect.otherRing + 1}`,
                  },
            }),
          );
        } else {
          out.push(finding('hole-outside-shell', geomPath, { feature, layer, detail: { ...part, ring: defect.ring + 1 } }));
        }
      }
      // Valid parts can still overlap each other: the summed area would count the overlap twice (so the MJ check
      // is skipped for this feature; the rules measure the union, as GEOS MakeValid repairs it).
      if (!defective && geometry.type === 'MultiPolygon') {
        const overlap = overlappingParts(geometry.coordinates);
        if (overlap) {
          defective = true;
          out.push(
            finding('parts-overlap', `${featurePath(i)}/geometry/coordinates/${overlap.second}`, {
              feature,
              layer,
              found: [round7(overlap.at[0]), round7(overlap.at[1])],
              detail: { first: overlap.first + 1, second: overlap.second + 1 },
            }),
          );
        }
      }
    }
    if (!defective && typeof props.MJ === 'number' && layerInfo(layer).geometry !== 'line') {
      const problem = checkArea(geometry, props.MJ, tolerance, feature, layer);
      if (problem) out.push(problem);
    }
  }

  for (const use of aliasUse.values()) {
    out.push(
      finding('alias-field', use.path, {
        layer: use.layer,
        field: use.field,
        fieldTitle: use.title,
        found: use.key,
        detail: { layer: use.layer, count: use.count },
      }),
    );
  }
  if (typeof plan.sourceCrs === 'string') out.push(...checkCrs(plan.sourceCrs, lonCount > 0 ? lonSum / lonCount : undefined));
  return out;
}

/** A feature's JSON pointer, built only for a finding: a clean plan needs none. */
function featurePath(index: number): string {
  return `/features/${index}`;
}

/**
 * The first position's longitude (NaN for empty coordinates). Each nesting has its own `[0]`: one indexed load seeing
 * arrays of arrays and arrays of numbers makes V8's optimizer turn every array of numbers it meets into boxed numbers.
 */
function firstLon(g: Geometry): number {
  switch (g.type) {
    case 'Point':
      return g.coordinates[0] ?? NaN;
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates[0]?.[0] ?? NaN;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates[0]?.[0]?.[0] ?? NaN;
    case 'MultiPolygon':
      return g.coordinates[0]?.[0]?.[0]?.[0] ?? NaN;
    default:
      return NaN;
  }
}

function round7(v: number): number {
  return Math.round(v * 1e7) / 1e7;
}
