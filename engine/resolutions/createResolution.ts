// Pure (geometry through the port). Takes a conflict, the chosen kind, the current plans and the decision
// details; returns the resolution with its feature edits (before/after) or the reasons it cannot be made:
// an exception needs approval number, authority and reason; an R08 major (国家重大项目) or a policy rule
// that requires 补划 needs replacement farmland of at least the occupied area unless the subject yields.
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { roundM2 } from '../geometry/areaUnits.ts';
import type { GeometryPort } from '../geometry/port.ts';
import { featureId as makeFeatureId } from '../model/featureId.ts';
import type { Geometry, PlanDocument, PlanFeature, Properties, PropertyValue } from '../model/types.ts';
import type { Conflict, ConflictParty } from '../rules/types.ts';
import type { ChangeType, Compensation, ExceptionRecord, FeatureEdit, Message, Resolution, ResolutionKind } from './types.ts';

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
}

export type ResolutionResult = { ok: true; resolution: Resolution } | { ok: false; errors: Message[] };

const M2_PER_HA = 10_000;

export function createResolution(request: ResolutionRequest, plans: readonly PlanDocument[], port: GeometryPort): ResolutionResult {
  const { conflict: c, kind } = request;
  const errors: Message[] = [];
  if (request.decidedBy.trim() === '') errors.push({ zh: '未填写处置人', en: 'the name of who decides is missing' });
  const edits: FeatureEdit[] = [];

  if (kind === 'subjectYields' || kind === 'objectYields') {
    const yielding = kind === 'subjectYields' ? c.subject : c.object;
    const other = kind === 'subjectYields' ? c.object : c.subject;
    const found = yielding ? findFeature(plans, yielding) : undefined;
    if (!found) errors.push({ zh: `冲突 ${c.key} 中让步一方的要素不存在`, en: `the yielding feature of ${c.key} does not exist` });
    else {
      const otherFeature = other ? findFeature(plans, other)?.feature : undefined;
      const footprint = footprintOf(port, otherFeature?.geometry ?? null, c.region);
      if (!footprint) errors.push({ zh: `冲突 ${c.key} 没有可扣除的面状区域`, en: `${c.key} has no polygonal region to subtract` });
      else {
        const after = port.difference(found.feature.geometry, footprint);
        edits.push(edit(found.planId, found.feature, after === null ? null : withGeometry(found.feature, after), 3));
      }
    }
  } else if (kind === 'changeAttribute') {
    const a = request.attribute;
    const party = a ? (a.side === 'subject' ? c.subject : c.object) : null;
    const found = party ? findFeature(plans, party) : undefined;
    if (!a || a.field.trim() === '') errors.push({ zh: '修改属性需要指定字段与新值', en: 'changing an attribute needs a field and a value' });
    else if (!found) errors.push({ zh: `冲突 ${c.key} 中要修改的要素不存在`, en: `the feature to change in ${c.key} does not exist` });
    else edits.push(edit(found.planId, found.feature, { geometry: found.feature.geometry, properties: { ...found.feature.properties, [a.field]: a.value } }, 2));
  } else if (kind === 'exception') {
    const e = request.exception;
    if (!e || e.approvalNumber.trim() === '') errors.push({ zh: '例外需要批准文号', en: 'an exception needs the approval document number' });
    if (!e || e.authority.trim() === '') errors.push({ zh: '例外需要批准机关', en: 'an exception needs the issuing authority' });
    if (!e || e.reason.trim() === '') errors.push({ zh: '例外需要理由', en: 'an exception needs a reason' });
    if (e?.expiresOn !== undefined && !/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(e.expiresOn)) errors.push({ zh: `有效期应为 yyyy-mm-dd，实际为「${e.expiresOn}」`, en: `expiry must be yyyy-mm-dd, found "${e.expiresOn}"` });
  }

  let compensation: Compensation | undefined;
  const needsCompensation = (request.requiresCompensation || (c.ruleId === 'R08' && c.severity === 'major')) && kind !== 'subjectYields' && kind !== 'defer';
  if (request.compensation || needsCompensation) {
    const requiredM2 = c.measure.areaM2 ?? 0;
    const farmland = c.object?.layer === 'YJJBNT' ? c.object : c.subject?.layer === 'YJJBNT' ? c.subject : null;
    const comp = request.compensation;
    if (!comp) errors.push({ zh: `国家重大项目占用永久基本农田 ${(requiredM2 / M2_PER_HA).toFixed(4)} 公顷，须先补划不少于该面积的永久基本农田`, en: `the project occupies ${(requiredM2 / M2_PER_HA).toFixed(4)} ha of permanent farmland: add replacement farmland of at least that area first` });
    else if (!farmland) errors.push({ zh: `冲突 ${c.key} 不涉及永久基本农田，无法补划`, en: `${c.key} involves no permanent farmland to replace` });
    else {
      const areaM2 = ellipsoidalAreaM2(comp.geometry);
      if (areaM2 + 1e-6 < requiredM2) {
        errors.push({ zh: `补划面积 ${(areaM2 / M2_PER_HA).toFixed(4)} 公顷小于占用面积 ${(requiredM2 / M2_PER_HA).toFixed(4)} 公顷`, en: `replacement area ${(areaM2 / M2_PER_HA).toFixed(4)} ha is less than the occupied ${(requiredM2 / M2_PER_HA).toFixed(4)} ha` });
      } else {
        compensation = { bsm: comp.bsm, geometry: comp.geometry, ...(comp.properties ? { properties: comp.properties } : {}), areaM2, requiredM2 };
        const id = makeFeatureId(farmland.planId, comp.bsm);
        if (plans.some((p) => p.features.some((f) => f.id === id))) errors.push({ zh: `补划图斑 BSM ${comp.bsm} 已存在`, en: `replacement parcel BSM ${comp.bsm} already exists` });
        const properties: Properties = { ...(comp.properties ?? {}), BSM: comp.bsm, MJ: roundM2(areaM2) };
        edits.push({ planId: farmland.planId, featureId: id, layer: 'YJJBNT', changeType: 1, before: null, after: { geometry: comp.geometry, properties } });
      }
    }
  }
  // Only a change of data is logged: 暂缓 and a 例外 without 补划 get no change type and no log number.
  if (edits.length > 0 && !/^[0-9]{14}$/.test(request.logNumber)) errors.push({ zh: `维护日志编号应为 yyyymmdd + 6 位序号，实际为「${request.logNumber}」`, en: `log number must be yyyymmdd + 6 digits, found "${request.logNumber}"` });
  if (errors.length > 0) return { ok: false, errors };

  const changeType: ChangeType | undefined = edits[0]?.changeType;
  const resolution: Resolution = {
    conflictKey: c.key,
    ruleId: c.ruleId,
    severity: c.severity,
    regionHash: c.regionHash,
    kind,
    status: 'applied',
    decidedBy: request.decidedBy,
    decidedAt: request.decidedAt,
    ...(changeType !== undefined ? { logNumber: request.logNumber, changeType } : {}),
    reason: request.reason,
    ...(kind === 'exception' && request.exception ? { exception: request.exception } : {}),
    ...(kind === 'changeAttribute' && request.attribute ? { attribute: { featureId: (request.attribute.side === 'subject' ? c.subject : c.object)!.featureId, field: request.attribute.field, value: request.attribute.value } } : {}),
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

/** The other side's polygonal footprint joined with the conflict region (distance rules have a zone, not an overlap). */
function footprintOf(port: GeometryPort, other: Geometry | null, region: Geometry | null): Geometry | null {
  const parts = [other, region].filter((g): g is Geometry => g !== null && (g.type === 'Polygon' || g.type === 'MultiPolygon'));
  if (parts.length === 0) return null;
  return parts.length === 1 ? parts[0]! : port.unaryUnion(parts, { keep: 'polygonal' });
}

function withGeometry(feature: PlanFeature, geometry: Geometry): { geometry: Geometry; properties: Properties } {
  const properties = { ...feature.properties };
  // Keep the area field true to the new shape, or the R28 area check would flag every fix.
  if (typeof properties['MJ'] === 'number' && (geometry.type === 'Polygon' || geometry.type === 'MultiPolygon')) properties['MJ'] = roundM2(ellipsoidalAreaM2(geometry));
  return { geometry, properties };
}

function edit(planId: string, feature: PlanFeature, after: { geometry: Geometry; properties: Properties } | null, changeType: ChangeType): FeatureEdit {
  return { planId, featureId: feature.id, layer: feature.layer, changeType, before: { geometry: feature.geometry, properties: feature.properties }, after };
}
