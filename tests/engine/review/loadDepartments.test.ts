// The managed department list: the Jiyuan default and what the loader refuses, naming file, department and field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KIND_DEPARTMENT_ZH, PLAN_KINDS } from '../../../engine/model/layers.ts';
import { loadDepartments } from '../../../engine/review/loadDepartments.ts';

const seed = () => JSON.parse(readFileSync('seeds/jiyuan/departments.json', 'utf8'));

describe('loadDepartments', () => {
  it('accepts the Jiyuan default: six departments with full and short names in both languages', () => {
    const load = loadDepartments(seed(), 'departments.json');
    expect(load.ok ? [] : load.errors).toEqual([]);
    if (!load.ok) return;
    expect(load.list.departments.map((d) => [d.id, d.kind])).toEqual([
      ['zrzy', 'natural-resources'],
      ['lyj', 'forestry'],
      ['sthj', 'ecology'],
      ['fgw', 'development'],
      ['jtys', 'transport'],
      ['tl', 'railway'],
    ]);
  });

  it('assigns each plan kind to exactly one department, the one KIND_DEPARTMENT_ZH names', () => {
    const load = loadDepartments(seed());
    if (!load.ok) throw new Error('seed');
    for (const kind of PLAN_KINDS) {
      const owners = load.list.departments.filter((d) => d.planKinds.includes(kind));
      expect(owners, kind).toHaveLength(1);
      // 发展改革委/工信局 is written out in the list as 发展和改革委员会（工业和信息化局）.
      const words = KIND_DEPARTMENT_ZH[kind].replace('发展改革委/工信局', '发展和改革委员会');
      expect(owners[0]!.nameZh, kind).toContain(words);
    }
  });

  it('refuses a repeated id or full name, naming both departments', () => {
    const data = seed();
    data.departments[3].id = 'sthj';
    data.departments[5].nameZh = data.departments[0].nameZh;
    const load = loadDepartments(data, 'bm.json');
    expect(load.ok ? [] : load.errors.map((e) => e.zh)).toEqual([
      'bm.json：第 4 个部门的标识 sthj 与第 3 个部门重复',
      'bm.json：第 6 个部门 tl 的全称“济源市自然资源和规划局”与第 1 个部门重复',
    ]);
  });

  it('names the department and field of a schema error', () => {
    const data = seed();
    delete data.departments[1].shortZh;
    data.departments[2].kind = 'police';
    const load = loadDepartments(data, 'bm.json');
    const zh = load.ok ? [] : load.errors.map((e) => e.zh);
    expect(zh).toContain('bm.json：第 2 个部门 lyj：缺少必填字段 shortZh');
    expect(zh).toContainEqual(expect.stringMatching(/^bm\.json：第 3 个部门 sthj 的 kind：应为以下之一："natural-resources"/));
    const en = load.ok ? [] : load.errors.map((e) => e.en);
    expect(en).toContain('bm.json: department 2 (lyj): lacks the required field shortZh');
  });

  it('never throws on input that is not a list', () => {
    for (const bad of [null, 1, 'x', [], {}, { departments: [null] }]) expect(loadDepartments(bad).ok).toBe(false);
  });
});
