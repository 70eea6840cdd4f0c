// The review-pack loader and linter: what the schema refuses and what only the linter can say, each message
// naming the file, the check and the field, in Chinese and English.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDepartments } from '../../../engine/review/loadDepartments.ts';
import { loadReviewPack } from '../../../engine/review/loadReviewPack.ts';
import type { Department } from '../../../engine/review/types.ts';

const list = loadDepartments(JSON.parse(readFileSync('seeds/jiyuan/departments.json', 'utf8')));
if (!list.ok) throw new Error('departments');
const departments: Department[] = list.list.departments;
const defaultPack = () => JSON.parse(readFileSync('seeds/rules/jiyuan-review.json', 'utf8'));

const minimal = () => ({
  id: 'test-review',
  version: '1',
  title: '测试',
  compatibility: [{ projectUse: '1001', permittedBy: ['1001'] }],
  checks: [
    {
      id: 'C1',
      titleZh: '永久基本农田',
      titleEn: 'Farmland',
      department: 'zrzy',
      fact: { type: 'overlaps', layer: 'YJJBNT' },
      outcomes: [
        {
          project: { field: 'ZDXM', eq: '是' },
          verdict: 'conditional',
          conditionsZh: ['补划'],
          conditionsEn: ['replace'],
          reasonZh: '重大项目',
          reasonEn: 'major',
        },
        { requires: ['ZDXM'], verdict: 'fail', reasonZh: '不得占用', reasonEn: 'may not occupy' },
      ],
      legalBasis: '《土地管理法》第三十五条',
    },
  ],
});

const errorsOf = (data: unknown) => {
  const load = loadReviewPack(data, departments, 'my-pack.json');
  return load.ok ? [] : load.errors;
};

describe('loadReviewPack', () => {
  it('accepts the default Jiyuan pack, whose checks cover all six departments', () => {
    const load = loadReviewPack(defaultPack(), departments, 'jiyuan-review.json');
    expect(load.ok ? [] : load.errors).toEqual([]);
    if (!load.ok) return;
    expect(new Set(load.pack.checks.map((c) => c.department))).toEqual(new Set(['zrzy', 'lyj', 'sthj', 'fgw', 'jtys', 'tl']));
    for (const c of load.pack.checks) expect(c.legalBasis, c.id).toMatch(/《.+》/);
  });

  it('accepts a minimal pack', () => {
    expect(errorsOf(minimal())).toEqual([]);
  });

  it('refuses a check whose department is not in the department list, naming the department', () => {
    const data = minimal();
    data.checks[0]!.department = 'slj';
    const errors = errorsOf(data);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.path).toBe('/checks/0/department');
    expect(errors[0]!.zh).toBe('my-pack.json：审查项 C1（第 1 项）：部门 slj 不在部门名录中（已有：zrzy、lyj、sthj、fgw、jtys、tl）');
    expect(errors[0]!.en).toContain('department slj is not in the department list');
  });

  it('refuses a last outcome with a project condition (some outcome must always apply)', () => {
    const data = minimal();
    data.checks[0]!.outcomes = [data.checks[0]!.outcomes[0]!];
    expect(errorsOf(data).map((e) => e.zh)).toEqual([
      'my-pack.json：审查项 C1（第 1 项）：最后一个结论不得带项目条件，否则可能没有适用的结论',
    ]);
  });

  it('refuses duplicate check ids, unknown project fields, fields the layer lacks and unpaired conditions', () => {
    const data = minimal();
    const second = structuredClone(data.checks[0]!);
    (second.fact as Record<string, unknown>).where = { field: 'GNFQ', eq: '核心保护区' };
    second.outcomes[0]!.project = { field: 'ZDXMM', eq: '是' };
    second.outcomes[0]!.conditionsEn = [];
    data.checks.push(second);
    const zh = errorsOf(data).map((e) => e.zh);
    expect(zh).toEqual([
      'my-pack.json：审查项 C1（第 2 项）：标识与第 1 项重复',
      'my-pack.json：审查项 C1（第 2 项）：图层 YJJBNT 没有字段 GNFQ',
      expect.stringContaining('my-pack.json：审查项 C1（第 2 项） 第 1 个结论：项目没有字段 ZDXMM'),
      'my-pack.json：审查项 C1（第 2 项） 第 1 个结论：中文条件 1 条，英文条件 0 条，应一一对应',
    ]);
  });

  it('refuses a conditional outcome without conditions and a repeated compatibility row', () => {
    const data = minimal();
    delete (data.checks[0]!.outcomes[0] as Record<string, unknown>).conditionsZh;
    delete (data.checks[0]!.outcomes[0] as Record<string, unknown>).conditionsEn;
    data.compatibility.push({ projectUse: '1001', permittedBy: ['10'] });
    expect(errorsOf(data).map((e) => e.zh)).toEqual([
      'my-pack.json：审查项 C1（第 1 项） 第 1 个结论：有条件符合须列出条件',
      'my-pack.json：用途兼容表第 2 行：拟用途 1001 与第 1 行重复',
    ]);
  });

  it('words schema errors with the file, the check id and the field', () => {
    const data = minimal() as Record<string, unknown>;
    const check = (data.checks as Record<string, unknown>[])[0]!;
    delete check.legalBasis;
    (check.outcomes as Record<string, unknown>[])[1]!.verdict = 'maybe';
    check.fact = { type: 'overlaps', layer: 'GDZY' };
    const zh = errorsOf(data).map((e) => e.zh);
    expect(zh).toContain('my-pack.json：第 1 个审查项 C1：缺少必填字段 legalBasis');
    expect(zh).toContainEqual(
      expect.stringMatching(/^my-pack\.json：第 1 个审查项 C1 的 outcomes\/1\/verdict：应为以下之一："pass"、"conditional"、"fail"$/),
    );
    expect(zh).toContainEqual(expect.stringMatching(/^my-pack\.json：第 1 个审查项 C1 的 fact\/layer：应为以下之一：/));
  });

  it('never throws on input that is not a pack', () => {
    for (const bad of [null, 42, 'pack', [], { checks: 'x' }, { id: 'a', version: '1', title: 't', checks: [{}], compatibility: [] }]) {
      const load = loadReviewPack(bad, departments);
      expect(load.ok).toBe(false);
      if (!load.ok) for (const e of load.errors) expect(e.zh).toMatch(/^review-pack\.json：/);
    }
  });
});

describe('readReviewPack and readDepartments (bytes)', () => {
  it('read the default files from their bytes', async () => {
    const { readDepartments, readReviewPack } = await import('../../../engine/review/readReviewJson.ts');
    const deps = readDepartments(readFileSync('seeds/jiyuan/departments.json'), 'departments.json');
    expect(deps.ok).toBe(true);
    expect(readReviewPack(readFileSync('seeds/rules/jiyuan-review.json'), 'jiyuan-review.json', departments).ok).toBe(true);
  });

  it('refuse empty, truncated and GBK files with a message naming the file', async () => {
    const { readDepartments, readReviewPack } = await import('../../../engine/review/readReviewJson.ts');
    const empty = readReviewPack(new Uint8Array(), 'p.json', departments);
    expect(empty.ok ? [] : empty.errors.map((e) => e.zh)).toEqual(['p.json：文件为空，不是审查规则包']);
    const truncated = readDepartments(new TextEncoder().encode('{"departments": ['), 'd.json');
    expect(truncated.ok ? [] : truncated.errors.map((e) => e.zh)).toEqual(['d.json：JSON 在文件末尾意外结束（文件可能被截断）']);
    const gbk = readDepartments(new Uint8Array([0x7b, 0x22, 0xb2, 0xbf, 0xc3, 0xc5, 0x22, 0x7d]), 'd.json');
    expect(gbk.ok ? '' : gbk.errors[0]!.zh).toMatch(/^d\.json：文件不是有效的 UTF-8 编码/);
  });
});
