// The default Jiyuan review pack on hand-built measurements (the measure slice computes them from the blueprint):
// which department says what, with which legal basis, and that a missing fact never passes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateReview, worseVerdict } from '../../../engine/review/evaluateReview.ts';
import { loadDepartments } from '../../../engine/review/loadDepartments.ts';
import { loadReviewPack } from '../../../engine/review/loadReviewPack.ts';
import type {
  Department,
  OverlappedFeature,
  ProjectFacts,
  ProjectMeasurement,
  ProjectReview,
  ReviewPack,
  SetbackFinding,
} from '../../../engine/review/types.ts';

const departmentsLoad = loadDepartments(JSON.parse(readFileSync('seeds/jiyuan/departments.json', 'utf8')));
if (!departmentsLoad.ok) throw new Error(departmentsLoad.errors.map((e) => e.zh).join('\n'));
const departments: Department[] = departmentsLoad.list.departments;
const packLoad = loadReviewPack(JSON.parse(readFileSync('seeds/rules/jiyuan-review.json', 'utf8')), departments);
if (!packLoad.ok) throw new Error(packLoad.errors.map((e) => e.zh).join('\n'));
const pack: ReviewPack = packLoad.pack;

const SITE_M2 = 20_000;

/** A site of 2 ha inside the development boundary and a park, on 一类工业用地, touching nothing else. */
function measurement(over: Partial<ProjectMeasurement> = {}): ProjectMeasurement {
  return {
    projectId: 'p1',
    projectVersion: '0123456789abcdef',
    areaM2: SITE_M2,
    layers: [{ layer: 'CYYQ', areaM2: SITE_M2, features: [feature('CYYQ', '419001000000000201', '虎岭产业集聚区', SITE_M2, {})] }],
    insideDevelopmentBoundaryM2: SITE_M2,
    outsideDevelopmentBoundaryM2: 0,
    landUse: [{ code: '100101', nameZh: '一类工业用地', areaM2: SITE_M2 }],
    setbacks: [],
    conflicts: [],
    undetermined: [],
    indicators: [],
    towns: [{ code: '419001100', name: '克井镇' }],
    ...over,
  };
}

function feature(
  layer: OverlappedFeature['layer'],
  bsm: string,
  name: string | null,
  areaM2: number,
  properties: OverlappedFeature['properties'],
): OverlappedFeature {
  return { featureId: `f-${bsm}`, layer, bsm, name, areaM2, properties: { BSM: bsm, ...properties } };
}

const industrial: ProjectFacts = {
  XMDM: '2024-419001-30-03-000123',
  XMMC: '年产 5 万吨铝材项目',
  XMLX: '工业',
  NYDYT: '100101',
  ZDXM: '否',
  DDXZ: '否',
  GYLB: '一类',
};

const opinion = (review: ProjectReview, department: string) => review.departments.find((d) => d.department === department)!;
const check = (review: ProjectReview, id: string) => review.departments.flatMap((d) => d.checks).find((c) => c.checkId === id);

const farmland = {
  layer: 'YJJBNT' as const,
  areaM2: 3_000,
  features: [feature('YJJBNT', '419001000000000101', null, 3_000, { DLBM: '0101' })],
};
const redLine = {
  layer: 'STBHHX' as const,
  areaM2: 1_500,
  features: [feature('STBHHX', '419001000000000301', '王屋山水源涵养生态保护红线', 1_500, { HXMC: '王屋山水源涵养生态保护红线' })],
};

describe('evaluateReview with the default Jiyuan pack', () => {
  it('fails an industrial project that is not a national major project on 永久基本农田 (自然资源和规划局, 土地管理法第三十五条) and on the red line (生态环境局, 142号)', () => {
    const m = measurement({ layers: [...measurement().layers, farmland, redLine] });
    const review = evaluateReview(m, industrial, pack, departments);
    const farm = check(review, 'ZR-YJJBNT')!;
    expect(farm).toMatchObject({ department: 'zrzy', verdict: 'fail' });
    expect(farm.legalBasis).toContain('《中华人民共和国土地管理法》第三十五条');
    expect(farm.reasonZh).toContain('非国家重大建设项目不得占用永久基本农田');
    expect(farm.reasonZh).toContain('BSM 419001000000000101');
    expect(farm.reasonZh).toContain('0.3000 公顷（4.50 亩）');
    expect(farm.reasonEn).toContain('0.3000 ha (4.50 mu)');
    const red = check(review, 'ST-STBHHX')!;
    expect(red).toMatchObject({ department: 'sthj', verdict: 'fail' });
    expect(red.legalBasis).toContain('自然资发〔2022〕142号');
    expect(red.reasonZh).toContain('生态保护红线「王屋山水源涵养生态保护红线」（BSM 419001000000000301）');
    expect(opinion(review, 'zrzy').verdict).toBe('fail');
    expect(opinion(review, 'sthj').verdict).toBe('fail');
    expect(review.verdict).toBe('fail');
  });

  it('passes a project inside the development boundary, in a park, on compatible land, with every fact given', () => {
    const review = evaluateReview(measurement(), industrial, pack, departments);
    expect(review.departments.map((d) => [d.department, d.verdict])).toEqual([
      ['zrzy', 'pass'],
      ['lyj', 'pass'],
      ['sthj', 'pass'],
      ['fgw', 'pass'],
      ['jtys', 'pass'],
      ['tl', 'pass'],
    ]);
    expect(review.verdict).toBe('pass');
  });

  it('gives 有条件符合 "supply ZDXM" for farmland when the project does not say whether it is a national major project', () => {
    const { ZDXM: _omit, ...noMajor } = industrial;
    const m = measurement({ layers: [...measurement().layers, farmland] });
    const farm = check(evaluateReview(m, noMajor, pack, departments), 'ZR-YJJBNT')!;
    expect(farm.verdict).toBe('conditional');
    expect(farm.conditionsZh).toEqual(['请补充国家重大建设项目（ZDXM）后复核']);
    expect(farm.conditionsEn).toEqual(['supply ZDXM (national major construction project) for a final review']);
    expect(check(evaluateReview(m, { ...industrial, ZDXM: null }, pack, departments), 'ZR-YJJBNT')!.verdict).toBe('conditional');
  });

  it('gives a national major project on farmland 有条件符合 with 补划 and 占补平衡', () => {
    const m = measurement({ layers: [...measurement().layers, farmland] });
    const farm = check(evaluateReview(m, { ...industrial, ZDXM: '是' }, pack, departments), 'ZR-YJJBNT')!;
    expect(farm.verdict).toBe('conditional');
    expect(farm.conditionsZh).toContain('补划数量相等、质量相当的永久基本农田');
  });

  it('fails a site outside the development boundary unless it is separately sited, and asks for DDXZ when unknown', () => {
    const m = measurement({ insideDevelopmentBoundaryM2: 15_000, outsideDevelopmentBoundaryM2: 5_000 });
    const outside = check(evaluateReview(m, industrial, pack, departments), 'ZR-CZKFBJ')!;
    expect(outside.verdict).toBe('fail');
    expect(outside.reasonZh).toContain('位于城镇开发边界外 0.5000 公顷（7.50 亩）');
    expect(check(evaluateReview(m, { ...industrial, DDXZ: '是', DDXZLX: '能源' }, pack, departments), 'ZR-CZKFBJ')!.verdict).toBe(
      'conditional',
    );
    const unknown = check(evaluateReview(m, { ...industrial, DDXZ: undefined }, pack, departments), 'ZR-CZKFBJ')!;
    expect(unknown.verdict).toBe('conditional');
    expect(unknown.conditionsEn[0]).toContain('supply DDXZ');
  });

  it('fails an intended use the planned land use does not permit and names the codes; asks for NYDYT when it is missing', () => {
    const m = measurement({
      landUse: [
        { code: '100101', nameZh: '一类工业用地', areaM2: 12_000 },
        { code: '0101', nameZh: '水田', areaM2: 8_000 },
      ],
    });
    const review = evaluateReview(m, industrial, pack, departments);
    const use = check(review, 'ZR-YDYH')!;
    expect(use.verdict).toBe('fail');
    expect(use.reasonZh).toContain('拟用途 100101 一类工业用地 与规划用途 0101 水田 0.8000 公顷（12.00 亩） 不符');
    // 耕地 in the planned use: 占补平衡 (the same department).
    expect(check(review, 'ZR-GD')).toMatchObject({
      department: 'zrzy',
      verdict: 'conditional',
      legalBasis: '《中华人民共和国土地管理法》第三十条',
    });
    const noUse = check(evaluateReview(m, { ...industrial, NYDYT: null }, pack, departments), 'ZR-YDYH')!;
    expect(noUse.verdict).toBe('conditional');
    expect(noUse.conditionsZh).toEqual(['请补充拟用途（NYDYT）后复核']);
  });

  it('leaves the protected-area checks to the forestry authority: core zone fails, general control zone is conditional', () => {
    const zone = (gnfq: string) => ({
      layer: 'ZRBHD' as const,
      areaM2: 800,
      features: [feature('ZRBHD', '419001000000000401', '太行山猕猴国家级自然保护区', 800, { GNFQ: gnfq })],
    });
    const core = evaluateReview(measurement({ layers: [zone('核心保护区')] }), industrial, pack, departments);
    expect(check(core, 'LY-ZRBHD-HX')).toMatchObject({ department: 'lyj', verdict: 'fail' });
    expect(check(core, 'LY-ZRBHD-YB')).toBeUndefined();
    const general = evaluateReview(
      measurement({ layers: [zone('一般控制区')] }),
      { ...industrial, XMLX: '公共服务', GYLB: null },
      pack,
      departments,
    );
    expect(check(general, 'LY-ZRBHD-YB')).toMatchObject({ department: 'lyj', verdict: 'conditional' });
    expect(opinion(general, 'lyj').verdict).toBe('conditional');
  });

  it('fails class II industry in a level-2 water source zone, is conditional for class I, and asks for GYLB when it is missing', () => {
    const water = (level: string) => ({
      layer: 'YYSY' as const,
      areaM2: 600,
      features: [feature('YYSY', '419001000000000501', '小庄水源地', 600, { BHQJB: level })],
    });
    const level2 = measurement({ layers: [...measurement().layers, water('二级')] });
    expect(check(evaluateReview(level2, { ...industrial, GYLB: '二类' }, pack, departments), 'ST-YYSY-2')!.verdict).toBe('fail');
    expect(check(evaluateReview(level2, industrial, pack, departments), 'ST-YYSY-2')!.verdict).toBe('conditional');
    const unknown = check(evaluateReview(level2, { ...industrial, GYLB: null }, pack, departments), 'ST-YYSY-2')!;
    expect(unknown.conditionsZh).toEqual(['请补充工业类别（GYLB）后复核']);
    const level1 = measurement({ layers: [...measurement().layers, water('一级')] });
    expect(check(evaluateReview(level1, industrial, pack, departments), 'ST-YYSY-1')).toMatchObject({
      verdict: 'fail',
      department: 'sthj',
    });
    expect(
      check(evaluateReview(level1, { ...industrial, XMLX: '水利', NYDYT: '1301', GYLB: null }, pack, departments), 'ST-YYSY-1')!.verdict,
    ).toBe('conditional');
  });

  it('places class III industry outside the parks as 不符合 and class I as 有条件符合 for 发改/工信', () => {
    const outsidePark = measurement({ layers: [] });
    expect(check(evaluateReview(outsidePark, { ...industrial, GYLB: '三类', NYDYT: '100103' }, pack, departments), 'FG-RY')).toMatchObject({
      department: 'fgw',
      verdict: 'fail',
    });
    expect(check(evaluateReview(outsidePark, industrial, pack, departments), 'FG-RY')!.verdict).toBe('conditional');
    expect(
      check(evaluateReview(outsidePark, { ...industrial, XMLX: '公共服务', NYDYT: '08', GYLB: null }, pack, departments), 'FG-RY')!.verdict,
    ).toBe('pass');
  });

  it('fails a malformed project code and asks for a missing one (发改/工信)', () => {
    const bad = check(evaluateReview(measurement(), { ...industrial, XMDM: '2024-41900-30-03-000123' }, pack, departments), 'FG-XMDM')!;
    expect(bad).toMatchObject({ department: 'fgw', verdict: 'fail' });
    expect(bad.reasonZh).toContain('“2024-41900-30-03-000123”格式不对');
    const missing = check(evaluateReview(measurement(), { ...industrial, XMDM: null }, pack, departments), 'FG-XMDM')!;
    expect(missing.verdict).toBe('conditional');
    expect(missing.conditionsEn).toEqual(['supply XMDM (unified project code) for a final review']);
  });

  it('sends road setbacks to 交通运输局 and railway protection zones to the railway authority, naming the line and distances', () => {
    const setback = (kind: 'road' | 'railway', grade: string, requiredM: number): SetbackFinding => ({
      featureId: `s-${kind}`,
      bsm: kind === 'road' ? '419001000000000601' : '419001000000000602',
      name: kind === 'road' ? 'G208' : '焦柳铁路',
      grade,
      kind,
      setting: kind === 'railway' ? '郊区' : null,
      requiredM,
      distanceM: 4.5,
      insideAreaM2: 250,
      corridorWidthM: 30,
    });
    const review = evaluateReview(
      measurement({ setbacks: [setback('road', '国道', 20), setback('railway', '普速铁路', 10)] }),
      industrial,
      pack,
      departments,
    );
    const road = check(review, 'JT-GLKZQ')!;
    expect(road).toMatchObject({ department: 'jtys', verdict: 'conditional' });
    expect(road.legalBasis).toContain('《公路安全保护条例》第十一条');
    expect(road.reasonZh).toContain('交通线路「G208」（BSM 419001000000000601）（国道）控制距离 20 米，项目距用地外缘 4.5 米');
    expect(road.reasonZh).not.toContain('焦柳铁路');
    const rail = check(review, 'TL-AQBHQ')!;
    expect(rail).toMatchObject({ department: 'tl', verdict: 'conditional' });
    expect(rail.reasonZh).toContain('焦柳铁路');
    expect(rail.legalBasis).toContain('《铁路安全管理条例》第二十七条');
  });

  it('gives each listed department an opinion in list order, the worst of its checks, and the joint verdict the worst of all', () => {
    const m = measurement({ layers: [...measurement().layers, farmland], setbacks: [] });
    const review = evaluateReview(m, { ...industrial, ZDXM: '是' }, pack, departments);
    expect(review.departments.map((d) => d.department)).toEqual(departments.map((d) => d.id));
    expect(opinion(review, 'zrzy').verdict).toBe('conditional');
    expect(review.verdict).toBe('conditional');
    expect(worseVerdict('pass', 'fail')).toBe('fail');
    expect(worseVerdict('conditional', 'pass')).toBe('conditional');
  });

  it('fires every check of the default pack on a measurement made for its fact, under the department the pack names', () => {
    const base = measurement();
    const made: Record<string, [Partial<ProjectMeasurement>, ProjectFacts]> = {
      'ZR-YJJBNT': [{ layers: [...base.layers, farmland] }, industrial],
      'ZR-CZKFBJ': [{ outsideDevelopmentBoundaryM2: 10, insideDevelopmentBoundaryM2: SITE_M2 - 10 }, industrial],
      'ZR-GD': [{ landUse: [{ code: '0102', nameZh: '水浇地', areaM2: SITE_M2 }] }, industrial],
      'ZR-YDYH': [{ landUse: [{ code: '0902', nameZh: '商务金融用地', areaM2: SITE_M2 }] }, industrial],
      'ZR-ZB': [
        {
          indicators: [
            {
              indicator: 'permanentFarmland',
              nameZh: '永久基本农田保护面积',
              nameEn: 'Permanent farmland',
              unit: 'ha',
              before: 38740.2,
              after: 38739.9,
              target: 38740,
              violatesTarget: true,
            },
          ],
        },
        industrial,
      ],
      'ZR-CT': [
        { conflicts: [{ key: 'R01:a:b', ruleId: 'R01', title: '生态保护红线与永久基本农田重叠', severity: 'blocker', areaM2: 40 }] },
        industrial,
      ],
      'ZR-DD': [{ undetermined: [{ id: 'u1', areaM2: 30 }] }, industrial],
      'LY-ZRBHD-HX': [
        { layers: [{ layer: 'ZRBHD', areaM2: 5, features: [feature('ZRBHD', '419001000000000401', null, 5, { GNFQ: '核心区' })] }] },
        industrial,
      ],
      'LY-ZRBHD-YB': [
        { layers: [{ layer: 'ZRBHD', areaM2: 5, features: [feature('ZRBHD', '419001000000000401', null, 5, { GNFQ: '实验区' })] }] },
        industrial,
      ],
      'ST-STBHHX': [{ layers: [redLine] }, industrial],
      'ST-YYSY-1': [
        { layers: [{ layer: 'YYSY', areaM2: 5, features: [feature('YYSY', '419001000000000501', null, 5, { BHQJB: '一级' })] }] },
        industrial,
      ],
      'ST-YYSY-2': [
        { layers: [{ layer: 'YYSY', areaM2: 5, features: [feature('YYSY', '419001000000000501', null, 5, { BHQJB: '二级' })] }] },
        industrial,
      ],
      'ST-GYXZ': [{}, { ...industrial, GYLB: '二类', NYDYT: '100102' }],
      'FG-RY': [{ layers: [] }, industrial],
      'FG-GYLB': [{}, { ...industrial, GYLB: '三类', NYDYT: '100103' }],
      'FG-XMDM': [{}, { ...industrial, XMDM: '419001-2024-000123' }],
      'JT-GLKZQ': [
        {
          setbacks: [
            {
              featureId: 'r',
              bsm: null,
              name: 'S312',
              grade: '省道',
              kind: 'road',
              setting: null,
              requiredM: 15,
              distanceM: 0,
              insideAreaM2: 90,
              corridorWidthM: null,
            },
          ],
        },
        industrial,
      ],
      'TL-AQBHQ': [
        {
          setbacks: [
            {
              featureId: 't',
              bsm: null,
              name: '侯月铁路',
              grade: '普速铁路',
              kind: 'railway',
              setting: '其他',
              requiredM: 15,
              distanceM: 3,
              insideAreaM2: 90,
              corridorWidthM: 20,
            },
          ],
        },
        industrial,
      ],
    };
    expect(Object.keys(made).sort()).toEqual(pack.checks.map((c) => c.id).sort());
    for (const c of pack.checks) {
      const [over, facts] = made[c.id]!;
      const result = check(evaluateReview(measurement(over), facts, pack, departments), c.id);
      expect(result, c.id).toBeDefined();
      expect(result!.department, c.id).toBe(c.department);
      expect(result!.verdict, c.id).not.toBe('pass');
      expect(result!.legalBasis, c.id).toBe(c.legalBasis);
      // Nothing fires on the clean site except the checks of every project, and those pass.
      const clean = check(evaluateReview(measurement(), industrial, pack, departments), c.id);
      if (clean) expect([c.id, clean.verdict]).toEqual([c.id, 'pass']);
    }
  });

  it('does not mutate its inputs', () => {
    const m = measurement({ layers: [...measurement().layers, farmland, redLine] });
    const before = JSON.stringify([m, industrial, pack, departments]);
    deepFreeze(m);
    deepFreeze(pack);
    evaluateReview(m, Object.freeze({ ...industrial }), pack, departments);
    expect(JSON.stringify([m, industrial, pack, departments])).toBe(before);
  });
});

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
