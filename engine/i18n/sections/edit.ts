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
} as const satisfies Section;
