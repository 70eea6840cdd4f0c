// Pure. The engine/export messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const exportMessages = {
  'export.readResolutionsFile.readResolutionsFile': {
    zh: '{file}：不是处置记录文件（缺少 resolutions 数组）',
    en: '{file}: not a resolutions file (no resolutions array)',
  },
  'export.readResolutionsFile.readResolutionsFile-2': {
    zh: '{file}：第 {index} 条处置记录的 edits 应为数组',
    en: '{file}: resolution {index} has edits that are not an array',
  },
  'export.readResolutionsFile.readResolutionsFile-3': {
    zh: '{file}：第 {index} 条处置记录的维护日志编号应为 yyyymmdd + 6 位序号',
    en: '{file}: resolution {index} has a malformed or missing log number',
  },
  'export.packageExportInputs.refuse': {
    zh: '成果包 {name} {detail}',
    en: 'package {name} {detail}',
  },
  'export.readResolutionsFile.readResolutionsFile-4': {
    zh: '{file}：第 {index} 条处置记录缺少字段 {v}',
    en: '{file}: resolution {index} lacks {v}',
  },
} as const satisfies Section;
