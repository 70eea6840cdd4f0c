// Pins the wording of every refusal of engine/edit (commands that do not fit, workspace payloads that are not
// one) in both languages, so moving them into the catalogue keeps them byte for byte.
import { describe, expect, it } from 'vitest';
import {
  applyCommand,
  CommandError,
  payloadProblemMessage,
  planEntryOf,
  type CommandBody,
  type PayloadProblem,
  type WorkspaceData,
} from '../../../engine/edit/index.ts';
import type { FeatureId, PlanDocument, PlanId } from '../../../engine/model/types.ts';
import type { Resolution } from '../../../engine/resolutions/index.ts';
import { fixturePlan } from '../../renderer/fixtures.ts';

const land = fixturePlan('land');
const PLAN = land.plan.id;
const doc: PlanDocument = { ...land, features: land.features.slice(0, 3) };
const ws: WorkspaceData = { plans: new Map([[PLAN, planEntryOf(doc)]]), planOrder: [PLAN], rulePack: null, targets: null };
const [f0, f1] = doc.features as [PlanDocument['features'][number], PlanDocument['features'][number]];

function refusal(command: CommandBody, on: WorkspaceData = ws): string {
  try {
    applyCommand(on, command);
  } catch (error) {
    expect(error).toBeInstanceOf(CommandError);
    return `${(error as CommandError).message}\n${(error as CommandError).en}`;
  }
  throw new Error('the command was applied');
}

describe('edit refusals', () => {
  it('name the plan, the feature and the field of a command that does not fit', () => {
    const other = { ...f0, id: 'x-1' } as typeof f0;
    const texts = [
      refusal({ kind: 'setAttributes', planId: PLAN, featureId: f0.id, before: { ...f0.properties, BZ: 'old' }, after: f0.properties }),
      refusal({ kind: 'setGeometry', planId: PLAN, featureId: f0.id, before: f1.geometry, after: f0.geometry }),
      refusal({ kind: 'addFeature', planId: PLAN, feature: f0, index: 0 }),
      refusal({ kind: 'deleteFeature', planId: PLAN, feature: other, index: 0 }),
      refusal({ kind: 'importPlan', plan: doc, index: 0 }),
      refusal({ kind: 'removePlan', plan: { ...doc, plan: { ...doc.plan, id: 'p-gone' as PlanId, title: '旧规划' } }, index: 0 }),
      refusal({ kind: 'setAttributes', planId: 'p-none' as PlanId, featureId: f0.id, before: {}, after: {} }),
      refusal({ kind: 'setAttributes', planId: PLAN, featureId: 'f-none' as FeatureId, before: {}, after: {} }),
    ];
    expect(texts).toMatchInlineSnapshot(`
      [
        "规划「测试国土空间规划」中要素 规划用地用海「工业用地」（BSM 419001000000000001）的字段 BZ已不是这条编辑所依据的值（已被其他编辑或重新导入改变），编辑未执行
      the field BZ of feature Planned land and sea use "工业用地" (BSM 419001000000000001) in plan "测试国土空间规划" is no longer the value this edit was made against (another edit or a re-import changed it); the edit was not applied",
        "规划「测试国土空间规划」中要素 规划用地用海「工业用地」（BSM 419001000000000001）的几何（geometry）已不是这条编辑所依据的值（已被其他编辑或重新导入改变），编辑未执行
      the geometry of feature Planned land and sea use "工业用地" (BSM 419001000000000001) in plan "测试国土空间规划" is no longer the value this edit was made against (another edit or a re-import changed it); the edit was not applied",
        "规划「测试国土空间规划」中已有要素 规划用地用海「工业用地」（BSM 419001000000000001）（00000000-0000-5000-8000-000000000001）
      plan "测试国土空间规划" already has feature Planned land and sea use "工业用地" (BSM 419001000000000001) (00000000-0000-5000-8000-000000000001)",
        "规划「测试国土空间规划」中没有要素 规划用地用海「工业用地」（BSM 419001000000000001）（x-1）
      plan "测试国土空间规划" has no feature Planned land and sea use "工业用地" (BSM 419001000000000001) (x-1)",
        "规划「测试国土空间规划」（fixture-land）已存在
      plan "测试国土空间规划" (fixture-land) already exists",
        "规划「旧规划」（p-gone）不存在
      plan "旧规划" (p-gone) does not exist",
        "规划 p-none 不存在
      plan p-none does not exist",
        "规划「测试国土空间规划」中没有要素 f-none
      plan "测试国土空间规划" has no feature f-none",
      ]
    `);
  });

  it('name the record of a review or resolution command that does not fit', () => {
    const resolution = { conflictKey: 'k1', logNumber: '20260101000001' } as unknown as Resolution;
    const project = { project: { id: 'P2' }, properties: { XMMC: '甲项目' } } as never;
    const texts = [
      refusal({ kind: 'setResolution', conflictKey: 'k1', before: resolution, after: null }),
      refusal({ kind: 'setProject', projectId: 'P1', index: 0, before: project, after: null }),
      refusal({ kind: 'setProject', projectId: 'P1', index: 0, before: null, after: project }),
      refusal({ kind: 'setDepartments', before: [], after: null }),
      refusal({ kind: 'setConsultation', projectId: 'P1', department: 'zrzy', before: {} as never, after: null }),
      refusal({
        kind: 'setConsultation',
        projectId: 'P1',
        department: 'zrzy',
        before: null,
        after: { projectId: 'P9', department: 'zrzy' } as never,
      }),
      refusal({ kind: 'setOpinion', projectId: 'P1', department: 'zrzy', before: {} as never, after: null }),
      refusal({ kind: 'setJointOpinion', projectId: 'P1', before: {} as never, after: null }),
      refusal({ kind: 'setJointOpinion', projectId: 'P1', before: null, after: { projectId: 'P9' } as never }),
    ];
    expect(texts).toMatchInlineSnapshot(`
      [
        "冲突 k1 的处置记录已变化（应为 20260101000001，实际为 无）
      the resolution of conflict k1 has changed (expected 20260101000001, found none)",
        "项目 甲项目 已变化，与这条编辑记录不符
      project P1 has changed since this edit was recorded",
        "项目编号不一致：P2 ≠ P1
      project ids differ: P2 ≠ P1",
        "部门名录已变化，与这条编辑记录不符
      the department list has changed since this edit was recorded",
        "项目 P1 发给 zrzy 的征求意见已变化，与这条编辑记录不符
      the consultation of zrzy on project P1 has changed since this edit was recorded",
        "项目 P1 发给 zrzy 的征求意见与记录的项目或部门不符
      the consultation of zrzy on project P1 names another project or department",
        "zrzy 对项目 P1 的意见已变化，与这条编辑记录不符
      the opinion of zrzy on project P1 has changed since this edit was recorded",
        "项目 P1 的联合审查意见已变化，与这条编辑记录不符
      the joint opinion on project P1 has changed since this edit was recorded",
        "项目 P1 的联合审查意见与记录的项目或部门不符
      the joint opinion on project P1 names another project or department",
      ]
    `);
  });
});

describe('payload refusals', () => {
  const payload = {
    plans: [{ plan: { title: '城区规划' }, features: [{ properties: { BSM: '7' } }, { properties: {} }] }, { plan: {} }],
    history: { past: [{ kind: 'setPolicy' }, { kind: 'nope' }], future: [{ kind: 'batch' }] },
  };
  const both = (problem: PayloadProblem) =>
    ['zh', 'en'].map((lang) => payloadProblemMessage(problem, payload, { fileName: 'a.lantu', lang: lang as 'zh' | 'en' })).join('\n');
  const schema = (keyword: string, instancePath: string, params: object): PayloadProblem => ({
    kind: 'schema',
    pointer: '',
    errors: [{ keyword, instancePath, params, schemaPath: '#' } as never],
  });

  it('name the file, the place, the field and what is wrong', () => {
    const texts = [
      both({ kind: 'not-object', pointer: '' }),
      both({ kind: 'not-command', pointer: '/history/past/1', found: 3 }),
      both({ kind: 'unknown-command', pointer: '/history/past/1/kind', found: 'nope' }),
      both({ kind: 'duplicate-plan', pointer: '/plans/1/plan/id', found: 'p1' }),
      both({ kind: 'misfit', pointer: '/history/future/0', reason: { zh: '缘由', en: 'why' } }),
      both(schema('required', '/plans/0/features/0', { missingProperty: 'geometry' })),
      both(schema('additionalProperties', '/plans/0/features/1', { additionalProperty: 'x' })),
      both(schema('type', '/plans/0/features/0/properties/BSM', { type: 'integer' })),
      both(schema('const', '/history/past/0/kind', { allowedValue: 'setPolicy' })),
      both(schema('enum', '/plans/1/plan/kind', { allowedValues: ['a', 'b'] })),
      both(schema('pattern', '/plans/0/plan/title', { pattern: '^x$' })),
      both(schema('format', '/plans/0/plan/title', { format: 'date' })),
      both(schema('minimum', '/plans/0/plan/title', { comparison: '>=', limit: 1 })),
      both(schema('minLength', '/plans/0/plan/title', { limit: 2 })),
      both(schema('maxItems', '/plans', { limit: 1 })),
      both(schema('uniqueItems', '/plans', {})),
    ];
    expect(texts).toMatchInlineSnapshot(`
      [
        "无法打开「a.lantu」：workspace.json 中字段 workspace.json 应为 JSON 对象。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, the field workspace.json should be a JSON object. The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中编辑历史第 2 条的字段 history.past[1] 应为编辑命令（对象），实际为 3。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, history entry 2, the field history.past[1] should be an edit command (an object), found 3. The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中编辑历史第 2 条的字段 history.past[1].kind 不是已知的编辑命令类型："nope"（可用：setAttributes、setGeometry、addFeature、deleteFeature、importPlan、removePlan、batch、setResolution、setPolicy、setProject、setDepartments、setConsultation、setOpinion、setJointOpinion）。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, history entry 2, the field history.past[1].kind is not a known command kind: "nope" (known: setAttributes, setGeometry, addFeature, deleteFeature, importPlan, removePlan, batch, setResolution, setPolicy, setProject, setDepartments, setConsultation, setOpinion, setJointOpinion). The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中第 2 个规划的字段 plans[1].plan.id 与前面的规划重复："p1"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan 2, the field plans[1].plan.id repeats an earlier plan's id: "p1". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中可重做的第 1 条编辑（batch）的字段 history.future[0] 与工作区不符，无法重放（缘由）。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, redo entry 1 (batch), the field history.future[0] does not fit the workspace and cannot be replayed (why). The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」第 1 个要素（BSM 7）的字段 plans[0].features[0].geometry 缺失（必填）。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", feature 1 (BSM 7), the field plans[0].features[0].geometry is missing (required). The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」第 2 个要素（无 BSM）的字段 plans[0].features[1].x 不是允许的字段。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", feature 2, the field plans[0].features[1].x is not an allowed field. The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」第 1 个要素（BSM 7）的字段 plans[0].features[0].properties.BSM 应为 integer 类型，实际为 "7"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", feature 1 (BSM 7), the field plans[0].features[0].properties.BSM should be of type integer, found "7". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中编辑历史第 1 条（setPolicy）的字段 history.past[0].kind 应为 "setPolicy"，实际为 "setPolicy"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, history entry 1 (setPolicy), the field history.past[0].kind should be "setPolicy", found "setPolicy". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中第 2 个规划的字段 plans[1].plan.kind 应为 "a"、"b" 之一，实际为 undefined。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan 2, the field plans[1].plan.kind should be one of "a", "b", found undefined. The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」的字段 plans[0].plan.title 格式不对（应符合 ^x$），实际为 "城区规划"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", the field plans[0].plan.title has the wrong form (should match ^x$), found "城区规划". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」的字段 plans[0].plan.title 应为 date 格式，实际为 "城区规划"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", the field plans[0].plan.title should be in date format, found "城区规划". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」的字段 plans[0].plan.title 应 >= 1，实际为 "城区规划"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", the field plans[0].plan.title should be >= 1, found "城区规划". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中规划「城区规划」的字段 plans[0].plan.title 长度应至少为 2，实际为 "城区规划"。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, plan "城区规划", the field plans[0].plan.title should have at least 2 items or characters, found "城区规划". The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中字段 plans 长度应至多为 1，实际为 [{"plan":{"title":"城区规划"},"features":[{"properties":{"BSM":"7"}},{"properties…。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, the field plans should have at most 1 item or character, found [{"plan":{"title":"城区规划"},"features":[{"properties":{"BSM":"7"}},{"properties…. The current workspace was not changed.",
        "无法打开「a.lantu」：workspace.json 中字段 plans 不符合工作区格式（uniqueItems），实际为 [{"plan":{"title":"城区规划"},"features":[{"properties":{"BSM":"7"}},{"properties…。当前工作区未作改动。
      Cannot open "a.lantu": in workspace.json, the field plans does not follow the workspace format (uniqueItems), found [{"plan":{"title":"城区规划"},"features":[{"properties":{"BSM":"7"}},{"properties…. The current workspace was not changed.",
      ]
    `);
  });
});
