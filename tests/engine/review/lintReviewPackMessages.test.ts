// Pins the wording of every lintReviewPack error in both languages (moved into the engine catalogue byte for byte).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintReviewPack, loadDepartments, type ReviewPack } from '../../../engine/review/index.ts';

const list = loadDepartments(JSON.parse(readFileSync('seeds/jiyuan/departments.json', 'utf8')));
if (!list.ok) throw new Error('departments');

describe('review pack lint messages', () => {
  it('name the file, the check, the outcome and the field', () => {
    const pack = JSON.parse(readFileSync('seeds/rules/jiyuan-review.json', 'utf8')) as ReviewPack;
    const [a, b] = pack.checks as [ReviewPack['checks'][number], ReviewPack['checks'][number]];
    const outcome = {
      ...a.outcomes[0]!,
      project: { field: 'NOPE', eq: '是' },
      verdict: 'conditional',
      conditionsZh: [],
      conditionsEn: ['x'],
    };
    const bad = {
      ...pack,
      checks: [
        { ...a, department: 'mars', fact: { type: 'overlaps', layer: 'YJJBNT', where: { field: 'ZZZ', eq: '1' } }, outcomes: [outcome] },
        { ...b, id: a.id },
      ],
      compatibility: [pack.compatibility[0]!, pack.compatibility[0]!],
    } as unknown as ReviewPack;
    expect(lintReviewPack(bad, list.ok ? list.list.departments : [], 'p.json').map((e) => `${e.path} ${e.zh} | ${e.en}`))
      .toMatchInlineSnapshot(`
      [
        "/checks/0/department p.json：审查项 ZR-YJJBNT（第 1 项）：部门 mars 不在部门名录中（已有：zrzy、lyj、sthj、fgw、jtys、tl） | p.json: check ZR-YJJBNT (1): department mars is not in the department list (known: zrzy, lyj, sthj, fgw, jtys, tl)",
        "/checks/0/fact/where p.json：审查项 ZR-YJJBNT（第 1 项）：图层 YJJBNT 没有字段 ZZZ | p.json: check ZR-YJJBNT (1): layer YJJBNT has no field ZZZ",
        "/checks/0/outcomes/0/project p.json：审查项 ZR-YJJBNT（第 1 项） 第 1 个结论：项目没有字段 NOPE（可用：XMDM、XMMC、JSDW、XMLX、NYDYT、ZDXM、DDXZ、DDXZLX、GYLB） | p.json: check ZR-YJJBNT (1), outcome 1: projects have no field NOPE (known: XMDM, XMMC, JSDW, XMLX, NYDYT, ZDXM, DDXZ, DDXZLX, GYLB)",
        "/checks/0/outcomes/0/conditionsEn p.json：审查项 ZR-YJJBNT（第 1 项） 第 1 个结论：中文条件 0 条，英文条件 1 条，应一一对应 | p.json: check ZR-YJJBNT (1), outcome 1: 0 Chinese and 1 English conditions; they must pair up",
        "/checks/0/outcomes/0/conditionsZh p.json：审查项 ZR-YJJBNT（第 1 项） 第 1 个结论：有条件符合须列出条件 | p.json: check ZR-YJJBNT (1), outcome 1: a conditional outcome must list its conditions",
        "/checks/0/outcomes/0/project p.json：审查项 ZR-YJJBNT（第 1 项）：最后一个结论不得带项目条件，否则可能没有适用的结论 | p.json: check ZR-YJJBNT (1): the last outcome must have no project condition, or no outcome may apply",
        "/checks/1/id p.json：审查项 ZR-YJJBNT（第 2 项）：标识与第 1 项重复 | p.json: check ZR-YJJBNT (2): repeats the id of check 1",
        "/compatibility/1/projectUse p.json：用途兼容表第 2 行：拟用途 07 与第 1 行重复 | p.json: compatibility row 2: intended use 07 repeats row 1",
      ]
    `);
  });
});
