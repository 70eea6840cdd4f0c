// Pure. reviewReportJson(entries, options) → the object of schemas/review-report.schema.json (`lantu review --json`):
// one entry per project in the order given, areas rounded to 0.01 m², a `layers`/`landUse` row for every overlap of
// at least 1 m² (a line counts by its length inside the project). Same input, same object, same key order.
import { roundM2 } from '../geometry/areaUnits.ts';
import type { IndicatorUnit } from '../indicators/types.ts';
import type { LayerCode, PropertyValue } from '../model/types.ts';
import type {
  Department,
  DepartmentOpinion,
  JointOpinion,
  LayerOverlap,
  OverlappedFeature,
  ProjectDocument,
  ProjectReview,
  SetbackFinding,
  TouchedConflict,
  TouchedUndetermined,
  Verdict,
} from './types.ts';

/** One project of a report: its document, its review, and what the departments and the coordinator recorded. */
export interface ReviewReportEntry {
  project: ProjectDocument;
  review: ProjectReview;
  /** Recorded opinions of any department on any version of this project (the current version wins). */
  opinions?: readonly DepartmentOpinion[];
  joint?: JointOpinion | null;
}

export interface ReviewReportJsonOptions {
  departments?: readonly Department[];
  pack?: { id: string; version: string };
}

export interface ReviewReportJson {
  reportVersion: '1';
  pack?: { id: string; version: string };
  projects: ReviewReportProjectJson[];
}

export interface OverlappedFeatureJson {
  featureId: string;
  bsm: string | null;
  name: string | null;
  areaM2: number;
  lengthM?: number;
  properties: Record<string, PropertyValue>;
}

export interface RecordedOpinionJson {
  verdict: Verdict;
  conditions: string[];
  basis: string;
  reviewer: string;
  date: string;
  documentNo: string;
  projectVersion: string;
  stale: boolean;
}

export interface ReviewReportProjectJson {
  id: string;
  name: string;
  source: string | null;
  version: string;
  code: string | null;
  type: string;
  stage: string;
  facts: Record<string, PropertyValue>;
  areaM2: number;
  insideDevelopmentBoundaryM2: number;
  outsideDevelopmentBoundaryM2: number;
  towns: { code: string; name: string }[];
  layers: { layer: LayerCode; areaM2: number; features: OverlappedFeatureJson[] }[];
  landUse: { code: string; name: string | null; areaM2: number }[];
  setbacks: SetbackFinding[];
  conflicts: TouchedConflict[];
  undetermined: TouchedUndetermined[];
  indicators: {
    indicator: string;
    name: string;
    unit: IndicatorUnit;
    before: number;
    after: number;
    target: number | null;
    violatesTarget: boolean;
  }[];
  departments: {
    department: string;
    departmentName: string | null;
    verdict: Verdict;
    conditions: string[];
    reasons: string[];
    conditionsEn: string[];
    reasonsEn: string[];
    checks: { checkId: string; verdict: Verdict; legalBasis: string }[];
    recorded: RecordedOpinionJson | null;
  }[];
  verdict: Verdict;
  joint: { verdict: Verdict; documentNo: string; date: string; coordinator: string; projectVersion: string } | null;
}

/** The review report's overlap rule: a feature counts at 1 m² or more of overlap, or as a line running inside the project. */
export const MIN_OVERLAP_M2 = 1;

export function featureCounts(feature: OverlappedFeature): boolean {
  return feature.areaM2 >= MIN_OVERLAP_M2 || (feature.lengthM ?? 0) > 0;
}

export function layerCounts(layer: LayerOverlap): boolean {
  return layer.areaM2 >= MIN_OVERLAP_M2 || layer.features.some(featureCounts);
}

const unique = (items: readonly string[]): string[] => [...new Set(items)];

/** The department's recorded opinion for the project: one on the current version first, else the latest stale one. */
export function recordedOpinionOf(
  opinions: readonly DepartmentOpinion[],
  department: string,
  projectId: string,
  version: string,
): DepartmentOpinion | null {
  const own = opinions.filter((o) => o.department === department && o.projectId === projectId);
  const current = own.filter((o) => o.projectVersion === version);
  const pool = current.length > 0 ? current : own;
  let best: DepartmentOpinion | null = null;
  for (const o of pool) if (!best || o.date > best.date || (o.date === best.date && o.documentNo > best.documentNo)) best = o;
  return best;
}

function sortedProperties(properties: Record<string, PropertyValue>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const key of Object.keys(properties).sort()) out[key] = properties[key] ?? null;
  return out;
}

function projectJson(entry: ReviewReportEntry, departments: readonly Department[]): ReviewReportProjectJson {
  const { project, review } = entry;
  const m = review.measurement;
  const facts = project.properties;
  const version = m.projectVersion;
  const nameOf = new Map(departments.map((d) => [d.id, d.nameZh]));
  const joint = entry.joint && entry.joint.projectId === project.project.id ? entry.joint : null;
  return {
    id: project.project.id,
    name: facts.XMMC,
    source: project.project.source.fileName,
    version,
    code: facts.XMDM ?? null,
    type: facts.XMLX,
    stage: project.project.stage,
    facts: sortedProperties(facts as unknown as Record<string, PropertyValue>),
    areaM2: roundM2(m.areaM2),
    insideDevelopmentBoundaryM2: roundM2(m.insideDevelopmentBoundaryM2),
    outsideDevelopmentBoundaryM2: roundM2(m.outsideDevelopmentBoundaryM2),
    towns: m.towns.map((t) => ({ code: t.code, name: t.name })),
    layers: m.layers.filter(layerCounts).map((l) => ({
      layer: l.layer,
      areaM2: roundM2(l.areaM2),
      features: l.features.filter(featureCounts).map((f) => ({
        featureId: f.featureId,
        bsm: f.bsm,
        name: f.name,
        areaM2: roundM2(f.areaM2),
        ...(f.lengthM === undefined ? {} : { lengthM: roundM2(f.lengthM) }),
        properties: sortedProperties(f.properties),
      })),
    })),
    landUse: m.landUse.filter((u) => u.areaM2 >= MIN_OVERLAP_M2).map((u) => ({ code: u.code, name: u.nameZh, areaM2: roundM2(u.areaM2) })),
    setbacks: m.setbacks.map((s) => ({
      featureId: s.featureId,
      bsm: s.bsm,
      name: s.name,
      grade: s.grade,
      kind: s.kind,
      setting: s.setting,
      requiredM: roundM2(s.requiredM),
      distanceM: roundM2(s.distanceM),
      insideAreaM2: roundM2(s.insideAreaM2),
      corridorWidthM: s.corridorWidthM,
    })),
    conflicts: m.conflicts.map((c) => ({ key: c.key, ruleId: c.ruleId, title: c.title, severity: c.severity, areaM2: roundM2(c.areaM2) })),
    undetermined: m.undetermined.map((u) => ({ id: u.id, areaM2: roundM2(u.areaM2) })),
    indicators: m.indicators.map((i) => ({
      indicator: i.indicator,
      name: i.nameZh,
      unit: i.unit,
      before: i.before,
      after: i.after,
      target: i.target,
      violatesTarget: i.violatesTarget,
    })),
    departments: review.departments.map((d) => {
      const recorded = recordedOpinionOf(entry.opinions ?? [], d.department, project.project.id, version);
      return {
        department: d.department,
        departmentName: nameOf.get(d.department) ?? null,
        verdict: d.verdict,
        conditions: unique(d.checks.flatMap((c) => c.conditionsZh)),
        reasons: d.checks.map((c) => c.reasonZh),
        conditionsEn: unique(d.checks.flatMap((c) => c.conditionsEn)),
        reasonsEn: d.checks.map((c) => c.reasonEn),
        checks: d.checks.map((c) => ({ checkId: c.checkId, verdict: c.verdict, legalBasis: c.legalBasis })),
        recorded: recorded && {
          verdict: recorded.verdict,
          conditions: [...recorded.conditions],
          basis: recorded.basis,
          reviewer: recorded.reviewer,
          date: recorded.date,
          documentNo: recorded.documentNo,
          projectVersion: recorded.projectVersion,
          stale: recorded.projectVersion !== version,
        },
      };
    }),
    verdict: review.verdict,
    joint: joint && {
      verdict: joint.verdict,
      documentNo: joint.documentNo,
      date: joint.date,
      coordinator: joint.coordinator,
      projectVersion: joint.projectVersion,
    },
  };
}

export function reviewReportJson(entries: readonly ReviewReportEntry[], options: ReviewReportJsonOptions = {}): ReviewReportJson {
  return {
    reportVersion: '1',
    ...(options.pack ? { pack: { id: options.pack.id, version: options.pack.version } } : {}),
    projects: entries.map((e) => projectJson(e, options.departments ?? [])),
  };
}
