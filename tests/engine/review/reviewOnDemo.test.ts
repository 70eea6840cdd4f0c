// The default review pack on the Jiyuan demo, end to end in the engine: the blueprint merged from seeds/jiyuan,
// measureProject on the reference sites of tests/fixtures/review/reference.json (measured against shapely +
// pyproj there) and on a demo 工业用地 parcel, then evaluateReview with seeds/rules/jiyuan-review.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GeometryPort } from '../../../engine/geometry/port.ts';
import { buildBlueprint } from '../../../engine/merge/buildBlueprint.ts';
import type { PlanDocument, Ring } from '../../../engine/model/types.ts';
import type { Policy } from '../../../engine/resolutions/types.ts';
import {
  disposeReviewContext,
  evaluateReview,
  loadDepartments,
  loadReviewPack,
  measureProject,
  prepareReviewContext,
  type ProjectFacts,
  type ProjectReview,
  type ReviewContext,
} from '../../../engine/review/index.ts';
import { createGeometryPort } from '../../../main/node/createGeometryPort.ts';
import { projectOf } from './reviewFixture.ts';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const read = (...parts: string[]) => JSON.parse(readFileSync(join(ROOT, ...parts), 'utf8')) as unknown;

const deps = loadDepartments(read('seeds', 'jiyuan', 'departments.json'));
if (!deps.ok) throw new Error('departments');
const departments = deps.list.departments;
const packLoad = loadReviewPack(read('seeds', 'rules', 'jiyuan-review.json'), departments);
if (!packLoad.ok) throw new Error('pack');
const pack = packLoad.pack;

const sites = new Map(
  (
    read('tests', 'fixtures', 'review', 'reference.json') as { projects: { name: string; geometry: { coordinates: Ring[][] } }[] }
  ).projects.map((p) => [p.name, p.geometry.coordinates]),
);

/** An industrial, class I project that is not a national major project, with every fact given. */
const industrial: Partial<ProjectFacts> = {
  XMDM: '2024-419001-30-03-000123',
  XMLX: '工业',
  NYDYT: '100101',
  ZDXM: '否',
  DDXZ: '否',
  GYLB: '一类',
};

let port: GeometryPort;
let context: ReviewContext;
let landPlan: PlanDocument;

beforeAll(async () => {
  port = await createGeometryPort();
  const plans = ['land', 'ecology', 'industry', 'transport'].map((k) => read('seeds', 'jiyuan', `${k}.json`) as PlanDocument);
  landPlan = plans[0]!;
  context = prepareReviewContext({
    blueprint: buildBlueprint(plans, [], read('seeds', 'rules', 'policy-default.json') as Policy, port),
    port,
  });
}, 120_000);

afterAll(() => {
  if (context) disposeReviewContext(context);
  port?.dispose();
});

function review(rings: Ring[][], facts: Partial<ProjectFacts>): ProjectReview {
  const project = projectOf(rings, facts);
  return evaluateReview(measureProject(project, context), project.properties, pack, departments);
}
const check = (r: ProjectReview, id: string) => r.departments.flatMap((d) => d.checks).find((c) => c.checkId === id);

describe('the default review pack on the Jiyuan demo', () => {
  it('fails an industrial project that is not a national major project on the demo farmland (自然资源和规划局, 第三十五条)', () => {
    const r = review(sites.get('farmland')!, industrial);
    const farm = check(r, 'ZR-YJJBNT')!;
    expect(farm).toMatchObject({ department: 'zrzy', verdict: 'fail' });
    expect(farm.legalBasis).toContain('第三十五条');
    expect(farm.reasonZh).toContain('永久基本农田「水浇地」（BSM 419001000020000078） 8.4000 公顷（126.00 亩）');
    expect(r.departments.find((d) => d.department === 'zrzy')!.verdict).toBe('fail');
    expect(r.verdict).toBe('fail');
  });

  it('fails it on the demo red line (生态环境局, 142号), naming the red line', () => {
    const r = review(sites.get('red-line')!, industrial);
    const red = check(r, 'ST-STBHHX')!;
    expect(red).toMatchObject({ department: 'sthj', verdict: 'fail' });
    expect(red.legalBasis).toContain('自然资发〔2022〕142号');
    expect(red.reasonZh).toContain('生态保护红线「太行山—王屋山水源涵养生态保护红线」（BSM 419001000010000001）');
  });

  it('sends the railway and road sites to the railway authority and 交通运输局 as 有条件符合', () => {
    const rail = check(review(sites.get('railway')!, industrial), 'TL-AQBHQ')!;
    expect(rail).toMatchObject({ department: 'tl', verdict: 'conditional' });
    expect(rail.reasonZh).toContain('呼南高铁豫西通道');
    expect(rail.reasonZh).toContain('（高铁，村镇）控制距离 15 米');
    const road = check(review(sites.get('road')!, industrial), 'JT-GLKZQ')!;
    expect(road).toMatchObject({ department: 'jtys', verdict: 'conditional' });
    expect(road.reasonZh).toContain('国道G208');
  });

  it('passes a class I industrial project on a demo 工业用地 parcel inside the development boundary and a park', () => {
    const parcel = landPlan.features.find((f) => f.properties['BSM'] === '419001000010000356')!;
    expect(parcel.properties['YDYHFLDM']).toBe('1001');
    const rings = parcel.geometry.type === 'Polygon' ? [parcel.geometry.coordinates as Ring[]] : (parcel.geometry.coordinates as Ring[][]);
    const r = review(rings, industrial);
    expect(r.measurement.outsideDevelopmentBoundaryM2).toBeLessThan(1);
    expect(r.measurement.layers.map((l) => l.layer)).toContain('CYYQ');
    expect(r.departments.map((d) => [d.department, d.verdict])).toEqual(departments.map((d) => [d.id, 'pass']));
    expect(r.verdict).toBe('pass');
    // The same site for a class III project: 发改/工信 and 生态环境局 now have their say.
    const third = review(rings, { ...industrial, GYLB: '三类', NYDYT: '1001' });
    expect(third.departments.find((d) => d.department === 'sthj')!.verdict).toBe('conditional');
  });
});
