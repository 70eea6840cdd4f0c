// Pure. The engine/edit messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const editMessages = {
  'edit.payloadProblemMessage.planText': {
    zh: '规划「{title}」',
    en: 'plan "{title}"',
  },
  'edit.payloadProblemMessage.planText-2': {
    zh: '第 {plan} 个规划',
    en: 'plan {plan}',
  },
  'edit.payloadProblemMessage.actual': {
    zh: '，实际为 {found}',
    en: ', found {found}',
  },
  'edit.payloadProblemMessage.what': {
    zh: '应为 JSON 对象',
    en: 'should be a JSON object',
  },
  'edit.payloadProblemMessage.what-2': {
    zh: '应为编辑命令（对象），实际为 {found}',
    en: 'should be an edit command (an object), found {found}',
  },
  'edit.payloadProblemMessage.what-3': {
    zh: '与前面的规划重复：{found}',
    en: "repeats an earlier plan's id: {found}",
  },
  'edit.payloadProblemMessage.what-4': {
    zh: '与工作区不符，无法重放（{reason}）',
    en: 'does not fit the workspace and cannot be replayed ({reason})',
  },
  'edit.applyCommand.setAttributes': {
    zh: '字段 {field}',
    en: 'field {field}',
  },
  'edit.applyCommand.setGeometry': {
    zh: '几何（geometry）',
    en: 'geometry',
  },
  'edit.payloadProblemMessage.placeOf': {
    zh: '编辑历史第 {count} 条{named}',
    en: 'history entry {count}{named}',
  },
  'edit.payloadProblemMessage.placeOf-2': {
    zh: '可重做的第 {count} 条编辑{named}',
    en: 'redo entry {count}{named}',
  },
  'edit.payloadProblemMessage.what-5': {
    zh: '不是已知的编辑命令类型：{found}（可用：{v}）',
    en: 'is not a known command kind: {found} (known: {v})',
  },
  'edit.applyCommand.has-feature': {
    zh: '规划「{title}」中已有要素 {feature}（{id}）',
    en: 'plan "{title}" already has feature {feature} ({id})',
  },
  'edit.applyCommand.no-feature': {
    zh: '规划「{title}」中没有要素 {feature}（{id}）',
    en: 'plan "{title}" has no feature {feature} ({id})',
  },
  'edit.applyCommand.plan-exists': {
    zh: '规划「{title}」（{id}）已存在',
    en: 'plan "{title}" ({id}) already exists',
  },
  'edit.applyCommand.plan-missing': {
    zh: '规划「{title}」（{id}）不存在',
    en: 'plan "{title}" ({id}) does not exist',
  },
  'edit.applyCommand.stale': {
    zh: '规划「{title}」中要素 {feature}的{field}已不是这条编辑所依据的值（已被其他编辑或重新导入改变），编辑未执行',
    en: 'the {field} of feature {feature} in plan "{title}" is no longer the value this edit was made against (another edit or a re-import changed it); the edit was not applied',
  },
  'edit.applyCommand.no-plan': {
    zh: '规划 {planId} 不存在',
    en: 'plan {planId} does not exist',
  },
  'edit.applyCommand.no-feature-id': {
    zh: '规划「{title}」中没有要素 {featureId}',
    en: 'plan "{title}" has no feature {featureId}',
  },
  'edit.applyReviewCommand.misfit': {
    zh: '{what}已变化，与这条编辑记录不符',
    en: '{what} has changed since this edit was recorded',
  },
  'edit.applyReviewCommand.other-record': {
    zh: '{what}与记录的项目或部门不符',
    en: '{what} names another project or department',
  },
  'edit.applyReviewCommand.project': {
    zh: '项目 {project} ',
    en: 'project {project}',
  },
  'edit.applyReviewCommand.project-ids': {
    zh: '项目编号不一致：{found} ≠ {id}',
    en: 'project ids differ: {found} ≠ {id}',
  },
  'edit.applyReviewCommand.departments': {
    zh: '部门名录',
    en: 'the department list',
  },
  'edit.applyReviewCommand.consultation': {
    zh: '项目 {projectId} 发给 {department} 的征求意见',
    en: 'the consultation of {department} on project {projectId}',
  },
  'edit.applyReviewCommand.opinion': {
    zh: '{department} 对项目 {projectId} 的意见',
    en: 'the opinion of {department} on project {projectId}',
  },
  'edit.applyReviewCommand.joint-opinion': {
    zh: '项目 {projectId} 的联合审查意见',
    en: 'the joint opinion on project {projectId}',
  },
  'edit.setResolution.changed': {
    zh: '冲突 {conflictKey} 的处置记录已变化（应为 {expected}，实际为 {found}）',
    en: 'the resolution of conflict {conflictKey} has changed (expected {expected}, found {found})',
  },
  'edit.setResolution.none': {
    zh: '无',
    en: 'none',
  },
  'edit.payloadProblemMessage.required': {
    zh: '缺失（必填）',
    en: 'is missing (required)',
  },
  'edit.payloadProblemMessage.additional': {
    zh: '不是允许的字段',
    en: 'is not an allowed field',
  },
  'edit.payloadProblemMessage.type': {
    zh: '应为 {type} 类型{actual}',
    en: 'should be of type {type}{actual}',
  },
  'edit.payloadProblemMessage.const': {
    zh: '应为 {allowed}{actual}',
    en: 'should be {allowed}{actual}',
  },
  'edit.payloadProblemMessage.enum': {
    zh: '应为 {allowed} 之一{actual}',
    en: 'should be one of {allowed}{actual}',
  },
  'edit.payloadProblemMessage.pattern': {
    zh: '格式不对（应符合 {pattern}）{actual}',
    en: 'has the wrong form (should match {pattern}){actual}',
  },
  'edit.payloadProblemMessage.format': {
    zh: '应为 {format} 格式{actual}',
    en: 'should be in {format} format{actual}',
  },
  'edit.payloadProblemMessage.limit': {
    zh: '应 {comparison} {limit}{actual}',
    en: 'should be {comparison} {limit}{actual}',
  },
  'edit.payloadProblemMessage.min-length': {
    zh: '长度应至少为 {limit}{actual}',
    en: 'should have at least {limit|# item or character|# items or characters}{actual}',
  },
  'edit.payloadProblemMessage.max-length': {
    zh: '长度应至多为 {limit}{actual}',
    en: 'should have at most {limit|# item or character|# items or characters}{actual}',
  },
  'edit.payloadProblemMessage.other': {
    zh: '不符合工作区格式（{keyword}）{actual}',
    en: 'does not follow the workspace format ({keyword}){actual}',
  },
  'edit.payloadProblemMessage.refusal': {
    zh: '无法打开「{fileName}」：{file} 中{place}字段 {field} {what}。当前工作区未作改动。',
    en: 'Cannot open "{fileName}": in {file}{place}, the field {field} {what}. The current workspace was not changed.',
  },
  'edit.payloadProblemMessage.place': {
    zh: '{place}的',
    en: ', {place}',
  },
  'edit.payloadProblemMessage.feature': {
    zh: '{plan}第 {feature} 个要素（BSM {bsm}）',
    en: '{plan}, feature {feature} (BSM {bsm})',
  },
  'edit.payloadProblemMessage.feature-no-bsm': {
    zh: '{plan}第 {feature} 个要素（无 BSM）',
    en: '{plan}, feature {feature}',
  },
} as const satisfies Section;
