import { describe, expect, it } from 'vitest';
import { departmentLabel, planDepartment } from '../../../renderer/components/planDepartment.ts';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/services/review/defaultDepartments.ts';
import type { WorkspaceData } from '../../../renderer/store/types.ts';

function workspaceWith(plans: { id: string; kind: string; department: string }[], departments: WorkspaceData['departments'] = null) {
  return {
    departments,
    plans: new Map(plans.map((p) => [p.id, { meta: { id: p.id, kind: p.kind, department: p.department } }])),
  } as unknown as Pick<WorkspaceData, 'departments' | 'plans'>;
}

describe('planDepartment', () => {
  it('finds the managed department by its full name and shows its short name, the full name for the tooltip', () => {
    const ws = workspaceWith([{ id: 'land', kind: 'land', department: '济源市自然资源和规划局' }]);
    expect(planDepartment(ws, 'land')?.id).toBe('zrzy');
    expect(departmentLabel(ws, 'land', 'zh')).toEqual({ short: '自然资源', full: '济源市自然资源和规划局' });
    expect(departmentLabel(ws, 'land', 'en')).toEqual({ short: 'Natural resources', full: 'Jiyuan Natural Resources and Planning Bureau' });
  });

  it('matches a name written with other punctuation ("/" for "（）"), as the demo industry plan is', () => {
    const ws = workspaceWith([{ id: 'ind', kind: 'industry', department: '济源市发展和改革委员会/工业和信息化局' }]);
    expect(departmentLabel(ws, 'ind', 'zh').short).toBe('发改工信');
  });

  it("falls back to the only department that submits the plan kind, and otherwise to the plan's own text", () => {
    const byKind = workspaceWith([{ id: 'eco', kind: 'ecology', department: '生态局（旧称）' }]);
    expect(departmentLabel(byKind, 'eco', 'zh')).toEqual({ short: '生态环境', full: '济源市生态环境局' });
    const none = workspaceWith(
      [{ id: 'x', kind: 'land', department: '某县规划办' }],
      DEFAULT_DEPARTMENTS.filter((d) => d.id !== 'zrzy'),
    );
    expect(departmentLabel(none, 'x', 'zh')).toEqual({ short: '某县规划办', full: '某县规划办' });
    expect(departmentLabel(none, undefined, 'zh')).toEqual({ short: '', full: '' });
  });

  it("uses the workspace's own managed list before the bundled default", () => {
    const own = [{ ...DEFAULT_DEPARTMENTS[0]!, shortZh: '资规局' }];
    const ws = workspaceWith([{ id: 'land', kind: 'land', department: DEFAULT_DEPARTMENTS[0]!.nameZh }], own);
    expect(departmentLabel(ws, 'land', 'zh').short).toBe('资规局');
  });
});
