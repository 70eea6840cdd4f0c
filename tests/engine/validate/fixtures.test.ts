import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isValidPlan, validatePlanBytes } from '../../../engine/validate/validatePlanBytes.ts';

// Fixtures are written by tests/fixtures/plans/make_fixtures.py (Python uuid5 and pyproj areas), so a valid
// fixture validating with no finding also proves the ids and MJ values agree with independent code.
const root = 'tests/fixtures/plans';
const kinds = ['land', 'ecology', 'industry', 'transport'];

function run(kind: string, file: string) {
  return validatePlanBytes(readFileSync(join(root, kind, file)), file);
}

describe('plan fixtures', () => {
  for (const kind of kinds) {
    const expected = JSON.parse(readFileSync(join(root, kind, 'expected.json'), 'utf8')) as Record<
      string,
      { level: string; code: string; path: string }[]
    >;
    const files = readdirSync(join(root, kind))
      .filter((f) => f.endsWith('.json') && f !== 'expected.json')
      .sort();

    it(`lists every ${kind} fixture in expected.json`, () => {
      expect(Object.keys(expected).sort()).toEqual(files);
      expect(files.length).toBeGreaterThanOrEqual(4);
    });

    for (const file of files) {
      it(`reports exactly the expected findings for ${kind}/${file}`, () => {
        const result = run(kind, file);
        expect(result.findings.map((f) => ({ level: f.level, code: f.code, path: f.path }))).toEqual(expected[file]);
        const fatal = expected[file]!.some((f) => f.level === 'fatal');
        expect(result.plan === undefined).toBe(fatal);
        expect(isValidPlan(result)).toBe(expected[file]!.every((f) => f.level === 'warning'));
      });
    }
  }
});

describe('finding messages', () => {
  const cases: [string, string, string, string][] = [
    [
      'land',
      'unknown-code.json',
      '第 1 个要素 (BSM=419001000000000001) 的 用地用海分类代码 "1009" 不在《用地用海分类指南(2023)》代码表中（在《三调工作分类》中 1009 是 管道运输用地：请核对 plan.classification）',
      'feature 1 (BSM=419001000000000001), field YDYHFLDM (Land and sea use code): "1009" is not in the code table of the land and sea use classification guide (2023) (in the third land survey work classification 1009 is Pipeline transport land: check plan.classification)',
    ],
    [
      'land',
      'area-mismatch.json',
      '第 1 个要素 (BSM=419001000000000001) 的 面积 为 1021593.1 平方米，与椭球面积 1011478.32 平方米相差 1.000%（允许 0.1%）',
      'feature 1 (BSM=419001000000000001), field MJ (Area) is 1021593.1 m², the ellipsoidal area is 1011478.32 m²: off by 1.000 % (tolerance 0.1 %)',
    ],
    [
      'land',
      'self-intersection.json',
      '第 1 个要素 (BSM=419001000000000001) 的面自相交：第 1 个环自身在 [112.605, 35.105] 处相交',
      'feature 1 (BSM=419001000000000001) self-intersects: ring 1 with itself meet at [112.605, 35.105]',
    ],
    [
      'land',
      'multipolygon-same-part-twice.json',
      '第 2 个要素 (BSM=419001000000000002) 的第 1 个面与第 2 个面重叠（如 [112.615, 35.105] 处），面积会被重复计算；请合并或修正这些面',
      'feature 2 (BSM=419001000000000002): parts 1 and 2 overlap (e.g. at [112.615, 35.105]), so their area would be counted twice; merge or fix the parts',
    ],
    [
      'land',
      'ring-not-closed.json',
      '第 1 个要素 (BSM=419001000000000001) 的第 1 个环未闭合：首点 [112.6, 35.1]，末点 [112.6001, 35.1]',
      'feature 1 (BSM=419001000000000001): ring 1 is not closed: first position [112.6, 35.1], last [112.6001, 35.1]',
    ],
    ['land', 'missing-plan-field.json', '规划元数据缺少 来源坐标系（sourceCrs）', 'the plan metadata lacks sourceCrs (来源坐标系)'],
    [
      'ecology',
      'missing-field.json',
      '第 2 个要素 (BSM=419001000000000002) 缺少必填字段 功能分区（GNFQ）',
      'feature 2 (BSM=419001000000000002) lacks the required field GNFQ (Functional zone)',
    ],
    [
      'ecology',
      'invalid-value.json',
      '第 3 个要素 (BSM=419001000000000003) 的 保护区级别 的值 "三级" 无效，应为 "一级" / "二级" / "准保护区"',
      'feature 3 (BSM=419001000000000003), field BHQJB (Reserve level): "三级" is invalid; expected "一级" / "二级" / "准保护区"',
    ],
    [
      'ecology',
      'null-geometry.json',
      '第 3 个要素 (BSM=419001000000000003) 的几何为空（null）',
      'feature 3 (BSM=419001000000000003) has a null geometry',
    ],
    [
      'industry',
      'wrong-type.json',
      '第 2 个要素 (BSM=419001000000000002) 的 是否国家重大项目 应为布尔值（true/false），实际为 "是"',
      'feature 2 (BSM=419001000000000002), field SFZDXM (Major national project) must be a boolean (true/false), found "是"',
    ],
    [
      'industry',
      'geometry-type-mismatch.json',
      '第 2 个要素 (BSM=419001000000000002) 的几何类型为 "LineString"，该图层应为 "Polygon" / "MultiPolygon"',
      'feature 2 (BSM=419001000000000002) has geometry type "LineString"; the layer expects "Polygon" / "MultiPolygon"',
    ],
    [
      'transport',
      'zero-width.json',
      '第 1 个要素 (BSM=419001000000000001) 的 走廊宽度 的值 0 超出范围，应 > 0',
      'feature 1 (BSM=419001000000000001), field KD (Corridor width): 0 is out of range; must be > 0',
    ],
    [
      'transport',
      'projected-coordinates.json',
      '第 2 个要素 (BSM=419001000000000002) 的坐标 [38553000.5, 3884000.2] 超出经纬度范围（经度 −180…180，纬度 −90…90）；看起来是投影坐标（米），规划文档须为 EPSG:4490 经纬度，请先投影转换',
      'feature 2 (BSM=419001000000000002) has coordinate [38553000.5, 3884000.2] outside lon/lat range (lon −180…180, lat −90…90); these look like projected metres: plan documents are EPSG:4490 lon/lat',
    ],
  ];
  for (const [kind, file, zh, en] of cases) {
    it(`words the finding of ${kind}/${file} in Chinese and English`, () => {
      expect(run(kind, file).findings[0]!.message).toEqual({ zh, en });
    });
  }

  it('names feature, field, expected and found in the finding itself', () => {
    const [f] = run('land', 'unknown-code.json').findings;
    expect(f).toMatchObject({
      featureIndex: 0,
      bsm: '419001000000000001',
      layer: 'GHYDYH',
      field: 'YDYHFLDM',
      expected: 'ydyh2023',
      found: '1009',
    });
    expect(f!.featureId).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('the classification trap', () => {
  it('accepts 1001 under 三调 and rejects 用地用海-only codes there', () => {
    const findings = run('land', 'sandiao-1001.json').findings;
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'unknown-code', found: '100101', expected: 'sandiao' });
    expect(findings[0]!.message.zh).toContain('在《用地用海分类指南(2023)》中 100101 是 一类工业用地');
  });

  it('reads the same code against the declared table only', () => {
    const doc = JSON.parse(readFileSync(join(root, 'land', 'valid.json'), 'utf8'));
    doc.features[0].properties.YDYHFLDM = '1009';
    const asYdyh = validatePlanBytes(new TextEncoder().encode(JSON.stringify(doc)), 'x.json').findings;
    doc.plan.classification = 'sandiao';
    doc.features[1].properties.YDYHFLDM = '1001';
    const asSandiao = validatePlanBytes(new TextEncoder().encode(JSON.stringify(doc)), 'x.json').findings;
    expect(asYdyh.map((f) => f.code)).toEqual(['unknown-code']);
    expect(asSandiao).toEqual([]);
  });
});

describe('determinism', () => {
  it('returns identical results, ids and findings across two runs', () => {
    for (const file of ['valid.json', 'duplicate-bsm.json']) {
      const a = run('land', file);
      const b = run('land', file);
      expect(b).toEqual(a);
    }
    const ids = run('land', 'valid.json').plan!.features.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('multipolygon and warning messages', () => {
  it('names the part of a multipolygon', () => {
    expect(run('land', 'multipolygon-hole-outside.json').findings[0]!.message).toEqual({
      zh: '第 2 个要素 (BSM=419001000000000002) 的第 2 个面的第 2 个环（内环）不在外环之内',
      en: 'feature 2 (BSM=419001000000000002): part 2, ring 2 (a hole) lies outside its shell',
    });
  });

  it('suggests the standard name for an aliased column once per layer', () => {
    expect(run('land', 'alias-column.json').findings[0]!.message.zh).toBe(
      'GHYDYH 图层的列 "面积" 是 面积（MJ）的别名，应使用标准字段名 MJ（1 个要素）',
    );
  });

  it('names the wrong Gauss-Krüger zone', () => {
    expect(run('transport', 'wrong-zone.json').findings[0]!.message.zh).toBe(
      '来源坐标系 "EPSG:4549" 的中央经线为 120°E，而数据中心在 112.58°E，可能标错了投影带',
    );
  });
});
