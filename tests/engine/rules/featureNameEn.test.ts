// A feature named by its class (水浇地, 工业用地, a 城镇开发边界 zone) reads in English by the code table's name,
// in the name itself and in a conflict's English message; a name a user typed stays as written, and the
// Chinese message and the stored party name keep the stored class name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { featureNameEn, runRules, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

describe('featureNameEn', () => {
  it('names a class by the English name of its code table', () => {
    expect(featureNameEn('YJJBNT', { DLBM: '0102', DLMC: '水浇地' })).toBe('Irrigated land');
    expect(featureNameEn('GHYDYH', { YDYHFLDM: '1001', YDYHFLMC: '工业用地' })).toBe('Industrial land');
    expect(featureNameEn('CZKFBJ', { GHFQMC: '城镇集中建设区' })).toBe('Concentrated urban construction zone');
  });

  it('keeps a name the user typed, a bare code and a class name no table knows as they are', () => {
    expect(featureNameEn('GYXM', { XMMC: '工业用地', YDYHFLDM: '1001' })).toBe('工业用地');
    expect(featureNameEn('STBHHX', { HXMC: '王屋山生态红线' })).toBe('王屋山生态红线');
    expect(featureNameEn('GHYDYH', { YDYHFLDM: '1001' })).toBe('1001');
    expect(featureNameEn('GHYDYH', { YDYHFLMC: '自编地类' })).toBe('自编地类');
    expect(featureNameEn('GHYDYH', {})).toBeNull();
  });
});

const square = (x: number, y: number, d: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x, y],
      [x + d, y],
      [x + d, y + d],
      [x, y + d],
      [x, y],
    ],
  ],
});

const features: RuleTestFeature[] = [
  { id: 'red', layer: 'STBHHX', properties: { BSM: '419001000000000011', HXMC: '王屋山生态红线' }, geometry: square(112.6, 35, 0.002) },
  {
    id: 'farm',
    layer: 'YJJBNT',
    properties: { BSM: '419001000000000022', DLBM: '0102', DLMC: '水浇地' },
    geometry: square(112.601, 35.001, 0.002),
  },
];

const PACK: RulePack = {
  id: 'names',
  version: '1',
  title: '名称',
  rules: [
    {
      id: 'R01',
      version: 1,
      title: '生态保护红线与永久基本农田重叠',
      titleEn: 'Ecological red line overlaps permanent farmland',
      severity: 'blocker',
      subject: [{ layer: 'STBHHX' }],
      object: [{ layer: 'YJJBNT' }],
      relation: { type: 'overlaps', minAreaM2: 1 },
      legalBasis: '测试',
      message: '「{subject.name}」与「{object.name}」重叠 {areaM2} 平方米',
      messageEn: '{subject.name} overlaps {object.name} by {areaM2} m²',
    },
  ],
};

let port: GeometryPort;
beforeAll(async () => {
  port = await createGeometryPort();
});
afterAll(() => port.dispose());

describe("a conflict's English message", () => {
  it('names a side by its class in English and keeps the stored name in the conflict and the Chinese', async () => {
    const run = await runRules({ plans: testPlansOf(features), pack: PACK }, port);
    expect(run.report.conflicts).toHaveLength(1);
    const c = run.report.conflicts[0]!;
    expect(c.messageEn).toMatch(/^王屋山生态红线 overlaps Irrigated land by [\d.]+ m²$/);
    expect(c.message).toContain('「水浇地」');
    expect(c.object!.name).toBe('水浇地');
  });
});
