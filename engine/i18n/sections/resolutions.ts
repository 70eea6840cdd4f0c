// Pure. The engine/resolutions messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const resolutionsMessages = {
  'resolutions.proposeResolutions.defer-fallback': {
    zh: '双方优先级相同或无法确定，由统筹协调人员决定',
    en: 'both sides have the same precedence or it cannot be determined: the coordinator decides',
  },
  'resolutions.proposeResolutions.tier-precedence': {
    zh: '{name}优先（层次 {tier}）：{basis}',
    en: '{name} takes precedence (tier {tier}): {basis}',
  },
  'resolutions.validatePolicy.titleEn': {
    zh: '英文名称',
    en: 'English title',
  },
  'resolutions.validatePolicy.descriptionEn': {
    zh: '英文说明',
    en: 'English description',
  },
  'resolutions.validatePolicy.nameEn': {
    zh: '英文名称',
    en: 'English name',
  },
  'resolutions.validatePolicy.basisEn': {
    zh: '英文依据',
    en: 'English basis',
  },
  'resolutions.validatePolicy.reasonEn': {
    zh: '英文理由',
    en: 'English reason',
  },
  'resolutions.validatePolicy.schemaVersion': {
    zh: '模式版本',
    en: 'schema version',
  },
  'resolutions.validatePolicy.id': {
    zh: '策略标识',
    en: 'id',
  },
  'resolutions.validatePolicy.title': {
    zh: '名称',
    en: 'title',
  },
  'resolutions.validatePolicy.description': {
    zh: '说明',
    en: 'description',
  },
  'resolutions.validatePolicy.tiers': {
    zh: '优先级层次',
    en: 'tiers',
  },
  'resolutions.validatePolicy.rules': {
    zh: '按规则的处置建议',
    en: 'rules',
  },
  'resolutions.validatePolicy.coverage': {
    zh: '一张图用地覆盖',
    en: 'coverage',
  },
  'resolutions.validatePolicy.tier': {
    zh: '层次',
    en: 'tier',
  },
  'resolutions.validatePolicy.nameZh': {
    zh: '名称',
    en: 'name',
  },
  'resolutions.validatePolicy.layers': {
    zh: '图层',
    en: 'layers',
  },
  'resolutions.validatePolicy.basis': {
    zh: '依据',
    en: 'basis',
  },
  'resolutions.validatePolicy.ruleId': {
    zh: '规则',
    en: 'rule',
  },
  'resolutions.validatePolicy.severity': {
    zh: '仅适用于该级别',
    en: 'severity',
  },
  'resolutions.validatePolicy.action': {
    zh: '处置方式',
    en: 'action',
  },
  'resolutions.validatePolicy.reasonZh': {
    zh: '理由',
    en: 'reason',
  },
  'resolutions.validatePolicy.requiresApproval': {
    zh: '需要批准文件',
    en: 'requires approval',
  },
  'resolutions.validatePolicy.requiresCompensation': {
    zh: '需要补划',
    en: 'requires compensation',
  },
  'resolutions.validatePolicy.layer': {
    zh: '图层',
    en: 'layer',
  },
  'resolutions.validatePolicy.classField': {
    zh: '用途代码字段',
    en: 'class field',
  },
  'resolutions.validatePolicy.classValue': {
    zh: '固定用途代码',
    en: 'class value',
  },
  'resolutions.validatePolicy.classNameZh': {
    zh: '固定用途名称',
    en: 'class name',
  },
  'resolutions.validatePolicy.fullCoverage': {
    zh: '全覆盖图层',
    en: 'full-coverage layers',
  },
  'resolutions.validatePolicy.nameField': {
    zh: '用途名称字段',
    en: 'name field',
  },
  'resolutions.validatePolicy.splitUses': {
    zh: '让出部分用途',
    en: 'split uses',
  },
  'resolutions.validatePolicy.code': {
    zh: '用途代码',
    en: 'use code',
  },
  'resolutions.validatePolicy.describePolicyPath': {
    zh: '策略',
    en: 'policy',
  },
  'resolutions.validatePolicy.item': {
    zh: '（第 {itemText} 项）',
    en: ' (item {itemText})',
  },
  'resolutions.validatePolicy.owner': {
    zh: '第 {index} 个层次',
    en: 'tier {index}',
  },
  'resolutions.validatePolicy.owner-2': {
    zh: '第 {index} 条处置建议',
    en: 'proposal {index}',
  },
  'resolutions.validatePolicy.owner-3': {
    zh: '一张图用地覆盖第 {index} 项',
    en: 'coverage entry {index}',
  },
  'resolutions.validatePolicy.owner-4': {
    zh: '{list}第 {index} 项',
    en: '{list} item {index}',
  },
  'resolutions.validatePolicy.describePolicyPath-2': {
    zh: '{owner}的 {name}{item}',
    en: '{owner}, {name}{item}',
  },
  'resolutions.regionChangedReason.amount': {
    zh: '{value} 公顷',
    en: '{value} ha',
  },
  'resolutions.regionChangedReason.amount-2': {
    zh: '{value} 米',
    en: '{value} m',
  },
  'resolutions.regionChangedReason.noun': {
    zh: '长度',
    en: 'length',
  },
  'resolutions.regionChangedReason.noun-2': {
    zh: '距离',
    en: 'distance',
  },
  'resolutions.regionChangedReason.noun-3': {
    zh: '面积',
    en: 'area',
  },
  'resolutions.regionChangedReason.regionChangedReason': {
    zh: '冲突区域已变化：处置时 {before}，现在 {after}，需重新处置',
    en: 'The conflict region changed: {before} when resolved, {after} now. Resolve it again.',
  },
  'resolutions.regionChangedReason.regionChangedReason-2': {
    zh: '冲突区域已变化：现在 {after}（处置时的{noun}未记录），需重新处置',
    en: 'The conflict region changed: {after} now (the {noun} when resolved was not recorded). Resolve it again.',
  },
  'resolutions.regionChangedReason.regionChangedReason-3': {
    zh: '冲突区域已变化，需重新处置',
    en: 'The conflict region changed after an edit or re-import. Resolve it again.',
  },
  'resolutions.createResolution.createResolution': {
    zh: '未填写处置人',
    en: 'the name of who decides is missing',
  },
  'resolutions.createResolution.createResolution-2': {
    zh: '冲突 {key} 中让步一方的要素不存在',
    en: 'the yielding feature of {key} does not exist',
  },
  'resolutions.createResolution.createResolution-3': {
    zh: '冲突 {key} 没有可扣除的面状区域',
    en: '{key} has no polygonal region to subtract',
  },
  'resolutions.createResolution.createResolution-4': {
    zh: '修改属性需要指定字段与新值',
    en: 'changing an attribute needs a field and a value',
  },
  'resolutions.createResolution.createResolution-5': {
    zh: '冲突 {key} 中要修改的要素不存在',
    en: 'the feature to change in {key} does not exist',
  },
  'resolutions.createResolution.createResolution-6': {
    zh: '例外需要批准文号',
    en: 'an exception needs the approval document number',
  },
  'resolutions.createResolution.createResolution-7': {
    zh: '例外需要批准机关',
    en: 'an exception needs the issuing authority',
  },
  'resolutions.createResolution.createResolution-8': {
    zh: '例外需要理由',
    en: 'an exception needs a reason',
  },
  'resolutions.createResolution.createResolution-9': {
    zh: '有效期应为 yyyy-mm-dd，实际为「{expiresOn}」',
    en: 'expiry must be yyyy-mm-dd, found "{expiresOn}"',
  },
  'resolutions.createResolution.createResolution-10': {
    zh: '国家重大项目占用永久基本农田 {value} 公顷，须先补划不少于该面积的永久基本农田',
    en: 'the project occupies {value} ha of permanent farmland: add replacement farmland of at least that area first',
  },
  'resolutions.createResolution.createResolution-11': {
    zh: '冲突 {key} 不涉及永久基本农田，无法补划',
    en: '{key} involves no permanent farmland to replace',
  },
  'resolutions.createResolution.createResolution-12': {
    zh: '补划面积 {value} 公顷小于占用面积 {value2} 公顷',
    en: 'replacement area {value} ha is less than the occupied {value2} ha',
  },
  'resolutions.createResolution.createResolution-13': {
    zh: '补划图斑 BSM {bsm} 已存在',
    en: 'replacement parcel BSM {bsm} already exists',
  },
  'resolutions.createResolution.createResolution-14': {
    zh: '维护日志编号应为 yyyymmdd + 6 位序号（部门临时编号 yyyymmdd-站代码-6 位序号），实际为「{logNumber}」',
    en: 'log number must be yyyymmdd + 6 digits (a department\'s provisional yyyymmdd-CODE-6 digits), found "{logNumber}"',
  },
  'resolutions.conflictStatus.open': {
    zh: '未处置',
    en: 'open',
  },
  'resolutions.conflictStatus.stale': {
    zh: '待复核',
    en: 're-check pending',
  },
  'resolutions.conflictStatus.resolved': {
    zh: '已处置',
    en: 'resolved',
  },
  'resolutions.conflictStatus.exceptionApproved': {
    zh: '例外（已批准）',
    en: 'exception (approved)',
  },
  'resolutions.conflictStatus.exceptionExpired': {
    zh: '例外（已过期）',
    en: 'exception (expired)',
  },
  'resolutions.conflictStatus.deferred': {
    zh: '暂缓',
    en: 'deferred',
  },
  'resolutions.conflictStatus.reopened': {
    zh: '重新打开',
    en: 'reopened',
  },
  'resolutions.conflictStatus.conflictStatus': {
    zh: '处置所做的修改已不在当前数据中（编辑或重新导入后冲突再次出现），需重新处置',
    en: 'the fix is no longer in the data (the conflict is back after an edit or re-import): resolve it again',
  },
  'resolutions.conflictStatus.conflictStatus-2': {
    zh: '批准文件 {approvalNumber} 已于 {expiresOn} 到期',
    en: 'approval {approvalNumber} expired on {expiresOn}',
  },
  'resolutions.applyResolutions.applyResolutions': {
    zh: '要素 {bsm}（{detail}）已在编辑或重新导入后变化，处置未能应用',
    en: 'feature {bsm} ({detail}) changed after an edit or re-import; the resolution was not applied',
  },
  'resolutions.checkPolicy.checkPolicy': {
    zh: '第 {index} 个层次的 层次：应为 {index}（层次按先后编号 1..n，1 最高），实际为 {tier}',
    en: 'tier {index}, number: expected {index} (tiers are numbered 1..n in order, 1 highest), found {tier}',
  },
  'resolutions.checkPolicy.checkPolicy-2': {
    zh: '第 {index} 条处置建议的 规则：{ruleId} 不在当前规则包中，这条建议不会用到',
    en: 'proposal {index}, rule: {ruleId} is not in the current rule pack; this proposal will not be used',
  },
  'resolutions.checkPolicy.checkPolicy-3': {
    zh: '全覆盖图层第 {index} 项的 让出部分用途第 {j} 条：规则 {ruleId} 与第 {firstUse} 条重复（只有第 {firstUse} 条会被采用）',
    en: 'full-coverage entry {index}, split use {j}: rule {ruleId} repeats use {firstUse} (only that one would be used)',
  },
  'resolutions.checkPolicy.checkPolicy-4': {
    zh: '一张图用地覆盖第 {index} 项的 图层：{layer} 重复出现在第 {first} 项',
    en: 'coverage entry {index}, layer: {layer} repeats entry {first}',
  },
  'resolutions.checkPolicy.checkPolicy-5': {
    zh: '全覆盖图层第 {index} 项的 图层：{layer} 重复出现在第 {first} 项',
    en: 'full-coverage entry {index}, layer: {layer} repeats entry {first}',
  },
  'resolutions.createResolution.no-yield-use': {
    zh: '{who} 位于全覆盖图层，让步会留下空洞：优先级策略未规定规则 {rule}下让出部分的用途（全覆盖图层的让步用途），未执行让步',
    en: '{who} is in a full-coverage layer and yielding would leave a hole: the precedence policy names no use for the part given up under rule {rule} (full-coverage yield uses); the yield was not applied',
  },
  'resolutions.createResolution.corridor-still-overlaps': {
    zh: '{who} 让步后，其通道（按宽度 KD）仍与规则 {rule}的冲突区域重叠 {areaM2} 平方米，冲突不会消除：请调整线位或选择其他处置方式',
    en: 'after {who} yields, its corridor (by its width KD) still overlaps the region of the rule {rule} conflict by {areaM2} m², so the conflict would remain: move the alignment or choose another resolution',
  },
  'resolutions.createResolution.nothing-to-yield': {
    zh: '规则 {rule}的冲突区域不在让步一方 {who} 之内：扣除不会改变它，也不会消除冲突，请选择其他处置方式',
    en: 'the region of the rule {rule} conflict does not lie in the yielding {who}: subtracting it changes nothing and does not resolve the conflict; choose another resolution',
  },
  'resolutions.changeTypeName.added': {
    zh: '调入',
    en: 'added',
  },
  'resolutions.changeTypeName.attributes': {
    zh: '属性变更',
    en: 'attributes changed',
  },
  'resolutions.changeTypeName.removed': {
    zh: '调出',
    en: 'removed',
  },
  'resolutions.checkPolicy.layer-twice-in-tier': {
    zh: '第 {tier} 个层次的 图层：{layer} 重复出现在同一层次中（每个图层至多属于一个层次）',
    en: 'tier {tier}, layers: {layer} already appears in the same tier (a layer belongs to at most one tier)',
  },
  'resolutions.checkPolicy.layer-twice': {
    zh: '第 {tier} 个层次的 图层：{layer} 重复出现在第 {first} 个层次（每个图层至多属于一个层次）',
    en: 'tier {tier}, layers: {layer} already appears in tier {first} (a layer belongs to at most one tier)',
  },
  'resolutions.checkPolicy.rule-of-severity': {
    zh: '{ruleId}（仅{severity}）',
    en: '{ruleId} ({severity})',
  },
  'resolutions.checkPolicy.rule-twice': {
    zh: '第 {index} 条处置建议的 规则：{rule} 与第 {first} 条重复（只有第 {first} 条会被采用）',
    en: 'proposal {index}, rule: {rule} repeats proposal {first} (only that one would be used)',
  },
} as const satisfies Section;
