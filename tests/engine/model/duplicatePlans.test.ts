// duplicatePlans: the one definition of "one plan given twice" that check, export and the editor's import refuse.
import { describe, expect, it } from 'vitest';
import { duplicatePlanMessage, duplicatePlans, type PlanIdentity } from '../../../engine/model/duplicatePlans.ts';

const plan = (id: string, bsms: string[], kind: PlanIdentity['kind'] = 'land'): PlanIdentity => ({
  id,
  kind,
  features: bsms.map((BSM) => ({ layer: 'GHYDYH', properties: { BSM } })),
});

describe('duplicatePlans', () => {
  it('reports a plan id given twice against its first occurrence', () => {
    expect(duplicatePlans([plan('a', ['1']), plan('b', ['2']), plan('a', ['3'])])).toEqual([
      { first: 0, second: 2, reason: 'id', planId: 'a', featureCount: 1 },
    ]);
  });

  it('reports a copy under another id when every feature has the same layer and BSM, in any order', () => {
    expect(duplicatePlans([plan('a', ['1', '2']), plan('b', ['2', '1'])])).toEqual([
      { first: 0, second: 1, reason: 'features', planId: 'b', featureCount: 2 },
    ]);
  });

  it('accepts different plans: another BSM, another kind, another count, or no BSM to tell them apart', () => {
    expect(duplicatePlans([plan('a', ['1', '2']), plan('b', ['1', '3'])])).toEqual([]);
    expect(duplicatePlans([plan('a', ['1']), plan('b', ['1'], 'industry')])).toEqual([]);
    expect(duplicatePlans([plan('a', ['1']), plan('b', ['1', '2'])])).toEqual([]);
    expect(duplicatePlans([plan('a', ['']), plan('b', [''])])).toEqual([]);
  });

  it('names both plans in the message, in Chinese and English', () => {
    const [d] = duplicatePlans([plan('a', ['1']), plan('b', ['1'])]);
    const m = duplicatePlanMessage(d!, (i) => ['x.json', 'y.json'][i]!);
    expect(m.zh).toBe(
      'y.json 与 x.json 是同一份规划（1 个要素的图层与标识码 BSM 全部相同），同一规划只能给出一次；新的一版请作为该规划的新版本导入',
    );
    expect(m.en).toBe(
      'y.json and x.json are the same plan (its 1 feature has the same layer and BSM); give each plan once, and import a new edition as a new version of that plan',
    );
  });
});
