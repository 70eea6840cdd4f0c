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
  'export.packageExportInputs.not-package': {
    zh: '不是蓝图成果包（缺少可读的 manifest.json 或 build.json）',
    en: 'is not a blueprint package (no readable manifest.json or build.json)',
  },
  'export.packageExportInputs.mismatch': {
    zh: '与其清单不符：{issues}',
    en: 'does not match its manifest: {issues}',
  },
  'export.packageExportInputs.issue': {
    zh: '{path}（{kind}）',
    en: '{path} ({kind})',
  },
  'export.packageExportInputs.modified': {
    zh: '已被修改',
    en: 'modified',
  },
  'export.packageExportInputs.removed': {
    zh: '缺失',
    en: 'removed',
  },
  'export.packageExportInputs.added': {
    zh: '不在清单中',
    en: 'added',
  },
  'export.packageExportInputs.incomplete-build': {
    zh: '的构建信息（build.json）不完整，无法重建蓝图',
    en: 'has an incomplete build record (build.json): its blueprint cannot be rebuilt',
  },
  'export.sourceFileOf.changed': {
    zh: '{file}: 导出期间文件已被改动，与校验时的内容不同；未写出成果包，请重新导出',
    en: '{file}: the file changed during the export and no longer matches what was validated; no package was written. Export again.',
  },
  'export.prepareExport.not-plan': {
    zh: '{file}: 不是可导出的规划文档',
    en: '{file}: not a plan document that can be exported',
  },
  'export.prepareExport.rule-pack': {
    zh: '{file}: 规则包无效',
    en: '{file}: invalid rule pack',
  },
  'export.prepareExport.policy': {
    zh: '{file}: 优先级策略无效',
    en: '{file}: invalid policy',
  },
  'export.prepareExport.targets': {
    zh: '{file}: 指标目标文件无效',
    en: '{file}: invalid targets file',
  },
  'export.prepareExport.review': {
    zh: '{file}: 项目库无效',
    en: '{file}: invalid project register',
  },
  'export.prepareExport.created': {
    zh: '生成时间应为 ISO 时间，实际为「{created}」',
    en: 'the creation time must be an ISO time, found "{created}"',
  },
  'export.prepareExport.no-plans': {
    zh: '没有可导出的规划文档',
    en: 'no plan document to export',
  },
} as const satisfies Section;
