// A pair GEOS cannot measure is reported, never dropped, and its message is in one language each: the Chinese
// names the rule and both features with no GEOS English in it; the English keeps GEOS's reason.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeometryError, type GeometryPort } from '../../../engine/geometry/port.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { runRules, type RulePack, type RuleTestFeature } from '../../../engine/rules/index.ts';
import { testPlansOf } from '../../../engine/rules/testPlansOf.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';

const GEOS_TEXT = 'TopologyException: Input geom 1 is invalid: Self-intersection at or near point 112.6005 35.0005';

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
  { id: 'farm', layer: 'YJJBNT', properties: { BSM: '419001000000000022', DLMC: '水浇地' }, geometry: square(112.601, 35.001, 0.002) },
];

const PACK: RulePack = {
  id: 'failure',
  version: '1',
  title: '几何失败',
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

let real: GeometryPort;
beforeAll(async () => {
  real = await createGeometryPort();
});
afterAll(() => real.dispose());

/** The real GEOS port, except that the overlay fails the way GEOS does on a pathological input. */
function failingPort(): GeometryPort {
  const fail = (): never => {
    throw new GeometryError(`intersection: ${GEOS_TEXT}`, 'intersection');
  };
  return { ...real, intersection: fail, interiorsIntersect: fail, covers: fail };
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('a geometry operation that fails inside a rule', () => {
  it('reports the pair in Chinese naming the rule and both features, without GEOS English', async () => {
    const run = await runRules({ plans: testPlansOf(features), pack: PACK }, failingPort());
    expect(run.report.conflicts).toHaveLength(1);
    const c = run.report.conflicts[0]!;
    expect(c.message).toContain('R01');
    expect(c.message).toContain('生态保护红线与永久基本农田重叠');
    expect(c.message).toContain('王屋山生态红线');
    expect(c.message).toContain('419001000000000011');
    expect(c.message).toContain('419001000000000022');
    expect(c.message).toContain('求交');
    expect(c.message).not.toMatch(/TopologyException|Self-intersection|invalid|intersection/);
  });

  it('reports it in English naming the rule and features, with GEOS reason kept and no Chinese of its own', async () => {
    const c = (await runRules({ plans: testPlansOf(features), pack: PACK }, failingPort())).report.conflicts[0]!;
    expect(c.messageEn).toContain('Rule R01 (Ecological red line overlaps permanent farmland)');
    expect(c.messageEn).toContain('BSM 419001000000000011');
    expect(c.messageEn).toContain(GEOS_TEXT);
    // Only the features' own names and the plan title (data) may be Chinese.
    const withoutData = c
      .messageEn!.replace(/"[^"]*"/g, '')
      .replace(new RegExp(`of ${c.subject!.planTitle}|of ${c.object!.planTitle}`, 'g'), '');
    expect(withoutData).not.toMatch(CJK);
  });
});
