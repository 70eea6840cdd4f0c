// Resolutions: every kind applied and inverted, each fix makes its conflict disappear on a re-run (the real
// rules engine and GEOS), exceptions and 补划 checks, re-opening when the region changes, log numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { PlanDocument } from '../../../engine/model/types.ts';
import {
  applyResolutions,
  createResolution,
  DEFER_FALLBACK_REASON,
  maintenanceLogNumber,
  openConflicts,
  proposeResolutions,
  reconcileResolutions,
  resolutionCommand,
  type Policy,
  type Resolution,
  type ResolutionRequest,
} from '../../../engine/resolutions/index.ts';
import { runRules, type Conflict } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { defaultPolicy, rect, resolutionPack, resolutionPlans } from './resolutionPlans.ts';

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

async function conflictsOf(plans: PlanDocument[]): Promise<Conflict[]> {
  return (await runRules({ plans, pack: resolutionPack() }, port)).report.conflicts;
}

const bsmOf = (c: Conflict) => `${c.ruleId}/${c.severity}/${c.subject?.bsm}/${c.object?.bsm}`;
const by = (conflicts: Conflict[], subjectBsm: string, ruleId = 'R08') =>
  conflicts.find((c) => c.ruleId === ruleId && c.subject?.bsm === subjectBsm)!;

function request(conflict: Conflict, kind: ResolutionRequest['kind'], extra: Partial<ResolutionRequest> = {}): ResolutionRequest {
  return { conflict, kind, decidedBy: '张三', decidedAt: '2026-11-27T10:00:00Z', logNumber: '20261127000001', reason: '测试', ...extra };
}

function resolve(plans: PlanDocument[], req: ResolutionRequest): Resolution {
  const result = createResolution(req, plans, port);
  if (!result.ok) throw new Error(result.errors.map((e) => e.zh).join('; '));
  return result.resolution;
}

describe('resolutions', () => {
  it('finds the planted conflicts in the fixture', async () => {
    const conflicts = await conflictsOf(resolutionPlans());
    expect(conflicts.map(bsmOf).sort()).toEqual([
      'R08/blocker/419001000000000101/419001000000000002',
      'R08/major/419001000000000102/419001000000000003',
      'R14/major/419001000000000103/419001000000000004',
    ]);
  });

  it('proposes from the policy: the lower tier yields, per-rule actions where listed', async () => {
    const proposals = proposeResolutions(await conflictsOf(resolutionPlans()), defaultPolicy);
    const kinds = Object.fromEntries(proposals.map((p) => [`${p.ruleId}/${p.severity}`, p]));
    expect(kinds['R08/blocker']!.kind).toBe('subjectYields');
    expect(kinds['R08/blocker']!.tier).toBe(5);
    expect(kinds['R08/blocker']!.reasonZh).toContain('永久基本农田');
    expect(kinds['R08/major']!).toMatchObject({ kind: 'exception', requiresApproval: true, requiresCompensation: true });
    expect(kinds['R14/major']!.kind).toBe('changeAttribute');
  });

  it('gives the reasons in English: the policy’s English text, else its Chinese quoted, and the deferred fallback', async () => {
    const conflicts = await conflictsOf(resolutionPlans());
    const cjk = /[\u3400-\u9fff]/;
    const outsideQuotes = (en: string) => en.replace(/“[^”]*”/g, '');
    // The bundled policy carries English for its tiers and rules: no Chinese in an English proposal.
    const [tiered] = proposeResolutions(conflicts, { ...defaultPolicy, rules: [] });
    expect(tiered!.reasonEn).toMatch(/^Permanent basic farmland takes precedence \(tier 3\): Land Administration Law, Article 35: /);
    expect(tiered!.reasonEn).not.toMatch(cjk);
    const ruled = proposeResolutions(conflicts, defaultPolicy).find((p) => p.kind === 'exception');
    expect(ruled!.reasonEn).toBe(
      'A major national project occupying permanent basic farmland: requires State Council approval and replacement farmland',
    );
    // A policy written before the English fields: the tiers' Chinese is quoted, a rule's reason has no English.
    const older: Policy = {
      ...defaultPolicy,
      tiers: defaultPolicy.tiers.map(({ nameEn: _n, basisEn: _b, ...t }) => t),
      rules: defaultPolicy.rules.map(({ reasonEn: _r, ...r }) => r),
    };
    const [quoted] = proposeResolutions(conflicts, { ...older, rules: [] });
    expect(quoted!.reasonEn).toMatch(/^“.+” takes precedence \(tier \d\): “.+”$/);
    expect(outsideQuotes(quoted!.reasonEn!)).not.toMatch(cjk);
    expect(proposeResolutions(conflicts, older).find((p) => p.kind === 'exception')!.reasonEn).toBeUndefined();
    const deferred = proposeResolutions(conflicts, { ...defaultPolicy, rules: [], tiers: [] });
    expect(deferred.map((p) => [p.kind, p.reasonZh, p.reasonEn])).toEqual(
      conflicts.map(() => ['defer', DEFER_FALLBACK_REASON.zh, DEFER_FALLBACK_REASON.en]),
    );
  });

  it('subject yields: subtracts the farmland from the project, the conflict disappears, invert restores', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000101');
    const r = resolve(plans, request(conflict, 'subjectYields'));
    expect(r.changeType).toBe(3);
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]!.before!.geometry).toEqual(plans[1]!.features[0]!.geometry);
    const command = resolutionCommand(r);
    const after = command.apply(plans);
    expect(by(await conflictsOf(after), '419001000000000101')).toBeUndefined();
    expect(plans).toEqual(resolutionPlans());
    const undone = command.invert(after);
    expect(undone).toEqual(plans);
    expect(by(await conflictsOf(undone), '419001000000000101')).toBeDefined();
  });

  it('object yields: subtracts the project from the farmland and the conflict disappears', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000101');
    const r = resolve(plans, request(conflict, 'objectYields'));
    expect(r.edits[0]!.layer).toBe('YJJBNT');
    expect(r.edits[0]!.after!.properties['BSM']).toBe('419001000000000002');
    const after = resolutionCommand(r).apply(plans);
    expect(by(await conflictsOf(after), '419001000000000101')).toBeUndefined();
    expect(resolutionCommand(r).invert(after)).toEqual(plans);
  });

  it('changes an attribute (属性变更) so the uses agree and R14 disappears', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000103', 'R14');
    const r = resolve(plans, request(conflict, 'changeAttribute', { attribute: { side: 'subject', field: 'YDYHFLDM', value: '0701' } }));
    expect(r.changeType).toBe(2);
    expect(r.attribute).toEqual({ featureId: conflict.subject!.featureId, field: 'YDYHFLDM', value: '0701' });
    const after = resolutionCommand(r).apply(plans);
    expect(by(await conflictsOf(after), '419001000000000103', 'R14')).toBeUndefined();
    expect(resolutionCommand(r).invert(after)).toEqual(plans);
  });

  it('records an exception with approval number and authority; the blocker is then no longer open', async () => {
    const plans = resolutionPlans();
    const conflicts = await conflictsOf(plans);
    const conflict = by(conflicts, '419001000000000101');
    const missing = createResolution(
      request(conflict, 'exception', { exception: { approvalNumber: '', authority: '', reason: '' } }),
      plans,
      port,
    );
    expect(missing.ok).toBe(false);
    expect(!missing.ok && missing.errors.map((e) => e.zh)).toEqual(['例外需要批准文号', '例外需要批准机关', '例外需要理由']);
    const r = resolve(
      plans,
      request(conflict, 'exception', {
        exception: { approvalNumber: '豫政文〔2026〕12号', authority: '河南省人民政府', reason: '省重点项目', expiresOn: '2027-12-31' },
      }),
    );
    expect(resolutionCommand(r).apply(plans)).toEqual(plans);
    expect(openConflicts(conflicts, [r], '2026-11-27').map((c) => c.key)).not.toContain(conflict.key);
    expect(openConflicts(conflicts, [r], '2028-01-01').map((c) => c.key)).toContain(conflict.key);
  });

  it('defers a conflict: recorded with who, when and why but no change type or log number, nothing changes, the conflict stays open', async () => {
    const plans = resolutionPlans();
    const conflicts = await conflictsOf(plans);
    const conflict = by(conflicts, '419001000000000101');
    const r = resolve(plans, request(conflict, 'defer'));
    expect(r).toMatchObject({ kind: 'defer', edits: [], decidedBy: '张三' });
    expect(r.decidedAt).toMatch(/^2026-11-27T/);
    expect(r).not.toHaveProperty('logNumber');
    expect(r).not.toHaveProperty('changeType');
    expect(resolutionCommand(r).apply(plans)).toEqual(plans);
    expect(openConflicts(conflicts, [r], '2026-11-27').map((c) => c.key)).toContain(conflict.key);
  });

  it('requires 补划 of at least the occupied area before an R08 major is resolved, and adds it (调入)', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000102');
    expect(conflict.severity).toBe('major');
    const exception = { approvalNumber: '国函〔2026〕8号', authority: '国务院', reason: '国家重大项目' };
    const none = createResolution(request(conflict, 'exception', { exception }), plans, port);
    expect(!none.ok && none.errors[0]!.zh).toMatch(/须先补划不少于该面积/);
    const small = createResolution(
      request(conflict, 'exception', {
        exception,
        compensation: { bsm: '419001000000000009', geometry: rect(0.02, 0.01, 0.0005, 0.0005) },
      }),
      plans,
      port,
    );
    expect(!small.ok && small.errors[0]!.zh).toMatch(/补划面积 .* 公顷小于占用面积 .* 公顷/);
    const r = resolve(
      plans,
      request(conflict, 'exception', {
        exception,
        compensation: { bsm: '419001000000000009', geometry: rect(0.02, 0.01, 0.002, 0.002), properties: { DLBM: '0101' } },
      }),
    );
    expect(r.compensation!.areaM2).toBeGreaterThanOrEqual(r.compensation!.requiredM2);
    expect(r.edits).toEqual([expect.objectContaining({ changeType: 1, layer: 'YJJBNT', before: null })]);
    const after = resolutionCommand(r).apply(plans);
    expect(after[0]!.features.filter((f) => f.layer === 'YJJBNT')).toHaveLength(3);
    expect(resolutionCommand(r).invert(after)).toEqual(plans);
  });

  it('re-opens a resolution (重新打开) when an edit changes the conflict region, saying why', async () => {
    const plans = resolutionPlans();
    const conflicts = await conflictsOf(plans);
    const conflict = by(conflicts, '419001000000000101');
    const r = resolve(
      plans,
      request(conflict, 'exception', {
        exception: { approvalNumber: '豫政文〔2026〕12号', authority: '河南省人民政府', reason: '省重点项目' },
      }),
    );
    expect(reconcileResolutions([r], conflicts)).toEqual([r]);
    const edited = plans.map((p) => ({
      ...p,
      features: p.features.map((f) =>
        f.properties['BSM'] === '419001000000000101' ? { ...f, geometry: rect(0.0005, 0, 0.0025, 0.002) } : f,
      ),
    }));
    const rerun = await conflictsOf(edited);
    expect(by(rerun, '419001000000000101').key).toBe(conflict.key);
    const [reopened] = reconcileResolutions([r], rerun);
    expect(reopened!.status).toBe('reopened');
    expect(reopened!.reopenReason).toMatch(/^冲突区域已变化/);
    expect(openConflicts(rerun, [reopened!], '2026-11-27').map((c) => c.key)).toContain(conflict.key);
  });

  it('skips and re-opens a resolution whose feature changed in a re-import', async () => {
    const plans = resolutionPlans();
    const conflict = by(await conflictsOf(plans), '419001000000000101');
    const r = resolve(plans, request(conflict, 'subjectYields'));
    const reimported = plans.map((p) => ({
      ...p,
      features: p.features.map((f) =>
        f.properties['BSM'] === '419001000000000101' ? { ...f, properties: { ...f.properties, XMMC: '精密铸件二期' } } : f,
      ),
    }));
    const applied = applyResolutions(reimported, [r]);
    expect(applied.plans).toEqual(reimported);
    expect(applied.skipped[0]!.reason.zh).toContain('419001000000000101');
    const [reopened] = reconcileResolutions([r], await conflictsOf(applied.plans), applied.skipped);
    expect(reopened!.status).toBe('reopened');
    expect(applyResolutions(plans, [r]).applied).toEqual(['20261127000001']);
  });

  it('numbers the maintenance log yyyymmdd + 6 digits, restarting each day', () => {
    const existing = [{ logNumber: '20261127000001' }, { logNumber: '20261127000002' }, { logNumber: '20261126000009' }];
    expect(maintenanceLogNumber('2026-11-27T10:00:00Z', existing)).toBe('20261127000003');
    expect(maintenanceLogNumber('2026-11-28T00:00:00Z', existing)).toBe('20261128000001');
  });
});
