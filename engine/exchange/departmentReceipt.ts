// Pure. departmentReceipt(files, department) → the 回执 of an issued blueprint package for one department: each
// feature of the department's plans as the package received them (sources/), and what the bureau's resolutions
// did to it — kept, changed (by which resolution, its log number, kind, rule and reason, which fields and whether
// the geometry) or removed — plus features the resolutions added to those plans (补划, split parts). Only the
// resolutions the package actually applied count (applyResolutions skips stale ones). Rows sorted by plan, BSM, id.
import { createTextDecoder } from '../model/createTextDecoder.ts';
import { compareResolutions } from '../resolutions/resolutionOrder.ts';
import { applyResolutions } from '../resolutions/applyResolutions.ts';
import { RESOLUTION_KIND_ZH, type FeatureEdit, type Message, type Resolution, type ResolutionKind } from '../resolutions/types.ts';
import type { PlanDocument, PlanFeature } from '../model/types.ts';
import { BUILD_PATH, type BuildRecord } from '../package/packageFiles.ts';
import { say } from '../i18n/index.ts';

export type ReceiptOutcome = 'kept' | 'changed' | 'removed' | 'added';

export const RECEIPT_OUTCOME_LABEL: Readonly<Record<ReceiptOutcome, Message>> = {
  kept: say('exchange.departmentReceipt.kept'),
  changed: say('exchange.departmentReceipt.changed'),
  removed: say('exchange.departmentReceipt.removed'),
  added: say('exchange.departmentReceipt.added'),
};

export interface ReceiptResolution {
  logNumber: string;
  conflictKey: string;
  ruleId: string;
  kind: ResolutionKind;
  kindZh: string;
  reason: string;
  decidedBy: string;
  decidedAt: string;
  /** Property keys whose value this resolution changed on the feature. */
  fields: string[];
  geometryChanged: boolean;
}

export interface ReceiptRow {
  planId: string;
  planVersion: string;
  featureId: string;
  bsm: string;
  layer: string;
  /** 名称 fields as the feature carries them (XMMC, YDYHFLMC, …), or ''. */
  name: string;
  outcome: ReceiptOutcome;
  /** The resolutions that touched the feature, in maintenance-log order. */
  resolutions: ReceiptResolution[];
}

export interface DepartmentReceipt {
  department: string;
  /** Departments the package's plans name (what --department may be), sorted. */
  departments: string[];
  plans: { id: string; title: string; version: string }[];
  rows: ReceiptRow[];
  counts: Record<ReceiptOutcome, number>;
}

export type ReceiptReading = { ok: true; receipt: DepartmentReceipt } | { ok: false; message: Message };

const NAME_FIELDS = ['XMMC', 'YDYHFLMC', 'GHFQMC', 'XZQMC', 'DLMC', 'MC'];
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function parseJson(bytes: Uint8Array | undefined): unknown {
  if (!bytes) return undefined;
  try {
    return JSON.parse(createTextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
}

const nameOf = (f: PlanFeature) => String(NAME_FIELDS.map((k) => f.properties[k]).find((v) => typeof v === 'string' && v !== '') ?? '');
const bsmOf = (f: PlanFeature) => (typeof f.properties['BSM'] === 'string' ? (f.properties['BSM'] as string) : '');

function changedFields(edit: FeatureEdit): string[] {
  const before = edit.before?.properties ?? {};
  const after = edit.after?.properties ?? {};
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(cmp);
  return keys.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

function receiptResolution(r: Resolution, edit: FeatureEdit): ReceiptResolution {
  return {
    logNumber: r.logNumber ?? '',
    conflictKey: r.conflictKey,
    ruleId: r.ruleId,
    kind: r.kind,
    kindZh: RESOLUTION_KIND_ZH[r.kind],
    reason: r.reason,
    decidedBy: r.decidedBy,
    decidedAt: r.decidedAt,
    fields: changedFields(edit),
    geometryChanged: JSON.stringify(edit.before?.geometry ?? null) !== JSON.stringify(edit.after?.geometry ?? null),
  };
}

/** `department` matches a plan's department name or its plan id. */
export function departmentReceipt(files: ReadonlyMap<string, Uint8Array>, department: string, file = 'package'): ReceiptReading {
  const build = parseJson(files.get(BUILD_PATH)) as BuildRecord | undefined;
  if (!build || !Array.isArray(build.sources)) {
    return {
      ok: false,
      message: say('exchange.departmentReceipt.departmentReceipt', { file, BUILDPATH: BUILD_PATH }),
    };
  }
  const plans: PlanDocument[] = [];
  for (const path of build.sources) {
    const plan = parseJson(files.get(path)) as PlanDocument | undefined;
    if (!plan || !plan.plan || !Array.isArray(plan.features))
      return { ok: false, message: say('exchange.departmentReceipt.departmentReceipt-2', { file, path }) };
    plans.push(plan);
  }
  const resolutionsFile = parseJson(files.get(build.resolutions)) as { resolutions?: Resolution[] } | undefined;
  const resolutions = Array.isArray(resolutionsFile?.resolutions) ? resolutionsFile.resolutions : [];
  const departments = [...new Set(plans.map((p) => p.plan.department))].sort(cmp);
  const own = plans.filter((p) => p.plan.department === department || p.plan.id === department).sort((a, b) => cmp(a.plan.id, b.plan.id));
  if (own.length === 0) {
    return {
      ok: false,
      message: say('exchange.departmentReceipt.departmentReceipt-3', {
        file,
        department,
        v: { zh: String(departments.join('、')), en: String(departments.join(', ')) },
      }),
    };
  }
  const applied = new Set(applyResolutions(plans, resolutions).applied);
  const ownIds = new Set(own.map((p) => p.plan.id as string));
  const touches = new Map<string, { resolution: Resolution; edit: FeatureEdit }[]>();
  for (const r of [...resolutions].sort(compareResolutions)) {
    if (r.logNumber === undefined || !applied.has(r.logNumber)) continue;
    for (const edit of r.edits) {
      if (!ownIds.has(edit.planId)) continue;
      const key = `${edit.planId}\u0000${edit.featureId}`;
      touches.set(key, [...(touches.get(key) ?? []), { resolution: r, edit }]);
    }
  }
  const rows: ReceiptRow[] = [];
  for (const plan of own) {
    const seen = new Set<string>();
    for (const f of plan.features) {
      seen.add(f.id);
      const t = touches.get(`${plan.plan.id}\u0000${f.id}`) ?? [];
      const outcome: ReceiptOutcome = t.length === 0 ? 'kept' : t[t.length - 1]!.edit.after === null ? 'removed' : 'changed';
      rows.push({
        planId: plan.plan.id,
        planVersion: plan.plan.version,
        featureId: f.id,
        bsm: bsmOf(f),
        layer: f.layer,
        name: nameOf(f),
        outcome,
        resolutions: t.map((x) => receiptResolution(x.resolution, x.edit)),
      });
    }
    for (const [key, t] of touches) {
      const [planId, featureId] = key.split('\u0000') as [string, string];
      if (planId !== plan.plan.id || seen.has(featureId)) continue;
      const first = t[0]!.edit;
      const last = t[t.length - 1]!.edit;
      const state = last.after ?? first.after;
      const feature = { id: featureId, layer: first.layer, properties: state?.properties ?? {} } as unknown as PlanFeature;
      rows.push({
        planId,
        planVersion: plan.plan.version,
        featureId,
        bsm: bsmOf(feature),
        layer: first.layer,
        name: nameOf(feature),
        outcome: last.after === null ? 'removed' : 'added',
        resolutions: t.map((x) => receiptResolution(x.resolution, x.edit)),
      });
    }
  }
  rows.sort((a, b) => cmp(a.planId, b.planId) || cmp(a.bsm, b.bsm) || cmp(a.featureId, b.featureId));
  const counts: Record<ReceiptOutcome, number> = { kept: 0, changed: 0, removed: 0, added: 0 };
  for (const row of rows) counts[row.outcome]++;
  return {
    ok: true,
    receipt: {
      department,
      departments,
      plans: own.map((p) => ({ id: p.plan.id, title: p.plan.title, version: p.plan.version })),
      rows,
      counts,
    },
  };
}
