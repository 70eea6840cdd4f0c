// Pure. The engine/review messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const reviewMessages = {
  'review.readReviewRegisterFiles.parse': {
    zh: '{file}：不是有效的 JSON 文件',
    en: '{file}: not a valid JSON file',
  },
  'review.readReviewRegisterFiles.readReviewRegisterFiles': {
    zh: '{file}：字段 {text}',
    en: '{file}: field {text}',
  },
  'review.readReviewRegisterFiles.readReviewRegisterFiles-2': {
    zh: '{file}：字段 /projects/{index}/project/id 项目标识“{id}”重复',
    en: '{file}: field /projects/{index}/project/id repeats the project id "{id}"',
  },
  'review.reviewLoadError.what': {
    zh: '缺少必填字段 {missing}',
    en: 'lacks the required field {missing}',
  },
  'review.checkProjectGeometry.findings': {
    zh: '边界几何（geometry）{detail}',
    en: 'boundary geometry: {detail}',
  },
  'review.checkProjectGeometry.checkProjectGeometry': {
    zh: '边界几何为 Polygon，已作为单个地块的 MultiPolygon 读取',
    en: 'the boundary is a Polygon; read as a MultiPolygon of one parcel',
  },
  'review.checkProjectGeometry.parcel': {
    zh: '第 {value} 个地块',
    en: 'parcel {value}',
  },
  'review.checkProjectGeometry.at': {
    zh: '{where}第 {key} 个坐标',
    en: '{where}, position {key}',
  },
  'review.checkProjectGeometry.rings': {
    zh: '第 {ring} 个环自身',
    en: 'ring {ring} with itself',
  },
  'review.checkProjectGeometry.rings-2': {
    zh: '第 {ring} 个环与第 {otherRing} 个环',
    en: 'rings {ring} and {otherRing}',
  },
  'review.checkProjectGeometry.checkProjectGeometry-2': {
    zh: '边界几何第 {value} 个地块{rings}相交或自接触（{at} 附近）',
    en: 'boundary parcel {value}: {rings} cross or touch (near {at})',
  },
  'review.checkProjectGeometry.checkProjectGeometry-3': {
    zh: '边界几何第 {value} 个地块的第 {ring} 个环（内圈）不在外圈之内',
    en: 'boundary parcel {value}: ring {ring} (a hole) lies outside its shell',
  },
  'review.checkProjectGeometry.checkProjectGeometry-4': {
    zh: '边界几何第 {first} 个地块与第 {second} 个地块相互重叠',
    en: 'boundary parcels {first} and {second} overlap',
  },
  'review.verdictLabels.pass': {
    zh: '符合',
    en: 'pass',
  },
  'review.verdictLabels.conditional': {
    zh: '有条件符合',
    en: 'conditional',
  },
  'review.verdictLabels.fail': {
    zh: '不符合',
    en: 'fail',
  },
  'review.assessFact.overlaps': {
    zh: '占用规划用地用海 {list}',
    en: 'occupies planned land use {list}',
  },
  'review.assessFact.overlaps-2': {
    zh: '压占 {list}',
    en: 'overlaps {list}',
  },
  'review.assessFact.outsideDevelopmentBoundary': {
    zh: '位于城镇开发边界外 {first}',
    en: '{first} lies outside the urban development boundary',
  },
  'review.assessFact.landUseIncompatible': {
    zh: '未填写拟用途，无法判断与规划用途是否相符',
    en: 'no intended use is given, so compatibility with the planned use cannot be judged',
  },
  'review.assessFact.landUseIncompatible-2': {
    zh: '拟用途 {use} 与规划用途 {list} 不符',
    en: 'the intended use {use} is not permitted by the planned use {list}',
  },
  'review.assessFact.outsideParks': {
    zh: '位于产业园区外 {first}',
    en: '{first} lies outside the industrial parks',
  },
  'review.assessFact.touchesConflict': {
    zh: '涉及未解决的冲突：{list}',
    en: 'touches open conflicts: {list}',
  },
  'review.assessFact.touchesUndetermined': {
    zh: '涉及 {length} 处待定区域，共 {first}',
    en: 'touches {length} undetermined areas, {first}',
  },
  'review.assessFact.list': {
    zh: '{nameZh} 由 {before} 变为 {after}（目标 {target}，{unit}）',
    en: '{nameZh} moves from {before} to {after} (target {target}, {unit})',
  },
  'review.assessFact.indicatorViolated': {
    zh: '突破指标目标：{list}',
    en: 'breaks indicator targets: {list}',
  },
  'review.assessFact.projectCodeMalformed': {
    zh: '统一项目代码（XMDM）“{code}”格式不对，应为 YYYY-XXXXXX-XX-XX-XXXXXX',
    en: 'the unified project code (XMDM) "{code}" is malformed; it must read YYYY-XXXXXX-XX-XX-XXXXXX',
  },
  'review.assessFact.withTotal': {
    zh: '{list}，合计 {total}',
    en: '{list}; {total} in all',
  },
  'review.assessFact.overlappedText': {
    zh: '{name} {lengthM} 米',
    en: '{name} {lengthM} m',
  },
  'review.validateProjectDocument.XMDM': {
    zh: '应为 YYYY-XXXXXX-XX-XX-XXXXXX，如 2024-419001-30-03-000123',
    en: 'must read YYYY-XXXXXX-XX-XX-XXXXXX, e.g. 2024-419001-30-03-000123',
  },
  'review.validateProjectDocument.NYDYT': {
    zh: '应为用地用海分类代码，如 1001、100102',
    en: 'must be a land and sea use code such as 1001 or 100102',
  },
  'review.validateProjectDocument.findings': {
    zh: '文件内容应为 JSON 对象（GeoJSON Feature），实际为 {found}',
    en: 'the file must hold a JSON object (a GeoJSON Feature), found {found}',
  },
  'review.validateProjectDocument.hint': {
    zh: '（项目文档是单个 Feature，不是要素集合）',
    en: ' (a project document is one Feature, not a collection)',
  },
  'review.validateProjectDocument.validateProjectDocument': {
    zh: 'type 应为 "Feature"，实际为 {found}{hint}',
    en: 'type must be "Feature", found {found}{hint}',
  },
  'review.validateProjectDocument.validateProjectDocument-2': {
    zh: '缺少项目元数据 project（不是项目文档）',
    en: 'the project member is missing (not a project document)',
  },
  'review.validateProjectDocument.validateProjectDocument-3': {
    zh: '项目信息 properties 应为对象',
    en: 'properties must be an object',
  },
  'review.validateProjectDocument.normaliseProperties': {
    zh: '列 {key} 是 {titleZh}（{key2}）的别名，但文件已有 {key2}，已忽略该列',
    en: 'column {key} is an alias of {key2} ({titleZh}), which the file already has; the column is ignored',
  },
  'review.validateProjectDocument.normaliseProperties-2': {
    zh: '列 {key} 是 {titleZh}（{key2}）的别名，已按标准字段名 {key2} 读取',
    en: 'column {key} is an alias of {key2} ({titleZh}); read as {key2}',
  },
  'review.validateProjectDocument.fromSchemaError': {
    zh: '缺少必填字段 {zhName}',
    en: 'lacks the required field {zhName}',
  },
  'review.validateProjectDocument.enum': {
    zh: '{zhName} 的值 {found} 无效，应为 {allowed} 之一',
    en: '{zhName}: {found} is invalid; expected one of {allowed}',
  },
  'review.validateProjectDocument.hint-2': {
    zh: '应匹配 {params}',
    en: 'must match {params}',
  },
  'review.validateProjectDocument.pattern': {
    zh: '{zhName} 的值 {found} 格式不对（{hint}）',
    en: '{zhName}: {found} has the wrong format ({hint})',
  },
  'review.validateProjectDocument.type': {
    zh: '{zhName} 应为文字，实际为 {found}',
    en: '{zhName} must be text, found {found}',
  },
  'review.validateProjectDocument.minLength': {
    zh: '{zhName} 不能为空',
    en: '{zhName} must not be empty',
  },
  'review.validateProjectDocument.fromSchemaError-2': {
    zh: '{zhName} 的值 {found} 无效：{what}',
    en: '{zhName}: {found} is invalid: {what}',
  },
  'review.validateProjectDocument.fromSchemaError-3': {
    zh: '边界几何（geometry）{path}：{what}',
    en: 'boundary geometry {path}: {what}',
  },
  'review.lintReviewPack.who': {
    zh: '审查项 {id}（第 {index} 项）',
    en: 'check {id} ({index})',
  },
  'review.reviewText.areaText': {
    zh: '{ha} 公顷（{mu} 亩）',
    en: '{ha} ha ({mu} mu)',
  },
  'review.readReviewJson.d': {
    zh: '部门名录',
    en: 'department list',
  },
  'review.readReviewJson.d-2': {
    zh: '审查规则包',
    en: 'review pack',
  },
  'review.readProjectDocument.empty-file': {
    zh: '文件为空，不是项目文档',
    en: 'the file is empty, not a project document',
  },
  'review.readProjectDocument.too-deep': {
    zh: '数组或对象嵌套过深，不是项目文档',
    en: 'arrays or objects are nested too deeply: not a project document',
  },
  'review.projectOpinionCells.not-consulted': {
    zh: '未征求',
    en: 'not consulted',
  },
  'review.projectOpinionCells.awaiting': {
    zh: '已征求待复',
    en: 'awaiting reply',
  },
  'review.projectOpinionCells.overdue': {
    zh: '逾期',
    en: 'overdue',
  },
  'review.projectOpinionCells.pass': {
    zh: '符合',
    en: 'pass',
  },
  'review.projectOpinionCells.conditional': {
    zh: '有条件符合',
    en: 'conditional',
  },
  'review.projectOpinionCells.fail': {
    zh: '不符合',
    en: 'fail',
  },
  'review.projectOpinionCells.stale': {
    zh: '意见已过期',
    en: 'opinion stale',
  },
  'review.decodeReviewFile.review-consultation': {
    zh: '征求意见',
    en: 'consultation letter',
  },
  'review.decodeReviewFile.review-opinion': {
    zh: '部门审查意见',
    en: 'department opinion',
  },
  'review.issueJointOpinion.issueJointOpinion': {
    zh: '项目“{name}”：联合审查意见的文号为空',
    en: 'project "{name}": the joint opinion\'s document number is blank',
  },
  'review.issueJointOpinion.issueJointOpinion-2': {
    zh: '项目“{name}”：联合审查意见的统筹人为空',
    en: 'project "{name}": the joint opinion\'s coordinator is blank',
  },
  'review.issueJointOpinion.issueJointOpinion-3': {
    zh: '项目“{name}”：联合审查意见的日期“{date}”不是有效日期（YYYY-MM-DD）',
    en: 'project "{name}": the joint opinion\'s date "{date}" is not a valid date (YYYY-MM-DD)',
  },
  'review.jointOpinionBlockers.jointOpinionBlockers': {
    zh: '项目“{name}”：工作区的部门名单为空，没有可征求意见的部门',
    en: 'project "{name}": the workspace\'s department list is empty; there is no department to consult',
  },
  'review.jointOpinionBlockers.jointOpinionBlockers-2': {
    zh: '项目“{name}”：{nameZh}（{shortZh}）尚未就当前版本答复（{detail}）',
    en: 'project "{name}": {nameZh} ({shortZh}) has not answered on the current version ({detail})',
  },
  'review.jointOpinionBlockers.jointOpinionBlockers-3': {
    zh: '项目“{name}”：当前版本已出具联合审查意见（文号 {documentNo}，{date}）',
    en: 'project "{name}": a joint opinion was already issued on the current version (No. {documentNo}, {date})',
  },
  'review.loadDepartments.NAMING': {
    zh: '部门',
    en: 'department',
  },
  'review.loadDepartments.loadDepartments': {
    zh: '{fileName}：第 {index} 个部门的标识 {id} 与第 {idFirst} 个部门重复',
    en: '{fileName}: department {index} repeats the id {id} of department {idFirst}',
  },
  'review.loadDepartments.loadDepartments-2': {
    zh: '{fileName}：第 {index} 个部门 {id} 的全称“{nameZh}”与第 {nameFirst} 个部门重复',
    en: '{fileName}: department {index} ({id}) repeats the full name "{nameZh}" of department {nameFirst}',
  },
  'review.loadReviewPack.NAMING': {
    zh: '审查项',
    en: 'check',
  },
  'review.assessFact.list-2': {
    zh: '{feature}（{grade}{setting}）控制距离 {requiredM} 米，项目距用地外缘 {distanceM} 米，控制区内 {inside}',
    en: '{feature} ({grade}{setting}) requires {requiredM} m from the corridor edge; the project is {distanceM} m from it, {inside} inside the zone',
  },
  'review.validateProjectDocument.fromSchemaError-4': {
    zh: '项目处于“{stage}”阶段，自用地预审与选址起必须填写统一项目代码（XMDM）',
    en: 'the project is at the stage {stage}; from land pre-review and site selection on, the unified project code XMDM is required',
  },
  'review.validateProjectDocument.missing-project-field': {
    zh: '项目元数据缺少必填字段 {field}',
    en: 'the project metadata lacks the required field {field}',
  },
  'review.validateProjectDocument.invalid-project-field': {
    zh: '项目元数据 {field}的值 {found} 无效：{what}',
    en: 'project metadata {field}: {found} is invalid: {what}',
  },
  'review.checkProjectGeometry.missing': {
    zh: '缺失，项目必须有边界',
    en: 'missing; a project needs a boundary',
  },
  'review.checkProjectGeometry.not-an-object': {
    zh: '应为 GeoJSON 几何对象',
    en: 'must be a GeoJSON geometry object',
  },
  'review.checkProjectGeometry.wrong-type': {
    zh: '类型应为 MultiPolygon（或 Polygon），实际为 {found}',
    en: 'type must be MultiPolygon (or Polygon), found {found}',
  },
  'review.checkProjectGeometry.no-coordinates': {
    zh: '缺少坐标数组 coordinates',
    en: 'coordinates must be an array',
  },
  'review.checkProjectGeometry.no-parcel': {
    zh: '没有任何地块',
    en: 'has no parcel',
  },
  'review.checkProjectGeometry.parcel-not-rings': {
    zh: '{parcel}应为非空的环数组',
    en: '{parcel} must be a non-empty array of rings',
  },
  'review.checkProjectGeometry.outer-ring': {
    zh: '{parcel}第 {ring} 个环（外圈）',
    en: '{parcel}, ring {ring} (outer)',
  },
  'review.checkProjectGeometry.hole': {
    zh: '{parcel}第 {ring} 个环（内圈）',
    en: '{parcel}, ring {ring} (hole)',
  },
  'review.checkProjectGeometry.ring-not-positions': {
    zh: '{where}应为坐标数组',
    en: '{where} must be an array of positions',
  },
  'review.checkProjectGeometry.ring-too-few': {
    zh: '{where}只有 {count} 个坐标，闭合环至少需要 4 个（首尾相同）',
    en: '{where} has {count} positions; a closed ring needs at least 4',
  },
  'review.checkProjectGeometry.not-lon-lat': {
    zh: '{at}应为 [经度, 纬度] 数值',
    en: '{at} must be [lon, lat] numbers',
  },
  'review.checkProjectGeometry.outside-china': {
    zh: '{at} [{lon}, {lat}] 不在中国境内的经纬度范围',
    en: '{at} [{lon}, {lat}] is not a lon/lat in China',
  },
  'review.checkProjectGeometry.outside-china-metres': {
    zh: '{at} [{lon}, {lat}] 不在中国境内的经纬度范围（看起来是投影坐标米数；项目文档须为 EPSG:4490 经纬度，请先按{pointsFile}文件导入）',
    en: '{at} [{lon}, {lat}] is not a lon/lat in China (it looks like projected metres; a project document is EPSG:4490 lon/lat: import the {pointsFile} file instead)',
  },
  'review.checkProjectGeometry.ring-not-closed': {
    zh: '{where}未闭合（首尾坐标不同）',
    en: '{where} is not closed (first and last positions differ)',
  },
  'review.reviewText.and-more': {
    zh: '{list}；等共 {count} 处',
    en: '{list}; and {count} more',
  },
  'review.reviewFileFinding.finding': {
    zh: '{fileName}：{text}',
    en: '{fileName}: {text}',
  },
  'review.reviewFileFinding.json': {
    zh: '不是有效的 JSON 文件：{detail}',
    en: 'not a valid JSON file: {detail}',
  },
  'review.reviewFileFinding.kind': {
    zh: '不是{kind}文件（format 应为 "{format}"）',
    en: 'not a {kind} file (format must be "{format}")',
  },
  'review.reviewFileFinding.schema': {
    zh: '字段 {field}：{detail}',
    en: 'field {field}: {detail}',
  },
  'review.reviewFileFinding.date': {
    zh: '字段 {field}（{title}）“{value}”不是有效日期（应为 YYYY-MM-DD）',
    en: 'field {field} ({title}) "{value}" is not a valid date (YYYY-MM-DD)',
  },
  'review.reviewFileFinding.blank': {
    zh: '字段 {field}为空',
    en: 'field {field} is blank',
  },
  'review.reviewFileFinding.deadline': {
    zh: '答复期限 {deadline} 早于发函日期 {sentOn}（字段 /consultation/deadline）',
    en: 'the deadline {deadline} is before the sent-on date {sentOn} (field /consultation/deadline)',
  },
  'review.reviewFileFinding.mismatch': {
    zh: '字段 {field} 为“{found}”，与文件中的{what}“{expected}”不一致，文件可能被改动过',
    en: `field {field} is "{found}" but the file's {what} is "{expected}"; the file may have been altered`,
  },
  'review.reviewFileFinding.conditions-missing': {
    zh: '审查结论为“{conditional}”，但字段 /opinion/conditions 中没有任何条件',
    en: 'the verdict is conditional ({conditional}) but field /opinion/conditions lists no condition',
  },
  'review.reviewFileFinding.conditions-unexpected': {
    zh: '审查结论为“{verdict}”，字段 /opinion/conditions 中的 {count} 条条件不计入',
    en: 'the verdict is {verdict}; the {count|# condition|# conditions} in field /opinion/conditions {count|does|do} not count',
  },
  'review.reviewFileFinding.unknown-department': {
    zh: '字段 /opinion/department 的部门“{department}”不在本工作区的部门名单中（{known}）',
    en: `field /opinion/department names "{department}", which is not in this workspace's department list ({known})`,
  },
  'review.reviewFileFinding.unknown-project': {
    zh: '字段 /opinion/projectId 的项目“{project}”不在本工作区的项目库中',
    en: `field /opinion/projectId names project "{project}", which is not in this workspace's project register`,
  },
  'review.reviewFileFinding.stale': {
    zh: '该意见针对项目“{name}”的旧版本 {version}（当前版本 {current}，边界或项目信息已改变）：已导入但标为“意见已过期”，不计入联合审查',
    en: 'the opinion was given on an older version {version} of project "{name}" (now {current}: its boundary or facts changed); imported but marked stale and not counted in the joint opinion',
  },
  'review.decodeReviewFile.field-format': {
    zh: '文件类型',
    en: 'file type',
  },
  'review.decodeReviewFile.field-schemaVersion': {
    zh: '格式版本',
    en: 'format version',
  },
  'review.decodeReviewFile.field-opinion': {
    zh: '部门意见',
    en: 'opinion',
  },
  'review.decodeReviewFile.field-consultation': {
    zh: '征求意见',
    en: 'consultation',
  },
  'review.decodeReviewFile.field-projectId': {
    zh: '项目标识',
    en: 'project id',
  },
  'review.decodeReviewFile.field-projectVersion': {
    zh: '项目版本',
    en: 'project version',
  },
  'review.decodeReviewFile.field-department': {
    zh: '部门',
    en: 'department',
  },
  'review.decodeReviewFile.field-verdict': {
    zh: '审查结论',
    en: 'verdict',
  },
  'review.decodeReviewFile.field-conditions': {
    zh: '附加条件',
    en: 'conditions',
  },
  'review.decodeReviewFile.field-basis': {
    zh: '依据',
    en: 'basis',
  },
  'review.decodeReviewFile.field-reviewer': {
    zh: '审查人',
    en: 'reviewer',
  },
  'review.decodeReviewFile.field-date': {
    zh: '日期',
    en: 'date',
  },
  'review.decodeReviewFile.field-documentNo': {
    zh: '文号',
    en: 'document number',
  },
  'review.decodeReviewFile.field-sentOn': {
    zh: '发函日期',
    en: 'sent-on date',
  },
  'review.decodeReviewFile.field-deadline': {
    zh: '答复期限',
    en: 'deadline',
  },
  'review.decodeReviewFile.field-project': {
    zh: '项目',
    en: 'project',
  },
  'review.decodeReviewFile.field-review': {
    zh: '初审意见',
    en: 'preliminary review',
  },
  'review.decodeReviewFile.field-geometry': {
    zh: '项目边界',
    en: 'boundary',
  },
  'review.decodeReviewFile.field-properties': {
    zh: '项目属性',
    en: 'project facts',
  },
  'review.decodeReviewFile.field-XMMC': {
    zh: '项目名称',
    en: 'project name',
  },
  'review.decodeReviewFile.field-XMLX': {
    zh: '项目类型',
    en: 'project type',
  },
  'review.decodeReviewFile.field-stage': {
    zh: '阶段',
    en: 'stage',
  },
  'review.decodeReviewFile.field-label': {
    zh: '{where}（{title}）',
    en: '{where} ({title})',
  },
  'review.lintReviewPack.error': {
    zh: '{fileName}：{message}',
    en: '{fileName}: {message}',
  },
  'review.lintReviewPack.outcome': {
    zh: '{who} 第 {outcome} 个结论',
    en: '{who}, outcome {outcome}',
  },
  'review.lintReviewPack.duplicate-id': {
    zh: '{who}：标识与第 {first} 项重复',
    en: '{who}: repeats the id of check {first}',
  },
  'review.lintReviewPack.unknown-department': {
    zh: '{who}：部门 {department} 不在部门名录中（已有：{known}）',
    en: '{who}: department {department} is not in the department list (known: {known})',
  },
  'review.lintReviewPack.layer-field': {
    zh: '{who}：图层 {layer} 没有字段 {field}',
    en: '{who}: layer {layer} has no field {field}',
  },
  'review.lintReviewPack.project-field': {
    zh: '{where}：项目没有字段 {field}（可用：{known}）',
    en: '{where}: projects have no field {field} (known: {known})',
  },
  'review.lintReviewPack.conditions-pair': {
    zh: '{where}：中文条件 {zhCount} 条，英文条件 {enCount} 条，应一一对应',
    en: '{where}: {zhCount} Chinese and {enCount} English conditions; they must pair up',
  },
  'review.lintReviewPack.conditions-missing': {
    zh: '{where}：有条件符合须列出条件',
    en: '{where}: a conditional outcome must list its conditions',
  },
  'review.lintReviewPack.last-outcome': {
    zh: '{who}：最后一个结论不得带项目条件，否则可能没有适用的结论',
    en: '{who}: the last outcome must have no project condition, or no outcome may apply',
  },
  'review.lintReviewPack.duplicate-use': {
    zh: '用途兼容表第 {row} 行：拟用途 {use} 与第 {first} 行重复',
    en: 'compatibility row {row}: intended use {use} repeats row {first}',
  },
  'review.jointOpinionBlockers.awaiting': {
    zh: '已征求待复，答复期限 {deadline}',
    en: 'consulted, reply due by {deadline}',
  },
  'review.jointOpinionBlockers.overdue': {
    zh: '逾期：答复期限 {deadline} 已过',
    en: 'overdue: the deadline {deadline} has passed',
  },
  'review.jointOpinionBlockers.stale': {
    zh: '意见已过期：{date} 的意见针对旧版本，项目边界或信息已改变',
    en: 'its opinion of {date} is stale: given on an older version before the boundary or facts changed',
  },
  'review.jointOpinionBlockers.not-consulted': {
    zh: '未征求意见',
    en: 'not consulted',
  },
  'review.readConsultationFile.project-id': {
    zh: '项目标识',
    en: 'project id',
  },
  'review.readConsultationFile.department-id': {
    zh: '部门标识',
    en: 'department id',
  },
  'review.readConsultationFile.computed-version': {
    zh: '项目版本（按项目信息和边界计算）',
    en: 'project version (computed from its facts and boundary)',
  },
  'review.readConsultationFile.project-version': {
    zh: '项目版本',
    en: 'project version',
  },
  'review.evaluateReview.with-evidence': {
    zh: '{reason}（{evidence}）',
    en: '{reason} ({evidence})',
  },
} as const satisfies Section;
