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
  'review.buildReviewReportHtml.title': {
    zh: '建设项目合规性审查报告',
    en: 'Project compliance review report',
  },
  'review.buildReviewReportHtml.created': {
    zh: '生成日期',
    en: 'Created',
  },
  'review.buildReviewReportHtml.pack': {
    zh: '审查规则包',
    en: 'Review pack',
  },
  'review.buildReviewReportHtml.crsNote': {
    zh: '坐标系 CGCS2000；面积为 GRS80 椭球面积；1 公顷 = 15 亩。',
    en: 'CRS CGCS2000; areas are GRS80 ellipsoidal areas; 1 ha = 15 mu.',
  },
  'review.buildReviewReportHtml.s1': {
    zh: '一、项目基本信息',
    en: '1. Project facts',
  },
  'review.buildReviewReportHtml.s2': {
    zh: '二、项目区位与用地详图',
    en: '2. Location and site maps',
  },
  'review.buildReviewReportHtml.overview': {
    zh: '区位图',
    en: 'Location map',
  },
  'review.buildReviewReportHtml.detail': {
    zh: '用地详图',
    en: 'Site detail map',
  },
  'review.buildReviewReportHtml.s3': {
    zh: '三、界址点坐标表',
    en: '3. Boundary points',
  },
  'review.buildReviewReportHtml.s4': {
    zh: '四、管控边界占用情况',
    en: '4. Control lines and layers occupied',
  },
  'review.buildReviewReportHtml.s4features': {
    zh: '占用的要素',
    en: 'Features overlapped',
  },
  'review.buildReviewReportHtml.s5': {
    zh: '五、规划用地用海构成',
    en: '5. Planned land and sea use of the site',
  },
  'review.buildReviewReportHtml.s6': {
    zh: '六、交通线路控制区',
    en: '6. Transport control zones',
  },
  'review.buildReviewReportHtml.s7': {
    zh: '七、涉及的未处置冲突与待定区域',
    en: '7. Open conflicts and undetermined areas touched',
  },
  'review.buildReviewReportHtml.s8': {
    zh: '八、指标影响',
    en: '8. Indicator impacts',
  },
  'review.buildReviewReportHtml.s9': {
    zh: '九、部门审查意见',
    en: '9. Department opinions',
  },
  'review.buildReviewReportHtml.s9pre': {
    zh: '初审意见（审查规则包）',
    en: 'Preliminary opinions (review pack)',
  },
  'review.buildReviewReportHtml.s9rec': {
    zh: '部门正式意见',
    en: "Departments' recorded opinions",
  },
  'review.buildReviewReportHtml.s10': {
    zh: '十、联合审查意见',
    en: '10. Joint opinion',
  },
  'review.buildReviewReportHtml.none': {
    zh: '无',
    en: 'None',
  },
  'review.buildReviewReportHtml.noConflict': {
    zh: '未涉及未处置的冲突',
    en: 'No open conflict touched',
  },
  'review.buildReviewReportHtml.noUndetermined': {
    zh: '未涉及待定区域',
    en: 'No undetermined area touched',
  },
  'review.buildReviewReportHtml.field': {
    zh: '项目',
    en: 'Field',
  },
  'review.buildReviewReportHtml.value': {
    zh: '内容',
    en: 'Value',
  },
  'review.buildReviewReportHtml.name': {
    zh: '项目名称',
    en: 'Project name',
  },
  'review.buildReviewReportHtml.code': {
    zh: '统一项目代码',
    en: 'Project code',
  },
  'review.buildReviewReportHtml.builder': {
    zh: '建设单位',
    en: 'Developer',
  },
  'review.buildReviewReportHtml.type': {
    zh: '项目类型',
    en: 'Project type',
  },
  'review.buildReviewReportHtml.use': {
    zh: '拟用途',
    en: 'Proposed use',
  },
  'review.buildReviewReportHtml.major': {
    zh: '国家重大建设项目',
    en: 'National major project',
  },
  'review.buildReviewReportHtml.separate': {
    zh: '单独选址',
    en: 'Separately sited',
  },
  'review.buildReviewReportHtml.industry': {
    zh: '工业类别',
    en: 'Industry class',
  },
  'review.buildReviewReportHtml.stage': {
    zh: '阶段',
    en: 'Stage',
  },
  'review.buildReviewReportHtml.version': {
    zh: '项目版本',
    en: 'Project version',
  },
  'review.buildReviewReportHtml.source': {
    zh: '界址来源',
    en: 'Boundary source',
  },
  'review.buildReviewReportHtml.area': {
    zh: '用地面积',
    en: 'Site area',
  },
  'review.buildReviewReportHtml.towns': {
    zh: '所在乡镇',
    en: 'Towns',
  },
  'review.buildReviewReportHtml.insideBoundary': {
    zh: '城镇开发边界内 / 外',
    en: 'Inside / outside the development boundary',
  },
  'review.buildReviewReportHtml.notGiven': {
    zh: '未填写',
    en: 'not given',
  },
  'review.buildReviewReportHtml.parcel': {
    zh: '地块编号',
    en: 'Parcel',
  },
  'review.buildReviewReportHtml.point': {
    zh: '点号',
    en: 'Point',
  },
  'review.buildReviewReportHtml.ring': {
    zh: '圈号',
    en: 'Ring',
  },
  'review.buildReviewReportHtml.x': {
    zh: 'X（北坐标，米）',
    en: 'X (northing, m)',
  },
  'review.buildReviewReportHtml.y': {
    zh: 'Y（东坐标，米）',
    en: 'Y (easting, m)',
  },
  'review.buildReviewReportHtml.lon': {
    zh: '经度（°）',
    en: 'Longitude (°)',
  },
  'review.buildReviewReportHtml.lat': {
    zh: '纬度（°）',
    en: 'Latitude (°)',
  },
  'review.buildReviewReportHtml.layer': {
    zh: '图层',
    en: 'Layer',
  },
  'review.buildReviewReportHtml.ha': {
    zh: '面积（公顷）',
    en: 'Area (ha)',
  },
  'review.buildReviewReportHtml.mu': {
    zh: '面积（亩）',
    en: 'Area (mu)',
  },
  'review.buildReviewReportHtml.share': {
    zh: '占项目比例',
    en: 'Share of site',
  },
  'review.buildReviewReportHtml.bsm': {
    zh: '标识码',
    en: 'BSM',
  },
  'review.buildReviewReportHtml.featureName': {
    zh: '名称',
    en: 'Name',
  },
  'review.buildReviewReportHtml.attributes': {
    zh: '属性',
    en: 'Attributes',
  },
  'review.buildReviewReportHtml.length': {
    zh: '长度（米）',
    en: 'Length (m)',
  },
  'review.buildReviewReportHtml.landCode': {
    zh: '用地用海代码',
    en: 'Land-use code',
  },
  'review.buildReviewReportHtml.landName': {
    zh: '名称',
    en: 'Name',
  },
  'review.buildReviewReportHtml.line': {
    zh: '线路',
    en: 'Line',
  },
  'review.buildReviewReportHtml.grade': {
    zh: '等级',
    en: 'Grade',
  },
  'review.buildReviewReportHtml.setting': {
    zh: '区位',
    en: 'Setting',
  },
  'review.buildReviewReportHtml.required': {
    zh: '控制距离（米）',
    en: 'Required distance (m)',
  },
  'review.buildReviewReportHtml.distance': {
    zh: '项目距线路用地边缘（米）',
    en: 'Distance from corridor edge (m)',
  },
  'review.buildReviewReportHtml.insideArea': {
    zh: '控制区内面积（公顷）',
    en: 'Area inside control zone (ha)',
  },
  'review.buildReviewReportHtml.conflict': {
    zh: '冲突',
    en: 'Conflict',
  },
  'review.buildReviewReportHtml.rule': {
    zh: '规则',
    en: 'Rule',
  },
  'review.buildReviewReportHtml.severity': {
    zh: '级别',
    en: 'Severity',
  },
  'review.buildReviewReportHtml.undetermined': {
    zh: '待定区域',
    en: 'Undetermined area',
  },
  'review.buildReviewReportHtml.indicator': {
    zh: '指标',
    en: 'Indicator',
  },
  'review.buildReviewReportHtml.unit': {
    zh: '单位',
    en: 'Unit',
  },
  'review.buildReviewReportHtml.before': {
    zh: '现状规划值',
    en: 'Planned now',
  },
  'review.buildReviewReportHtml.after': {
    zh: '项目实施后',
    en: 'After the project',
  },
  'review.buildReviewReportHtml.target': {
    zh: '目标',
    en: 'Target',
  },
  'review.buildReviewReportHtml.violates': {
    zh: '是否突破',
    en: 'Breaks target',
  },
  'review.buildReviewReportHtml.yes': {
    zh: '是',
    en: 'yes',
  },
  'review.buildReviewReportHtml.no': {
    zh: '否',
    en: 'no',
  },
  'review.buildReviewReportHtml.department': {
    zh: '部门',
    en: 'Department',
  },
  'review.buildReviewReportHtml.check': {
    zh: '审查事项',
    en: 'Check',
  },
  'review.buildReviewReportHtml.verdict': {
    zh: '结论',
    en: 'Verdict',
  },
  'review.buildReviewReportHtml.conditions': {
    zh: '条件',
    en: 'Conditions',
  },
  'review.buildReviewReportHtml.reasons': {
    zh: '理由',
    en: 'Reasons',
  },
  'review.buildReviewReportHtml.basis': {
    zh: '依据',
    en: 'Basis',
  },
  'review.buildReviewReportHtml.reviewer': {
    zh: '审查人',
    en: 'Reviewer',
  },
  'review.buildReviewReportHtml.date': {
    zh: '日期',
    en: 'Date',
  },
  'review.buildReviewReportHtml.documentNo': {
    zh: '文号',
    en: 'Document no.',
  },
  'review.buildReviewReportHtml.status': {
    zh: '状态',
    en: 'Status',
  },
  'review.buildReviewReportHtml.valid': {
    zh: '有效',
    en: 'current',
  },
  'review.buildReviewReportHtml.stale': {
    zh: '已过期（项目已变更）',
    en: 'stale (the project changed)',
  },
  'review.buildReviewReportHtml.noAnswer': {
    zh: '尚未答复',
    en: 'no answer yet',
  },
  'review.buildReviewReportHtml.preliminary': {
    zh: '初审结论（各部门最不利）',
    en: 'Preliminary verdict (worst department)',
  },
  'review.buildReviewReportHtml.joint': {
    zh: '联合审查结论',
    en: 'Joint verdict',
  },
  'review.buildReviewReportHtml.coordinator': {
    zh: '协调人',
    en: 'Coordinator',
  },
  'review.buildReviewReportHtml.notIssued': {
    zh: '尚未出具',
    en: 'not issued yet',
  },
  'review.buildReviewReportHtml.unit-ha': {
    zh: '公顷',
    en: 'ha',
  },
  'review.buildReviewReportHtml.unit-mu': {
    zh: '亩',
    en: 'mu',
  },
  'review.buildReviewReportHtml.sep': {
    zh: '；',
    en: '; ',
  },
  'review.buildReviewReportHtml.summary': {
    zh: '项目汇总',
    en: 'Projects',
  },
  'review.buildReviewReportHtml.colon': {
    zh: '：',
    en: ': ',
  },
  'review.buildReviewReportHtml.open-bracket': {
    zh: '（',
    en: ' (',
  },
  'review.buildReviewReportHtml.close-bracket': {
    zh: '）',
    en: ')',
  },
  'review.buildReviewReportHtml.comma': {
    zh: '，',
    en: ', ',
  },
  'review.buildReviewReportHtml.unit-percent': {
    zh: '%',
    en: '%',
  },
  'review.buildReviewReportHtml.unit-ratio': {
    zh: '倍',
    en: 'ratio',
  },
  'review.buildReviewReportHtml.severity-blocker': {
    zh: '阻断',
    en: 'blocker',
  },
  'review.buildReviewReportHtml.severity-major': {
    zh: '重要',
    en: 'major',
  },
  'review.buildReviewReportHtml.severity-minor': {
    zh: '提示',
    en: 'minor',
  },
  'review.buildReviewReportHtml.severity-info': {
    zh: '信息',
    en: 'info',
  },
  'review.buildReviewReportHtml.list-separator': {
    zh: '、',
    en: ', ',
  },
  'review.buildReviewReportHtml.layer-name': {
    zh: '{name}（{code}）',
    en: '{name} ({code})',
  },
  'review.reviewReportCsv.project-id': {
    zh: '项目标识',
    en: 'Project id',
  },
  'review.reviewReportCsv.project-name': {
    zh: '项目名称',
    en: 'Project name',
  },
  'review.reviewReportCsv.source-file': {
    zh: '来源文件',
    en: 'Source file',
  },
  'review.reviewReportCsv.record': {
    zh: '记录类型',
    en: 'Record',
  },
  'review.reviewReportCsv.department': {
    zh: '部门',
    en: 'Department',
  },
  'review.reviewReportCsv.verdict': {
    zh: '结论',
    en: 'Verdict',
  },
  'review.reviewReportCsv.layer-or-code': {
    zh: '图层或代码',
    en: 'Layer or code',
  },
  'review.reviewReportCsv.bsm': {
    zh: '标识码',
    en: 'BSM',
  },
  'review.reviewReportCsv.name': {
    zh: '名称',
    en: 'Name',
  },
  'review.reviewReportCsv.area-m2': {
    zh: '面积（平方米）',
    en: 'Area (m²)',
  },
  'review.reviewReportCsv.area-ha': {
    zh: '面积（公顷）',
    en: 'Area (ha)',
  },
  'review.reviewReportCsv.area-mu': {
    zh: '面积（亩）',
    en: 'Area (mu)',
  },
  'review.reviewReportCsv.conditions': {
    zh: '条件',
    en: 'Conditions',
  },
  'review.reviewReportCsv.reasons': {
    zh: '理由',
    en: 'Reasons',
  },
  'review.reviewReportCsv.basis': {
    zh: '依据',
    en: 'Basis',
  },
  'review.reviewReportCsv.record-project': {
    zh: '项目初审结论',
    en: 'Project verdict',
  },
  'review.reviewReportCsv.record-department': {
    zh: '部门意见',
    en: 'Department opinion',
  },
  'review.reviewReportCsv.record-layer': {
    zh: '图层占用',
    en: 'Layer overlap',
  },
  'review.reviewReportCsv.record-feature': {
    zh: '占用要素',
    en: 'Overlapped feature',
  },
  'review.reviewReportCsv.record-landUse': {
    zh: '用地用海',
    en: 'Land use',
  },
  'review.reviewReportCsv.record-setback': {
    zh: '交通控制区',
    en: 'Transport control zone',
  },
  'review.reviewReportCsv.separator': {
    zh: '；',
    en: '; ',
  },
  'review.reviewReportCsv.setback-reason': {
    zh: '{grade}：要求 {requiredM} 米，距离 {distanceM} 米',
    en: '{grade}: required {requiredM} m, distance {distanceM} m',
  },
  'review.renderReviewMaps.no-boundary': {
    zh: '（无项目界址）',
    en: '(no project boundary)',
  },
  'review.renderReviewMaps.project-site': {
    zh: '项目用地范围',
    en: 'Project site',
  },
  'review.renderReviewMaps.detail-label': {
    zh: '项目用地详图',
    en: 'Site detail map',
  },
  'review.renderReviewMaps.project-location': {
    zh: '项目位置',
    en: 'Project location',
  },
  'review.renderReviewMaps.overview-label': {
    zh: '项目区位图',
    en: 'Location map',
  },
} as const satisfies Section;
