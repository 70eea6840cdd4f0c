// Pure (geometry through the port). Takes a conflict, the chosen kind, the current plans and the decision
// details; returns the resolution with its feature edits (before/after) or the reasons it cannot be made:
// an exception needs approval number, authority and reason; an R08 major (国家重大项目) or a policy rule
// that requires 补划 needs replacement farmland of at least the occupied area unless the subject yields.
// A yield takes away the conflict region only; in a full-coverage layer it splits the overlap off instead.
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { roundM2 } from '../geometry/areaUnits.ts';
import type { GeometryPort } from '../geometry/port.ts';
import { featureId as makeFeatureId } from '../model/featureId.ts';
import { isLayerCode, layerInfo } from '../model/layers.ts';
import { featureName } from '../rules/featureName.ts';
import { CORRIDOR_WIDTH_FIELD } from '../rules/prepareFeature.ts';
import type { Geometry, PlanDocument, PlanFeature, Properties, PropertyValue } from '../model/types.ts';
import type { Conflict, ConflictParty } from '../rules/types.ts';
import { DEFAULT_FULL_COVERAGE } from './fullCoverageOf.ts';
import { isMaintenanceLogNumber } from './maintenanceLogNumber.ts';
import { nextFreeBsm } from './nextFreeBsm.ts';
import type {
  ChangeType,
  Compensation,
  ExceptionRecord,
  FeatureEdit,
  FullCoverageLayer,
  Message,
  Resolution,
  ResolutionKind,
} from './types.ts';
import { say } from '../i18n/index.ts';

export interface ResolutionRequest {
  conflict: Conflict;
  kind: ResolutionKind;
  decidedBy: string;
  decidedAt: string;
  /** The next maintenance-log number; used only when the resolution changes data. */
  logNumber: string;
  reason: string;
  exception?: ExceptionRecord;
  attribute?: { side: 'subject' | 'object'; field: string; value: PropertyValue };
  compensation?: { bsm: string; geometry: Geometry; properties?: Properties };
  /** The policy requires 补划 for this conflict (R08 major requires it always). */
  requiresCompensation?: boolean;
  /** The policy's full-coverage layers (fullCoverageOf); absent = the default's (a yield there splits, never leaves a hole). */
  fullCoverage?: readonly FullCoverageLayer[];
}

export type ResolutionResult = { ok: true; resolution: Resolution } | { ok: false; errors: Message[] };

const M2_PER_HA = 10_000;

export function createResolution(request: ResolutionRequest, plans: readonly PlanDocument[], port: GeometryPort): ResolutionResult {
  const { conflict: c, kind } = request;
  const errors: Message[] = [];
  if (request.decidedBy.trim() === '') errors.push(say('resolutions.createResolution.createResolution'));
  const edits: FeatureEdit[] = [];

  if (kind === 'subjectYields' || kind === 'objectYields') {
    const yielding = kind === 'subjectYields' ? c.subject : c.object;
    const other = kind === 'subjectYields' ? c.object : c.subject;
    const found = yielding ? findFeature(plans, yielding) : undefined;
    if (!found) errors.push(say('resolutions.createResolution.createResolution-2', { key: c.key }));
    else {
      const otherFeature = other ? findFeature(plans, other)?.feature : undefined;
      const cutBy = cutRegionOf(c.region, otherFeature?.geometry ?? null);
      const coverage = (request.fullCoverage ?? DEFAULT_FULL_COVERAGE).find((l) => l.layer === found.feature.layer);
      if (!cutBy) errors.push(say('resolutions.createResolution.createResolution-3', { key: c.key }));
      else if (coverage && isPolygonal(found.feature.geometry)) errors.push(...splitOff(c, found, cutBy, coverage, plans, port, edits));
      else {
        const g = found.feature.geometry;
        const keep = isPolygonal(g) ? 'polygonal' : g.type === 'LineString' || g.type === 'MultiLineString' ? 'lineal' : 'puntal';
        if (!port.intersection(g, cutBy, { keep })) errors.push(nothingToYield(c, found.feature));
        else {
          const after = port.difference(g, cutBy);
          // A line is measured by its corridor (KD/2 each side): cut back to the region's edge, its corridor
          // would still overlap and the conflict come back, so the yield is refused rather than promised.
          const widthM = found.feature.properties[CORRIDOR_WIDTH_FIELD];
          const corridor =
            keep === 'lineal' && after !== null && typeof widthM === 'number' && widthM > 0 ? port.bufferM(after, widthM / 2) : null;
          const stillM2 = corridor ? ellipsoidalAreaM2(port.intersection(corridor, cutBy, { keep: 'polygonal' })) : 0;
          if (stillM2 >= CORRIDOR_NOISE_M2) errors.push(corridorStillOverlaps(c, found.feature, stillM2));
          else edits.push(edit(found.planId, found.feature, after === null ? null : withGeometry(found.feature, after), 3));
        }
      }
    }
  } else if (kind === 'changeAttribute') {
    const a = request.attribute;
    const party = a ? (a.side === 'subject' ? c.subject : c.object) : null;
    const found = party ? findFeature(plans, party) : undefined;
    if (!a || a.field.trim() === '') errors.push(say('resolutions.createResolution.createResolution-4'));
    else if (!found) errors.push(say('resolutions.createResolution.createResolution-5', { key: c.key }));
    else
      edits.push(
        edit(
          found.planId,
          found.feature,
          { geometry: found.feature.geometry, properties: { ...found.feature.properties, [a.field]: a.value } },
          2,
        ),
      );
  } else if (kind === 'exception') {
    const e = request.exception;
    if (!e || e.approvalNumber.trim() === '') errors.push(say('resolutions.createResolution.createResolution-6'));
    if (!e || e.authority.trim() === '') errors.push(say('resolutions.createResolution.createResolution-7'));
    if (!e || e.reason.trim() === '') errors.push(say('resolutions.createResolution.createResolution-8'));
    if (e?.expiresOn !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e.expiresOn))
      errors.push(say('resolutions.createResolution.createResolution-9', { expiresOn: e.expiresOn }));
  }

  let compensation: Compensation | undefined;
  const needsCompensation =
    (request.requiresCompensation || (c.ruleId === 'R08' && c.severity === 'major')) && kind !== 'subjectYields' && kind !== 'defer';
  if (request.compensation || needsCompensation) {
    const requiredM2 = c.measure.areaM2 ?? 0;
    const farmland = c.object?.layer === 'YJJBNT' ? c.object : c.subject?.layer === 'YJJBNT' ? c.subject : null;
    const comp = request.compensation;
    if (!comp) errors.push(say('resolutions.createResolution.createResolution-10', { value: (requiredM2 / M2_PER_HA).toFixed(4) }));
    else if (!farmland) errors.push(say('resolutions.createResolution.createResolution-11', { key: c.key }));
    else {
      const areaM2 = ellipsoidalAreaM2(comp.geometry);
      if (areaM2 + 1e-6 < requiredM2) {
        errors.push(
          say('resolutions.createResolution.createResolution-12', {
            value: (areaM2 / M2_PER_HA).toFixed(4),
            value2: (requiredM2 / M2_PER_HA).toFixed(4),
          }),
        );
      } else {
        compensation = {
          bsm: comp.bsm,
          geometry: comp.geometry,
          ...(comp.properties ? { properties: comp.properties } : {}),
          areaM2,
          requiredM2,
        };
        const id = makeFeatureId(farmland.planId, comp.bsm);
        if (plans.some((p) => p.features.some((f) => f.id === id)))
          errors.push(say('resolutions.createResolution.createResolution-13', { bsm: comp.bsm }));
        const properties: Properties = { ...(comp.properties ?? {}), BSM: comp.bsm, MJ: roundM2(areaM2) };
        edits.push({
          planId: farmland.planId,
          featureId: id,
          layer: 'YJJBNT',
          changeType: 1,
          before: null,
          after: { geometry: comp.geometry, properties },
        });
      }
    }
  }
  // Only a change of data is logged: 暂缓 and a 例外 without 补划 get no change type and no log number.
  if (edits.length > 0 && !isMaintenanceLogNumber(request.logNumber))
    errors.push(say('resolutions.createResolution.createResolution-14', { logNumber: request.logNumber }));
  if (errors.length > 0) return { ok: false, errors };

  const changeType: ChangeType | undefined = edits[0]?.changeType;
  const resolution: Resolution = {
    conflictKey: c.key,
    ruleId: c.ruleId,
    severity: c.severity,
    regionHash: c.regionHash,
    ...(measureOf(c.measure) ? { measure: measureOf(c.measure)! } : {}),
    kind,
    status: 'applied',
    decidedBy: request.decidedBy,
    decidedAt: request.decidedAt,
    ...(changeType !== undefined ? { logNumber: request.logNumber, changeType } : {}),
    reason: request.reason,
    ...(kind === 'exception' && request.exception ? { exception: request.exception } : {}),
    ...(kind === 'changeAttribute' && request.attribute
      ? {
          attribute: {
            featureId: (request.attribute.side === 'subject' ? c.subject : c.object)!.featureId,
            field: request.attribute.field,
            value: request.attribute.value,
          },
        }
      : {}),
    ...(compensation ? { compensation } : {}),
    edits,
  };
  return { ok: true, resolution };
}

function findFeature(plans: readonly PlanDocument[], party: ConflictParty): { planId: string; feature: PlanFeature } | undefined {
  for (const p of plans) {
    if (p.plan.id !== party.planId) continue;
    const feature = p.features.find((f) => f.id === party.featureId);
    if (feature) return { planId: p.plan.id, feature };
  }
  return undefined;
}

/**
 * What a yield takes away: the conflict region when it is polygonal (an overlap, the part outside a boundary,
 * the part inside a distance zone), so a yield never changes more than the conflict; else the other side's
 * polygonal footprint. Joining both, as before, took a whole parcel away for an "outside" conflict.
 */
function cutRegionOf(region: Geometry | null, other: Geometry | null): Geometry | null {
  if (region && isPolygonal(region)) return region;
  return other && isPolygonal(other) ? other : null;
}

function isPolygonal(g: Geometry): boolean {
  return g.type === 'Polygon' || g.type === 'MultiPolygon';
}

/** Below this a remainder is GEOS noise along the region's edge, not a parcel. */
const NOISE_M2 = 0.01;

/**
 * A yield inside a full-coverage layer: the overlap becomes its own parcel (next free BSM of the layer, so a
 * deterministic id) with the use the policy names for the rule, and the parcel keeps the rest; a parcel wholly
 * inside the region keeps its shape and takes the use. Never a hole, never a deleted parcel: without a use for
 * the rule the yield is refused. Pushes the edits; returns the reasons it was refused.
 */
function splitOff(
  c: Conflict,
  found: { planId: string; feature: PlanFeature },
  cutBy: Geometry,
  coverage: FullCoverageLayer,
  plans: readonly PlanDocument[],
  port: GeometryPort,
  edits: FeatureEdit[],
): Message[] {
  const f = found.feature;
  const use = coverage.splitUses.find((u) => u.ruleId === c.ruleId);
  if (!use) {
    const who = partyNames(f);
    return [say('resolutions.createResolution.no-yield-use', { who, rule: ruleRef(c) })];
  }
  const cut = port.intersection(f.geometry, cutBy, { keep: 'polygonal' });
  if (!cut || ellipsoidalAreaM2(cut) < NOISE_M2) return [nothingToYield(c, f)];
  const useProps: Properties = { [coverage.classField]: use.code, ...(coverage.nameField ? { [coverage.nameField]: use.nameZh } : {}) };
  const rest = port.difference(f.geometry, cutBy, { keep: 'polygonal' });
  if (!rest || ellipsoidalAreaM2(rest) < NOISE_M2) {
    edits.push(edit(found.planId, f, { geometry: f.geometry, properties: { ...f.properties, ...useProps } }, 2));
    return [];
  }
  const plan = plans.find((p) => p.plan.id === found.planId)!;
  const newBsm = nextFreeBsm(plan, f.layer, String(f.properties['BSM'] ?? f.id));
  const part = withGeometry({ ...f, properties: { ...f.properties, ...useProps, BSM: newBsm } }, cut);
  edits.push(edit(found.planId, f, withGeometry(f, rest), 3));
  edits.push({
    planId: found.planId,
    featureId: makeFeatureId(found.planId, newBsm),
    layer: f.layer,
    changeType: 1,
    before: null,
    after: part,
  });
  return [];
}

/** Overlaps under 1 m² are noise (the rules' own tolerance). */
const CORRIDOR_NOISE_M2 = 1;

function corridorStillOverlaps(c: Conflict, f: PlanFeature, stillM2: number): Message {
  const who = partyNames(f);
  return say('resolutions.createResolution.corridor-still-overlaps', { who, rule: ruleRef(c), areaM2: stillM2.toFixed(2) });
}

function nothingToYield(c: Conflict, f: PlanFeature): Message {
  const who = partyNames(f);
  return say('resolutions.createResolution.nothing-to-yield', { who, rule: ruleRef(c) });
}

/** The rule as named in a message: id and (Chinese) title in Chinese, the id alone in English. */
function ruleRef(c: Conflict): Message {
  return { zh: `${c.ruleId}「${c.title}」`, en: c.ruleId };
}

/** "规划用地用海 419001…（城镇住宅用地）": layer name, BSM and name, as a person reads it. */
function partyNames(f: PlanFeature): Message {
  const info = isLayerCode(f.layer) ? layerInfo(f.layer) : { nameZh: f.layer, nameEn: f.layer };
  const bsm = String(f.properties['BSM'] ?? f.id);
  const name = featureName(f.layer, f.properties);
  return { zh: `${info.nameZh} ${bsm}${name ? `（${name}）` : ''}`, en: `${info.nameEn} ${bsm}${name ? ` (${name})` : ''}` };
}

function withGeometry(feature: PlanFeature, geometry: Geometry): { geometry: Geometry; properties: Properties } {
  const properties = { ...feature.properties };
  // Keep the area field true to the new shape, or the R28 area check would flag every fix.
  if (typeof properties['MJ'] === 'number' && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon'))
    properties['MJ'] = roundM2(ellipsoidalAreaM2(geometry));
  return { geometry, properties };
}

function edit(
  planId: string,
  feature: PlanFeature,
  after: { geometry: Geometry; properties: Properties } | null,
  changeType: ChangeType,
): FeatureEdit {
  return {
    planId,
    featureId: feature.id,
    layer: feature.layer,
    changeType,
    before: { geometry: feature.geometry, properties: feature.properties },
    after,
  };
}

/** The conflict's area, length and distance as the record keeps them (a re-open reason quotes them). */
function measureOf(m: Conflict['measure']): Resolution['measure'] | undefined {
  const out: NonNullable<Resolution['measure']> = {};
  if (m.areaM2 !== undefined) out.areaM2 = m.areaM2;
  if (m.lengthM !== undefined) out.lengthM = m.lengthM;
  if (m.distanceM !== undefined) out.distanceM = m.distanceM;
  return Object.keys(out).length > 0 ? out : undefined;
}
