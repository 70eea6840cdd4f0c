// Pure. The engine/validate messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const validateMessages = {
  'validate.validateDocumentBytes.plan': {
    zh: '规划文档',
    en: 'plan document',
  },
  'validate.validateDocumentBytes.rulepack': {
    zh: '规则包',
    en: 'rule pack',
  },
  'validate.validateDocumentBytes.targets': {
    zh: '指标目标',
    en: 'targets',
  },
  'validate.validateDocumentBytes.workspace': {
    zh: '工作空间',
    en: 'workspace',
  },
  'validate.validateDocumentBytes.conflict-report': {
    zh: '冲突报告',
    en: 'conflict report',
  },
  'validate.validateDocumentBytes.expected-conflicts': {
    zh: '预期冲突清单',
    en: 'expected conflicts',
  },
  'validate.validateDocumentBytes.policy': {
    zh: '处置优先级策略',
    en: 'precedence policy',
  },
  'validate.validateDocumentBytes.manifest': {
    zh: '成果包清单',
    en: 'package manifest',
  },
  'validate.validateDocumentBytes.departments': {
    zh: '部门名录',
    en: 'department list',
  },
  'validate.validateDocumentBytes.review-pack': {
    zh: '并联审批审查规则包',
    en: 'review pack',
  },
  'validate.validateDocumentBytes.project': {
    zh: '投资项目文档',
    en: 'project document',
  },
  'validate.validateDocumentBytes.review-consultation': {
    zh: '征求意见函',
    en: 'consultation letter',
  },
  'validate.validateDocumentBytes.review-opinion': {
    zh: '部门审查意见',
    en: 'department opinion',
  },
  'validate.validateDocumentBytes.review-projects': {
    zh: '项目库',
    en: 'project register',
  },
  'validate.validateDocumentBytes.review-opinions': {
    zh: '部门意见与联合审查意见',
    en: 'opinions and joint opinions',
  },
  'validate.checkGeometry.nesting': {
    zh: '{type} 的坐标嵌套层次不对',
    en: '{type} coordinates are nested wrongly',
  },
  'validate.checkGeometry.position-arity': {
    zh: '坐标应为 [经度, 纬度] 或 [经度, 纬度, 高程]，实际有 {length} 个值',
    en: 'a position must be [lon, lat] or [lon, lat, z], found {length|# value|# values}',
  },
  'validate.checkGeometry.not-a-number': {
    zh: '坐标值 {value} 不是数值',
    en: 'coordinate value {value} is not a number',
  },
  'validate.messages.feature-label': {
    zh: '第 {index} 个要素{tag}',
    en: 'feature {index}{tag}',
  },
  'validate.messages.empty-file': {
    zh: '文件为空，不是规划文档',
    en: 'the file is empty, not a plan document',
  },
  'validate.messages.not-utf8': {
    zh: '文件不是有效的 UTF-8 编码（第 {offset} 字节起；可能是 GBK 编码，请另存为 UTF-8）',
    en: 'the file is not valid UTF-8 (from byte {offset}; possibly GBK: save it as UTF-8)',
  },
  'validate.messages.truncated-json': {
    zh: 'JSON 在文件末尾意外结束（文件可能被截断）',
    en: 'the JSON ends unexpectedly (the file may be truncated)',
  },
  'validate.messages.invalid-json': {
    zh: '不是有效的 JSON：第 {line} 行第 {column} 列附近有语法错误',
    en: 'not valid JSON: syntax error near line {line}, column {column}',
  },
  'validate.messages.too-deep': {
    zh: '数组或对象嵌套过深（超过 {expected} 层），不是规划文档',
    en: 'arrays or objects are nested too deeply (more than {expected} levels): not a plan document',
  },
  'validate.messages.file-too-large': {
    zh: '文件过大（{found} 字节），超出一次读入的上限（约 5.4 亿个字符）：请按图层或区域拆分成几个文件再导入',
    en: 'the file is too large to read in one piece ({found} bytes; the limit is about 540 million characters): split it by layer or area',
  },
  'validate.messages.string-too-long': {
    zh: '{where}的字符串过长（{found} 个字符，上限 {expected}）',
    en: 'a string at {where} is too long ({found} characters, limit {expected})',
  },
  'validate.messages.forbidden-key': {
    zh: '{where}含有不允许的键 {found}（可能用于原型污染）',
    en: '{where} contains the forbidden key {found} (prototype pollution)',
  },
  'validate.messages.number-out-of-range': {
    zh: '{where}的数值超出双精度范围（如 1e400），无法表示',
    en: 'a number at {where} is outside the double range (e.g. 1e400)',
  },
  'validate.messages.not-an-object': {
    zh: '文件顶层应为 JSON 对象（GeoJSON FeatureCollection），实际为 {found}',
    en: 'the top level must be a JSON object (a GeoJSON FeatureCollection), found {found}',
  },
  'validate.messages.missing-plan': {
    zh: '缺少规划元数据 plan（规划类型、编号、名称、部门、版本、期限、分类版本、来源坐标系）',
    en: 'the plan metadata member "plan" is missing (kind, id, title, department, version, period, classification, source CRS)',
  },
  'validate.messages.missing-plan-field': {
    zh: '规划元数据缺少 {fieldTitle}（{field}）',
    en: 'the plan metadata lacks {field} ({fieldTitle})',
  },
  'validate.messages.invalid-plan-field': {
    zh: '规划元数据的 {fieldTitle}（{field}）无效：应为 {expected}，实际为 {found}',
    en: 'plan metadata {field} ({fieldTitle}) is invalid: expected {expected}, found {found}',
  },
  'validate.messages.features-not-array': {
    zh: 'features 应为要素数组',
    en: 'features must be an array of features',
  },
  'validate.messages.null-geometry': {
    zh: '{feature} 的几何为空（null）',
    en: '{feature} has a null geometry',
  },
  'validate.messages.empty-geometry': {
    zh: '{feature} 的几何没有坐标',
    en: '{feature} has an empty geometry',
  },
  'validate.messages.geometry-type-mismatch': {
    zh: '{feature} 的几何类型为 {found}，该图层应为 {expected}',
    en: '{feature} has geometry type {found}; the layer expects {expected}',
  },
  'validate.messages.invalid-geometry': {
    zh: '{feature} 的几何结构无效：{detail}',
    en: '{feature} has an invalid geometry: {detail}',
  },
  'validate.messages.coordinate-not-finite': {
    zh: '{feature} 的坐标不是有限数值：{found}',
    en: '{feature} has a coordinate that is not a finite number: {found}',
  },
  'validate.messages.coordinate-out-of-range': {
    zh: '{feature} 的坐标 {found} 超出经纬度范围（经度 −180…180，纬度 −90…90）{hint}',
    en: '{feature} has coordinate {found} outside lon/lat range (lon −180…180, lat −90…90){hint}',
  },
  'validate.messages.ring-not-closed': {
    zh: '{feature} 的第 {ring} 个环未闭合：首点 {expected}，末点 {found}',
    en: '{feature}: ring {ring} is not closed: first position {expected}, last {found}',
  },
  'validate.messages.ring-too-few-positions': {
    zh: '{feature} 的第 {ring} 个环只有 {found} 个坐标，至少需要 4 个',
    en: '{feature}: ring {ring} has {found|# position|# positions}; at least 4 are needed',
  },
  'validate.messages.line-too-few-positions': {
    zh: '{feature} 的线只有 {found} 个坐标，至少需要 2 个',
    en: '{feature}: a line has {found|# position|# positions}; at least 2 are needed',
  },
  'validate.messages.unknown-document': {
    zh: '不是蓝图的规划文档（缺少 type "FeatureCollection" 与 plan），也不是其他已知的蓝图文档（规则包、指标目标、工作空间、冲突报告）',
    en: 'not a Lantu plan document (no type "FeatureCollection" and no plan) nor another known Lantu document (rule pack, targets, workspace, conflict report)',
  },
  'validate.messages.schema-violation': {
    zh: '{where} 不符合{schema}模式：{detail}',
    en: '{where} does not match the {schema} schema: {detail}',
  },
  'validate.messages.self-intersection': {
    zh: '{feature} 的面自相交：{part}{rings}在 {found} 处相交',
    en: '{feature} self-intersects: {part}{rings} meet at {found}',
  },
  'validate.messages.parts-overlap': {
    zh: '{feature} 的第 {first} 个面与第 {second} 个面重叠（如 {found} 处），面积会被重复计算；请合并或修正这些面',
    en: '{feature}: parts {first} and {second} overlap (e.g. at {found}), so their area would be counted twice; merge or fix the parts',
  },
  'validate.messages.hole-outside-shell': {
    zh: '{feature} 的{part}第 {ring} 个环（内环）不在外环之内',
    en: '{feature}: {part}ring {ring} (a hole) lies outside its shell',
  },
  'validate.messages.duplicate-id': {
    zh: '{feature} 的 id {found} 与第 {first} 个要素重复',
    en: '{feature}: id {found} repeats feature {first}',
  },
  'validate.messages.duplicate-bsm': {
    zh: '{feature} 的 标识码 {found} 与第 {first} 个要素重复',
    en: '{feature}: BSM {found} repeats feature {first}',
  },
  'validate.messages.unknown-code': {
    zh: '{subject} {found} 不在{table}代码表中{hint}',
    en: '{subject}: {found} is not in the code table of {table}{hint}',
  },
  'validate.messages.area-mismatch': {
    zh: '{subject} 为 {found} 平方米，与椭球面积 {expected} 平方米相差 {percent}%（允许 {tolerance}%）',
    en: '{subject} is {found} m², the ellipsoidal area is {expected} m²: off by {percent} % (tolerance {tolerance} %)',
  },
  'validate.messages.missing-field': {
    zh: '{feature} 缺少必填字段 {fieldTitle}（{field}）',
    en: '{feature} lacks the required field {field} ({fieldTitle})',
  },
  'validate.messages.invalid-value': {
    zh: '{subject} 的值 {found} 无效，应为 {expected}',
    en: '{subject}: {found} is invalid; expected {expected}',
  },
  'validate.messages.wrong-type': {
    zh: '{subject} 应为{type}，实际为 {found}',
    en: '{subject} must be {type}, found {found}',
  },
  'validate.messages.empty-value': {
    zh: '{subject} 没有填写（应为{type}）',
    en: '{subject} is empty (it must be {type})',
  },
  'validate.messages.pattern-mismatch': {
    zh: '{subject} 的值 {found} 格式不对{format}',
    en: '{subject}: {found} has the wrong format{format}',
  },
  'validate.messages.out-of-range': {
    zh: '{subject} 的值 {found} 超出范围，应 {range}',
    en: '{subject}: {found} is out of range; must be {range}',
  },
  'validate.messages.crs-web-map': {
    zh: '来源坐标系 {found} 是互联网地图的加偏坐标（GCJ-02/BD-09），与规划数据相差数百米，不能混用',
    en: 'source CRS {found} is an offset web-map datum (GCJ-02/BD-09), hundreds of metres off planning data',
  },
  'validate.messages.crs-zone-mismatch': {
    zh: '来源坐标系 {found} 的中央经线为 {cm}°E，而数据中心在 {lon}°E，可能标错了投影带',
    en: 'source CRS {found} has its central meridian at {cm}°E but the data centre is at {lon}°E: wrong zone?',
  },
  'validate.messages.utf8-bom': {
    zh: '文件以 UTF-8 BOM 开头，已忽略',
    en: 'the file starts with a UTF-8 byte-order mark; ignored',
  },
  'validate.messages.alias-field': {
    zh: '{layer} 图层的列 {found} 是 {fieldTitle}（{field}）的别名，应使用标准字段名 {field}（{count} 个要素）',
    en: 'layer {layer}: column {found} is an alias of {field} ({fieldTitle}); use the standard name ({count|# feature|# features})',
  },
  'validate.messages.id-not-derived': {
    zh: '{feature} 的 id {found} 不是由规划编号与标识码派生的 {expected}',
    en: '{feature}: id {found} is not the one derived from plan id and BSM, {expected}',
  },
  'validate.schemaFindings.string': {
    zh: '字符串',
    en: 'a string',
  },
  'validate.schemaFindings.number': {
    zh: '数值',
    en: 'a number',
  },
  'validate.schemaFindings.integer': {
    zh: '整数',
    en: 'an integer',
  },
  'validate.schemaFindings.boolean': {
    zh: '布尔值（true/false）',
    en: 'a boolean (true/false)',
  },
  'validate.schemaFindings.object': {
    zh: '对象',
    en: 'an object',
  },
  'validate.schemaFindings.array': {
    zh: '数组',
    en: 'an array',
  },
  'validate.messages.nothing': { zh: '空', en: 'nothing' },
  'validate.messages.none': { zh: '空', en: '(none)' },
  'validate.messages.none-bracketed': { zh: '（空）', en: '(none)' },
  'validate.messages.a-feature': { zh: '要素', en: 'a feature' },
  'validate.messages.not-feature-collection': {
    zh: 'type 应为 "FeatureCollection"，实际为 {found}',
    en: 'type must be "FeatureCollection", found {found}',
  },
  'validate.messages.unknown-kind': {
    zh: '规划类型 plan.kind 为 {found}，应为 {expected} 之一',
    en: 'unknown plan kind {found}: expected one of {expected}',
  },
  'validate.messages.invalid-feature': {
    zh: '{feature} 不是有效的 GeoJSON 要素：{detail}',
    en: '{feature} is not a valid GeoJSON feature: {detail}',
  },
  'validate.messages.unknown-layer': {
    zh: '{feature} 的图层 {found} 不属于该规划类型，应为 {expected} 之一',
    en: '{feature}: layer {found} does not belong to this plan kind; expected one of {expected}',
  },
  'validate.messages.invalid-id': {
    zh: '{feature} 的 id 应为 UUID（由规划编号与标识码派生），实际为 {found}',
    en: '{feature}: id must be a UUID (derived from plan id and BSM), found {found}',
  },
  'validate.schemaErrorText.one-of': { zh: '应为以下之一：{values}', en: 'must be one of {values}' },
  'validate.schemaErrorText.keyword': { zh: '不符合模式（{keyword}）', en: '{keyword}' },
  'validate.messages.feature-field': { zh: '{feature} 的 {field}', en: '{feature}, field {field}' },
  'validate.messages.field': { zh: '{field}', en: 'field {field}' },
  'validate.checkGeometry.not-an-object': {
    zh: '几何应为 GeoJSON 对象',
    en: 'geometry must be a GeoJSON object',
  },
  'validate.checkGeometry.unsupported-type': {
    zh: '不支持的几何类型 {type}',
    en: 'unsupported geometry type {type}',
  },
  'validate.checkGeometry.no-coordinates': {
    zh: '缺少坐标数组 coordinates',
    en: 'coordinates must be an array',
  },
  'validate.validatePlanDocument.an-array': {
    zh: '数组',
    en: 'an array',
  },
  'validate.validatePlanDocument.feature-not-object': {
    zh: '要素应为 JSON 对象',
    en: 'a feature must be a JSON object',
  },
  'validate.validatePlanDocument.not-a-feature': {
    zh: 'type 应为 "Feature"，实际为 {found}',
    en: 'type must be "Feature", found {found}',
  },
  'validate.validatePlanDocument.properties-not-object': {
    zh: 'properties 应为对象',
    en: 'properties must be an object',
  },
} as const satisfies Section;
