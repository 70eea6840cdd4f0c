// Pure. The engine/package messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const packageMessages = {
  'package.packageFiles.preflight': {
    zh: '待定区域 {id}（{haText} 公顷，{value}, {value2}）没有规划用途',
    en: 'undetermined area {id} ({haText} ha at {value}, {value2}) has no designated use',
  },
  'package.packageFiles.blocker': {
    zh: '阻断冲突 {conflict}（{status}）',
    en: 'blocker {conflict} ({status})',
  },
} as const satisfies Section;
