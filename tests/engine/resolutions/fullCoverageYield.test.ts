// A yield inside the full-coverage 用地用海 layer: the overlap is split off as its own parcel
// with the policy's use for the rule (next free BSM, deterministic id), a parcel wholly inside takes the use,
// nothing is holed or deleted (no R25 gap after), and without a use for the rule the yield is refused. A yield
// across a boundary (R24) keeps taking only the part outside (a guard for the cut now being the conflict region).
// Older policies without `fullCoverage` get the default.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { featureId } from '../../../engine/model/featureId.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, Properties } from '../../../engine/model/types.ts';
import {
  createResolution,
  DEFAULT_FULL_COVERAGE,
  fullCoverageOf,
  nextFreeBsm,
  resolutionCommand,
  resolutionImpact,
  type ResolutionRequest,
} from '../../../engine/resolutions/index.ts';
import { validatePolicy } from '../../../engine/resolutions/validatePolicy.ts';
import { runRules, type Conflict, type RulePack } from '../../../engine/rules/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { defaultPolicy, rect } from './resolutionPlans.ts';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds', 'rules');
const fullPack = JSON.parse(readFileSync(join(SEEDS, 'jiyuan-default.json'), 'utf8')) as RulePack;
const pack: RulePack = {
  ...fullPack,
  rules: fullPack.rules.filter((r) => ['R08', 'R24', 'R25'].includes(r.id)).map((r) => ({ ...r, tests: [] })),
};

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

const LAND = 'fc-land';
const A = '419001000010000011';
const B = '419001000010000012';
const P = '419001000020000001';

function plans(): PlanDocument[] {
  const f = (planId: string, layer: LayerCode, bsm: string, geometry: Geometry, properties: Properties) => ({
    type: 'Feature' as const,
    id: featureId(planId, bsm),
    layer,
    geometry,
    properties: { BSM: bsm, ...properties },
  });
  const meta = (id: string, kind: 'land' | 'industry', title: string) => ({
    schemaVersion: '1.0.0',
    kind,
    id: id as PlanId,
    title,
    department: '自然资源和规划局',
    version: 'v1',
    period: { start: 2021, end: 2035 },
    classification: 'ydyh2023' as const,
    sourceCrs: 'EPSG:4490',
  });
  return [
    {
      type: 'FeatureCollection',
      plan: meta(LAND, 'land', '测试国土空间规划'),
      features: [
        f(LAND, 'XZQ', '419001000000000001', rect(0, 0, 0.004, 0.002), { XZQDM: '419001001', XZQMC: '沁园街道' }),
        f(LAND, 'GHYDYH', A, rect(0, 0, 0.002, 0.002), {
          YDYHFLDM: '0701',
          YDYHFLMC: '城镇住宅用地',
          MJ: ellipsoidalAreaM2(rect(0, 0, 0.002, 0.002)),
        }),
        f(LAND, 'GHYDYH', B, rect(0.002, 0, 0.002, 0.002), { YDYHFLDM: '0701', YDYHFLMC: '城镇住宅用地' }),
        f(LAND, 'YJJBNT', '419001000030000001', rect(0.001, 0, 0.001, 0.002), { DLBM: '0101', DLMC: '水田' }),
        f(LAND, 'YJJBNT', '419001000030000002', rect(0.002, 0, 0.002, 0.002), { DLBM: '0101', DLMC: '水田' }),
      ],
    },
    {
      type: 'FeatureCollection',
      plan: meta('fc-industry', 'industry', '测试产业规划'),
      features: [
        f('fc-industry', 'GYXM', P, rect(0.003, 0.0015, 0.002, 0.0004), {
          XMMC: '仓储项目',
          YDYHFLDM: '1101',
          GYLX: '一类工业',
          SFZDXM: false,
        }),
      ],
    },
  ];
}

const conflictsOf = async (p: PlanDocument[]) => (await runRules({ plans: p, pack }, port)).report.conflicts;
const r08 = (cs: Conflict[], bsm: string) => cs.find((c) => c.ruleId === 'R08' && c.subject?.bsm === bsm);
const request = (conflict: Conflict, extra: Partial<ResolutionRequest> = {}): ResolutionRequest => ({
  conflict,
  kind: 'subjectYields',
  decidedBy: '张三',
  decidedAt: '2026-11-27T10:00:00Z',
  logNumber: '20261127000001',
  reason: '测试',
  ...extra,
});

describe('a yield in the full-coverage layer', () => {
  it('splits the overlap off as its own 耕地 parcel, keeps the rest, and leaves no hole', async () => {
    const before = plans();
    const conflicts = await conflictsOf(before);
    expect(conflicts.filter((c) => c.ruleId === 'R25')).toEqual([]);
    const result = createResolution(request(r08(conflicts, A)!, { fullCoverage: fullCoverageOf(defaultPolicy) }), before, port);
    if (!result.ok) throw new Error(result.errors[0]!.zh);
    const [rest, part] = result.resolution.edits;
    const newBsm = '419001000010000013';
    expect(rest!.featureId).toBe(featureId(LAND, A));
    expect(part).toMatchObject({ featureId: featureId(LAND, newBsm), layer: 'GHYDYH', changeType: 1, before: null });
    expect(part!.after!.properties).toMatchObject({ BSM: newBsm, YDYHFLDM: '01', YDYHFLMC: '耕地' });
    expect(rest!.after!.properties).toMatchObject({ BSM: A, YDYHFLDM: '0701' });
    const areaA = ellipsoidalAreaM2(rect(0, 0, 0.002, 0.002));
    expect(ellipsoidalAreaM2(rest!.after!.geometry) + ellipsoidalAreaM2(part!.after!.geometry)).toBeCloseTo(areaA, 3);
    expect(rest!.after!.properties['MJ']).toBeCloseTo(areaA / 2, 0);
    const impact = resolutionImpact(result.resolution, r08(conflicts, A)!);
    expect(impact).toMatchObject({ removesFeature: false, exceedsConflict: false, needsConfirmation: false });
    expect(impact.features.map((f) => f.change)).toEqual(['reshaped', 'added']);

    const after = resolutionCommand(result.resolution).apply(before);
    const again = await conflictsOf(after);
    expect(r08(again, A)).toBeUndefined();
    expect(again.filter((c) => c.ruleId === 'R25')).toEqual([]);
    expect(after[0]!.features).toHaveLength(before[0]!.features.length + 1);
    // The same plans give the same new parcel.
    const twice = createResolution(request(r08(conflicts, A)!), before, port);
    expect(twice.ok && twice.resolution.edits).toEqual(result.resolution.edits);
  });

  it('gives a parcel lying wholly inside the farmland the policy use instead of deleting it', async () => {
    const before = plans();
    const conflicts = await conflictsOf(before);
    const result = createResolution(request(r08(conflicts, B)!), before, port);
    if (!result.ok) throw new Error(result.errors[0]!.zh);
    expect(result.resolution.edits).toHaveLength(1);
    const [e] = result.resolution.edits;
    expect(e!.after!.geometry).toEqual(e!.before!.geometry);
    expect(e!.after!.properties).toMatchObject({ BSM: B, YDYHFLDM: '01', YDYHFLMC: '耕地' });
    expect(result.resolution.changeType).toBe(2);
    const after = resolutionCommand(result.resolution).apply(before);
    const again = await conflictsOf(after);
    expect(r08(again, B)).toBeUndefined();
    expect(again.filter((c) => c.ruleId === 'R25')).toEqual([]);
    expect(after[0]!.features).toHaveLength(before[0]!.features.length);
  });

  it('refuses a yield where the policy names no use for the rule, saying which layer, parcel and rule', async () => {
    const before = plans();
    const conflicts = await conflictsOf(before);
    const fullCoverage = [{ layer: 'GHYDYH' as const, classField: 'YDYHFLDM', splitUses: [{ ruleId: 'R09', code: '01', nameZh: '耕地' }] }];
    const result = createResolution(request(r08(conflicts, A)!, { fullCoverage }), before, port);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]!.zh).toMatch(new RegExp(`规划用地用海 ${A}（城镇住宅用地）.*空洞.*R08「建设用地占用永久基本农田」`));
    expect(result.errors[0]!.en).toMatch(new RegExp(`Planned land and sea use ${A} \\(城镇住宅用地\\).*hole.*rule R08`));
  });

  it('takes only the part outside the territory when a project yields across its boundary (R24)', async () => {
    const before = plans();
    const conflict = (await conflictsOf(before)).find((c) => c.ruleId === 'R24' && c.subject?.bsm === P)!;
    const result = createResolution(request(conflict), before, port);
    if (!result.ok) throw new Error(result.errors[0]!.zh);
    const e = result.resolution.edits[0]!;
    expect(e.after).not.toBeNull();
    expect(ellipsoidalAreaM2(e.after!.geometry)).toBeCloseTo(ellipsoidalAreaM2(rect(0.003, 0.0015, 0.001, 0.0004)), 0);
    expect(resolutionImpact(result.resolution, conflict).removesFeature).toBe(false);
  });
});

describe('full-coverage data in the policy', () => {
  it('loads a policy written before the field existed and fills in the default', () => {
    const { fullCoverage, ...older } = JSON.parse(readFileSync(join(SEEDS, 'policy-default.json'), 'utf8')) as typeof defaultPolicy;
    expect(fullCoverage).toEqual(DEFAULT_FULL_COVERAGE);
    const v = validatePolicy(older, null);
    expect(v.ok).toBe(true);
    if (v.ok) expect(fullCoverageOf(v.policy)).toEqual(DEFAULT_FULL_COVERAGE);
    expect(
      validatePolicy(
        { ...older, fullCoverage: [{ layer: 'GHYDYH', classField: 'YDYHFLDM', splitUses: [{ ruleId: 'R08', code: '01' }] }] },
        null,
      ).ok,
    ).toBe(false);
  });

  it("numbers a split-off parcel one past the layer's largest BSM, skipping BSMs in use", () => {
    const p = plans()[0]!;
    expect(nextFreeBsm(p, 'GHYDYH', A)).toBe('419001000010000013');
    const taken = {
      ...p,
      features: [
        ...p.features,
        { ...p.features[1]!, id: featureId(LAND, '419001000010000013'), layer: 'XZQ' as const, properties: { BSM: 'x' } },
      ],
    };
    expect(nextFreeBsm(taken, 'GHYDYH', A)).toBe('419001000010000014');
  });
});
