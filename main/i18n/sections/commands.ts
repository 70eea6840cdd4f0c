// The `lantu` commands (main/cli/commands): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const commandsMessages = {
  'commands.review.LEVEL_fatal': {
    zh: '致命',
    en: 'fatal',
  },
  'commands.review.LEVEL_quality': {
    zh: '质量',
    en: 'quality',
  },
  'commands.review.LEVEL_warning': {
    zh: '提示',
    en: 'warning',
  },
  'commands.review.LEVEL_info': {
    zh: '信息',
    en: 'info',
  },
  'commands.review.readProject': {
    zh: '✗ {file}：不是有效的项目文档',
    en: '✗ {file}: not a valid project document',
  },
  'commands.review.readProject-2': {
    zh: '✗ {file}：边界几何自相交或内圈在外圈之外，无法计算占用面积，未审查',
    en: '✗ {file}: the boundary crosses itself or has a hole outside its shell, so no area can be measured; not reviewed',
  },
  'commands.review.readProject-3': {
    zh: '✗ {file}：界址点（project.source.points）与边界几何（geometry）相差约 {m} 米，不是同一个边界，未审查',
    en: '✗ {file}: the 界址点 (project.source.points) lie about {m} m from the boundary geometry (geometry); they are not the same boundary; not reviewed',
  },
  'commands.review.review_summary': {
    zh: '并联审批：按一张蓝图审查项目界址（部标 TXT、DXF），输出各部门初审意见与合规性审查报告',
    en: 'parallel approval: review project boundaries (TXT, DXF) against the blueprint; department opinions and the compliance report',
  },
  'commands.review.blueprint_help': {
    zh: '用成果包中的一张蓝图（代替规划文件）',
    en: 'review against a blueprint package (instead of plan files)',
  },
  'commands.review.review-rules_help': {
    zh: '审查规则包（默认 seeds/rules/jiyuan-review.json）',
    en: 'review pack (default seeds/rules/jiyuan-review.json)',
  },
  'commands.review.departments_help': {
    zh: '部门名录（默认 seeds/jiyuan/departments.json）',
    en: 'department list (default seeds/jiyuan/departments.json)',
  },
  'commands.review.report_help': {
    zh: '写出合规性审查报告（HTML，可打印为 A4）',
    en: 'write the compliance report (HTML, prints on A4)',
  },
  'commands.review.csv_help': {
    zh: '写出审查结果 CSV',
    en: 'write the review as CSV',
  },
  'commands.review.opinions_help': {
    zh: '部门意见文件（可多次给出），写入报告与 JSON',
    en: "a department's opinion file (repeatable), shown in the report and JSON",
  },
  'commands.review.rules_help': {
    zh: '由规划文件构建蓝图时的冲突规则包（默认 seeds/rules/jiyuan-default.json）',
    en: 'conflict rule pack when building the blueprint from plans (default seeds/rules/jiyuan-default.json)',
  },
  'commands.review.targets_help': {
    zh: '指标目标文件（由规划文件构建蓝图时）',
    en: 'indicator targets (when building from plans)',
  },
  'commands.review.xmmc_help': {
    zh: '项目名称（默认取 TXT 的地块名称，或文件名）',
    en: "project name (default: the TXT's parcel name, or the file name)",
  },
  'commands.review.xmdm_help': {
    zh: '统一项目代码',
    en: 'project code',
  },
  'commands.review.xmlx_help': {
    zh: '项目类型：{projectTypes}',
    en: 'project type: {projectTypes}',
  },
  'commands.review.nydyt_help': {
    zh: '拟用途（用地用海代码，如 1001）',
    en: 'proposed use (land-use code, e.g. 1001)',
  },
  'commands.review.zdxm_help': {
    zh: '是否国家重大建设项目：是、否',
    en: 'national major project: 是 or 否',
  },
  'commands.review.gylb_help': {
    zh: '工业类别：一类、二类、三类',
    en: 'industry class: 一类, 二类, 三类',
  },
  'commands.review.dxf-layer_help': {
    zh: 'DXF 中界址所在图层',
    en: 'DXF layer holding the boundaries',
  },
  'commands.review.crs_help': {
    zh: 'DXF 坐标系（默认按坐标推断）',
    en: 'CRS of DXF coordinates (default: inferred)',
  },
  'commands.review.date_help': {
    zh: '报告日期（默认 SOURCE_DATE_EPOCH 或今天）',
    en: 'report date (default SOURCE_DATE_EPOCH or today)',
  },
  'commands.review.usage': {
    zh: '用法：lantu review <界址文件>... (<规划文件>... | --blueprint <成果包.zip>) [--report 报告.html] [--csv 结果.csv] [--json 结果.json]',
    en: 'usage: lantu review <boundary>... (<plan.json>... | --blueprint <package.zip>) [--report out.html] [--csv out.csv] [--json out.json]',
  },
  'commands.review.run': {
    zh: '--date 或 SOURCE_DATE_EPOCH 不是有效的日期（YYYY-MM-DD）',
    en: '--date or SOURCE_DATE_EPOCH is not a valid date (YYYY-MM-DD)',
  },
  'commands.review.run-2': {
    zh: '--nydyt {nydyt} 不是《用地用海分类指南》中的代码',
    en: '--nydyt {nydyt} is not a code of the land and sea use classification',
  },
  'commands.review.run-3': {
    zh: '--xmmc 项目名称须为 1–200 个字符（现为 {length} 个）',
    en: '--xmmc: the project name must have 1–200 characters (it has {length})',
  },
  'commands.review.run-4': {
    zh: '--report、--csv 与 --json 须写到不同的文件：{outputFiles}',
    en: '--report, --csv and --json must name different files: {outputFiles}',
  },
  'commands.review.run-5': {
    zh: '未审查，未写出任何文件',
    en: 'not reviewed; nothing was written',
  },
  'commands.review.run-6': {
    zh: '✗ {file}：不认识的文件类型（界址请用 .txt、.dxf、.geojson、.shp、.zip（Shapefile）或 .gpkg，规划与项目文件用 .json）',
    en: '✗ {file}: unknown file type (boundaries: .txt, .dxf, .geojson, .shp, .zip (Shapefile) or .gpkg; plans and project documents: .json)',
  },
  'commands.review.run-7': {
    zh: '请给出规划文件或 --blueprint 成果包（二者取其一）',
    en: 'give plan files or --blueprint <package.zip> (one of the two)',
  },
  'commands.review.run-8': {
    zh: '✗ {file}：界址点文件有 {length} 个致命问题，未审查',
    en: '✗ {file}: the boundary file has {length} fatal problem(s); not reviewed',
  },
  'commands.review.run-9': {
    zh: '  DXF 图层：',
    en: '  DXF layers:',
  },
  'commands.review.run-10': {
    zh: '✗ {file}：DXF 文件有 {fatalCount} 个致命问题，未审查',
    en: '✗ {file}: the DXF file has {fatalCount} fatal problem(s); not reviewed',
  },
  'commands.review.run-11': {
    zh: '✗ {file}：没有读出闭合的界址多段线，未审查',
    en: '✗ {file}: no closed boundary polyline read; not reviewed',
  },
  'commands.review.run-12': {
    zh: '✗ {file}：缺少项目类型：请用 --xmlx 给出，或写在 {beside} 中',
    en: '✗ {file}: no project type: give --xmlx or put it in {beside}',
  },
  'commands.review.run-13': {
    zh: '输入有误，未写出任何文件',
    en: 'bad input: nothing was written',
  },
  'commands.review.run-14': {
    zh: '✗ {file}：与 {twin} 是同一个项目（项目标识 {id}），同一次审查中只能给出一次',
    en: '✗ {file}: the same project as {twin} (id {id}); give it once per call',
  },
  'commands.review.run-15': {
    zh: '✗ {file}：不是可用的部门意见文件，未审查',
    en: '✗ {file}: not a usable department opinion file; not reviewed',
  },
  'commands.review.refusal': {
    zh: '不是有效的 zip 文件',
    en: 'is not a valid zip file',
  },
  'commands.review.run-16': {
    zh: '✗ {file}：项目“{xmmc}”有 {ha} 公顷（{mu} 亩）位于蓝图范围（行政区 XZQ）之外，蓝图无法审查这部分：请核对坐标或带号，或使用覆盖该范围的蓝图',
    en: '✗ {file}: {ha} ha ({mu} mu) of project "{xmmc}" lies outside the blueprint\'s territory (XZQ), where the blueprint cannot review it: check the coordinates or zone, or use a blueprint that covers it',
  },
  'commands.review.run-17': {
    zh: '已写出 {file}',
    en: 'wrote {file}',
  },
  'commands.import.LABEL_warning': {
    zh: '警告',
    en: 'warning',
  },
  'commands.import.printReport': {
    zh: '属性编码：{encoding}（{detail}；可用 --encoding 改）',
    en: 'attribute encoding: {encoding} ({detail}; override with --encoding)',
  },
  'commands.import.printReport-2': {
    zh: '来源坐标系：{crsProvenance}，已转换为 EPSG:4490',
    en: 'source CRS: {crsProvenance}, converted to EPSG:4490',
  },
  'commands.import.sourceCrsKept': {
    zh: '来源坐标系：{crsProvenance}',
    en: 'source CRS: {crsProvenance}',
  },
  'commands.import.printReport-3': {
    zh: '要素：读取 {read}，映射 {mapped}，有效 {valid}，有质量问题 {quality}，致命 {fatal}',
    en: 'features: {read} read, {mapped} mapped, {valid} valid, {quality} with quality issues, {fatal} fatal',
  },
  'commands.import.printReport-4': {
    zh: '  …另有 {value} 条',
    en: '  … {value} more',
  },
  'commands.import.readDatabaseLayer': {
    zh: '从 {label} 读取 {file}：{rows} 行',
    en: 'read {file} from {label}: {rows|# row|# rows}',
  },
  'commands.import.importCommand_summary': {
    zh: '导入部门规划（GeoJSON、Shapefile、GeoPackage），转换坐标、映射字段并校验',
    en: 'import a department plan (GeoJSON, Shapefile, GeoPackage): reproject, map fields, validate',
  },
  'commands.import.db_help': {
    zh: '从 PostGIS 读取 --source-layer 指定的表（模式.表）。{help}',
    en: 'read the --source-layer table (schema.table) from PostGIS. {help}',
  },
  'commands.import.kind_help': {
    zh: '规划类型：land / ecology / industry / transport（必填）',
    en: 'plan kind: land / ecology / industry / transport (required)',
  },
  'commands.import.layer_help': {
    zh: '目标图层，如 GHYDYH',
    en: 'target layer, e.g. GHYDYH',
  },
  'commands.import.source-layer_help': {
    zh: '来源中要读取的图层（GeoPackage 表或 zip 中的 Shapefile）',
    en: 'layer of the source to read (GeoPackage table or Shapefile in a zip)',
  },
  'commands.import.crs_help': {
    zh: '来源坐标系，覆盖文件声明，如 EPSG:4526',
    en: 'source CRS, overrides the declaration, e.g. EPSG:4526',
  },
  'commands.import.encoding_help': {
    zh: 'Shapefile 属性编码：utf-8 / gbk / gb18030',
    en: 'Shapefile attribute encoding: utf-8 / gbk / gb18030',
  },
  'commands.import.classification_help': {
    zh: '来源地类代码的分类：ydyh2023 或 sandiao（三调，按对照表转换）',
    en: 'classification of the source codes: ydyh2023 or sandiao (translated by the crosswalk)',
  },
  'commands.import.mapping_help': {
    zh: '字段映射文件：{"源列名": "标准字段名" 或 null}；代码字段的值映射写作 {"columns": {…}, "values": {"GYLX": {"1": "一类工业"}}}',
    en: 'field mapping file: {"source column": "field key" or null}; value mapping of coded fields as {"columns": {…}, "values": {"GYLX": {"1": "一类工业"}}}',
  },
  'commands.import.accept-quality_help': {
    zh: '接受质量问题并照样导入（作为数据质量问题保留）',
    en: 'accept quality issues and import anyway (kept as data-quality findings)',
  },
  'commands.import.output_help': {
    zh: '写出的规划文档（-o）；不给则只显示导入报告',
    en: 'plan document to write (-o); without it only the report is shown',
  },
  'commands.import.plan-id_help': {
    zh: '规划标识（默认：类型-部门，各版本保持不变）',
    en: 'plan id (default: kind-department; stays the same across versions)',
  },
  'commands.import.title_help': {
    zh: '规划名称（默认：文件元数据中的规划名称；--db 时为表的注释或其发布记录中的规划名称；不取自文件名或表名）',
    en: "plan title (default: the title in the file's metadata; with --db, the table's comment or the plan title its publication records; never the file or table name)",
  },
  'commands.import.department_help': {
    zh: '编制部门（默认：--db 时为发布记录中的编制部门，否则按规划类型）',
    en: 'department (default: with --db, the department its publication records; otherwise by kind)',
  },
  'commands.import.version_help': {
    zh: '规划版本（默认 v1）',
    en: 'plan version (default v1)',
  },
  'commands.import.period_help': {
    zh: '规划期限（默认 2021-2035）',
    en: 'planning period (default 2021-2035)',
  },
  'commands.import.territory_help': {
    zh: '工作空间范围“最小经度,最小纬度,最大经度,最大纬度”（默认济源市）',
    en: 'workspace territory minLon,minLat,maxLon,maxLat (default Jiyuan)',
  },
  'commands.import.read-deadline_help': {
    zh: '读取 GeoPackage 的时限（秒，默认 {value}），超时即停止并指出所读的表',
    en: 'deadline for reading a GeoPackage (seconds, default {value}); past it reading stops, naming the table',
  },
  'commands.import.max-rows_help': {
    zh: 'GeoPackage 每张表最多读取的行数（默认 {defaultGpkgMaxRows}）',
    en: 'most rows read from one GeoPackage table (default {defaultGpkgMaxRows})',
  },
  'commands.import.reference_help': {
    zh: '参考规划文档（如上一版本），用于发现 GCJ-02 偏移',
    en: 'reference plan document (e.g. the previous version) to spot a GCJ-02 offset',
  },
  'commands.import.run': {
    zh: '✗ 存在致命错误，未导入任何内容',
    en: '✗ fatal errors: nothing was imported',
  },
  'commands.import.run-2': {
    zh: '✗ 存在质量问题，未写出；确认后用 --accept-quality 导入',
    en: '✗ quality issues: nothing written; confirm with --accept-quality to import',
  },
  'commands.import.run-3': {
    zh: '✓ 已写出 {output}（{length} 个要素）',
    en: '✓ wrote {output} ({length|# feature|# features})',
  },
  'commands.import.run-4': {
    zh: '✓ 可以导入（未给出 -o，未写出文件）',
    en: '✓ importable (no -o given, nothing written)',
  },
  'commands.check.check_summary': {
    zh: '检测规划之间的冲突（默认使用济源规则包）',
    en: 'check plans for conflicts (default: the Jiyuan rule pack)',
  },
  'commands.check.rules_help': {
    zh: '规则包（默认 seeds/rules/jiyuan-default.json）',
    en: 'rule pack (default seeds/rules/jiyuan-default.json)',
  },
  'commands.check.targets_help': {
    zh: '指标目标文件',
    en: 'indicator targets file',
  },
  'commands.check.geojson_help': {
    zh: '把冲突区域写成 GeoJSON',
    en: 'write the conflict regions as GeoJSON',
  },
  'commands.check.fail-on_help': {
    zh: '存在该级别（或更严重）的冲突时退出码为 3',
    en: 'exit 3 when a conflict of this severity (or worse) exists',
  },
  'commands.check.threads_help': {
    zh: '规则检测的线程数，含主线程（默认：CPU 核数，受空闲内存限制；规划小于 1 MB，或每个线程仍须准备全部要素而规划小于 32 MB 时为 1）',
    en: 'threads for the rules, the main thread included (default: the cores, as many as the free memory holds; 1 below 1 MB of plans, or below 32 MB when each would prepare every feature)',
  },
  'commands.check.engine_help': {
    zh: '执行规则的引擎：embedded（本机，默认）或 postgis（在 --db 指定的数据库中执行，报告相同）',
    en: 'where the rules run: embedded (this machine, default) or postgis (in the --db database, same report)',
  },
  'commands.check.schema_help': {
    zh: '--engine postgis 装载要素的模式（保留）；默认临时模式 lantu_run_…，用后删除',
    en: '--engine postgis: schema to load the features into (kept); default a temporary lantu_run_… schema, dropped afterwards',
  },
  'commands.check.connections_help': {
    zh: '--engine postgis 的并行连接数（默认 2）',
    en: '--engine postgis: parallel connections (default 2)',
  },
  'commands.check.timings_help': {
    zh: '打印各阶段耗时（读取、校验、索引、检测）',
    en: 'print per-phase times (read, validate, index, check)',
  },
  'commands.check.run': {
    zh: '用法：lantu check <规划文件>...（至少给出一个规划文件）',
    en: 'usage: lantu check <plan.json>... (give at least one plan)',
  },
  'commands.check.run-2': {
    zh: '跳过 {file}：这是冲突报告，不是规划',
    en: 'skipping {file}: a conflict report, not a plan',
  },
  'commands.check.run-3': {
    zh: '跳过 {file}：这是并联审批文件（部门名录、审查规则或项目），不是规划',
    en: 'skipping {file}: a project-review file (department list, review pack or project), not a plan',
  },
  'commands.check.run-4': {
    zh: '不是可检测的规划文档',
    en: 'not a plan document that can be checked',
  },
  'commands.check.run-5': {
    zh: '! {file}: {length} 个质量问题，作为质检冲突报告',
    en: '! {file}: {length} quality finding(s), reported as quality conflicts',
  },
  'commands.check.run-6': {
    zh: '规则包无效',
    en: 'invalid rule pack',
  },
  'commands.check.run-7': {
    zh: '指标目标文件无效',
    en: 'invalid targets file',
  },
  'commands.check.run-8': {
    zh: '没有可检测的规划文档',
    en: 'no plan document to check',
  },
  'commands.check.postgisUsage': {
    zh: '--engine postgis 需要 --db <连接字符串>',
    en: '--engine postgis needs --db <conn>',
  },
  'commands.check.postgisUsage-2': {
    zh: '--threads 只用于本机引擎；PostGIS 引擎用 --connections',
    en: '--threads is for the embedded engine; use --connections with postgis',
  },
  'commands.check.postgisUsage-4': {
    zh: '--db、--schema、--connections 只用于 --engine postgis',
    en: '--db, --schema and --connections need --engine postgis',
  },
  'commands.check.plan-file-changed': {
    zh: '检测过程中该规划文件被改动或无法再读取，未生成报告；文件稳定后请重新运行检测',
    en: 'the plan file changed or could no longer be read during the check, so no report was written; run the check again once it is stable',
  },
  'commands.check.run-10': {
    zh: '警告：--threads {threads} 超过空闲内存估计可承受的 {affordable} 个线程（每个线程约 256 MB + 其所读规划大小的 6 倍）',
    en: 'warning: --threads {threads} is more than the {affordable} thread(s) the free memory is estimated to hold (about 256 MB + 6 × the size of the plans it reads, each)',
  },
  'commands.check.executor_onNote': {
    zh: '注意：PostGIS 无法计算规则 {ruleIds} 的某些几何（{reason}），该规则改由本机引擎计算并报告无法计量的要素对',
    en: 'note: PostGIS could not compute some geometry of rule {ruleIds} ({reason}); the embedded engine evaluates that rule and reports the pair it cannot measure',
  },
  'commands.check.executor_onNote-2': {
    zh: '注意：{relation} 类规则（{ruleIds}）尚无 PostGIS 实现，改由本机引擎计算',
    en: 'note: {relation} rules ({ruleIds}) have no PostGIS implementation yet; the embedded engine computes them',
  },
  'commands.check.run-11': {
    zh: '耗时：读取 {value2}，校验 {value3}，准备 {value4}，装载 {value5}，SQL {value6}，本机计算 {value7}（质检、指标{value}）',
    en: 'timings: read {value2}, validate {value3}, prepare {value4}, load {value5}, SQL {value6}, embedded {value7} (quality, indicators{value})',
  },
  'commands.check.sql-by-rule': {
    zh: 'SQL 按规则（最慢的在前）：{rules}',
    en: 'SQL by rule (slowest first): {rules}',
  },
  'commands.check.run-12': {
    zh: '耗时：读取 {value}，校验 {value2}，索引 {prepareMs}，检测 {checkMs}（{threads} 个线程）{perWorker}',
    en: 'timings: read {value}, validate {value2}, index {prepareMs}, check {checkMs} ({threads} thread(s)){perWorker}',
  },
  'commands.check.features-per-worker': {
    zh: '；各线程准备的要素：{list}（共 {total} 个）',
    en: '; features prepared per thread: {list} (of {total})',
  },
  'commands.check.source-layer_help': {
    zh: '--engine postgis：检测数据库中已有的表（每层一表，国家标准字段名，如 lantu publish 所写），一个规划一次；规划编号默认同 lantu import',
    en: '--engine postgis: check plans already in the database as tables (one per layer, national field names, as lantu publish writes them), once per plan; plan id defaults as in lantu import',
  },
  'commands.check.source-layer-needs-postgis': {
    zh: '--source-layer 需要 --engine postgis --db <连接字符串>',
    en: '--source-layer needs --engine postgis --db <conn>',
  },
  'commands.check.printSummary': {
    zh: '公顷',
    en: 'ha',
  },
  'commands.check.printSummary-2': {
    zh: '共 {length} 处冲突（{by}），{length2} 个规划，规则包 {id} {version}',
    en: '{length} conflict(s) ({by}), {length2} plan(s), pack {id} {version}',
  },
  'commands.export.workspaceInputs': {
    zh: '用法：lantu export <工作区.lantu> -o <成果包.zip>（只导出一个工作区，其策略、指标目标和处置记录取自工作区{value}）',
    en: 'usage: lantu export <workspace.lantu> -o <blueprint.zip> (one workspace; its policy, targets and resolutions come from it{value})',
  },
  'commands.export.workspaceInputs-2': {
    zh: '不是有效的 JSON（{message}）',
    en: 'not valid JSON ({message})',
  },
  'commands.export.exportCommand_summary': {
    zh: '导出一张蓝图成果包（GeoPackage、GeoJSON、台账、指标、质检与报告）',
    en: 'export the blueprint package (GeoPackage, GeoJSON, ledger, indicators, quality report, report)',
  },
  'commands.export.output_help': {
    zh: '输出的成果包',
    en: 'package to write',
  },
  'commands.export.policy_help': {
    zh: '冲突处置优先级策略（默认 seeds/rules/policy-default.json）',
    en: 'precedence policy (default seeds/rules/policy-default.json)',
  },
  'commands.export.resolutions_help': {
    zh: '冲突处置记录',
    en: 'conflict resolutions',
  },
  'commands.export.created_help': {
    zh: '生成时间（默认 SOURCE_DATE_EPOCH 或当前时间）；相同输入得到逐字节相同的成果包',
    en: 'creation time (default SOURCE_DATE_EPOCH or now); same inputs give a byte-identical package',
  },
  'commands.export.draft_help': {
    zh: '存在未处置的阻断冲突或待定区域时仍导出，标记为草稿',
    en: 'export even with open blockers or undetermined areas, marked as a draft',
  },
  'commands.export.threads_help': {
    zh: '规则检测的线程数，含主线程（默认 1：导出要给成果包留内存）；成果包逐字节相同',
    en: 'threads for the rules, the main thread included (default 1: the export keeps its memory for the package); the package is byte-identical',
  },
  'commands.export.run': {
    zh: '用法：lantu export <规划文件>... | <工作区.lantu> -o <成果包.zip>',
    en: 'usage: lantu export <plan.json>... | <workspace.lantu> -o <blueprint.zip>',
  },
  'commands.export.run-2': {
    zh: '--created 或 SOURCE_DATE_EPOCH 不是有效的时间',
    en: '--created or SOURCE_DATE_EPOCH is not a valid time',
  },
  'commands.export.run-3': {
    zh: '--created 或 SOURCE_DATE_EPOCH 应在 {firstZipYear} 至 {lastZipYear} 年之间（zip 文件的时间戳只能表示这些年份）',
    en: '--created or SOURCE_DATE_EPOCH must fall in {firstZipYear}–{lastZipYear} (the years a zip timestamp can hold)',
  },
  'commands.export.run-4': {
    zh: '✗ 不能导出正式成果：{length} 个问题（可用 --draft 导出草稿）',
    en: '✗ cannot export a final package: {length} issue(s) (use --draft for a draft)',
  },
  'commands.export.run-5': {
    zh: '  …… 另有 {value} 个（--json <文件> 列出全部）',
    en: '  … and {value} more (--json <file> lists them all)',
  },
  'commands.export.reread': {
    zh: '导出期间无法再次读取规划文件（{reason}）；未写出成果包',
    en: 'the plan file could not be read again during the export ({reason}); no package was written',
  },
  'commands.export.failed': {
    zh: '生成成果包失败（{error}），未写入任何文件',
    en: 'building the package failed ({error}); nothing was written',
  },
  'commands.export.run-6': {
    zh: '已导出 {output}（{statusZh}，{value} 个文件，{value2} MB）：{length} 个规划，冲突 {total} 处（未处置 {open}，阻断 {openBlockers}），处置 {resolutions} 条，待定区域 {undeterminedAreas} 处',
    en: 'exported {output} ({statusZh}, {value|# file|# files}, {value2} MB): {length|# plan|# plans}, {total|# conflict|# conflicts} ({open} open, {openBlockers|# blocker|# blockers}), {resolutions|# resolution|# resolutions}, {undeterminedAreas|# undetermined area|# undetermined areas}',
  },
  'commands.export.run-7': {
    zh: '草稿原因',
    en: 'draft reason',
  },
  'commands.export.step-read': {
    zh: '读取输入文件',
    en: 'Reading the input files',
  },
  'commands.export.step-sources': {
    zh: '校验规划源文件',
    en: 'Validating the plan sources',
  },
  'commands.export.step-indicators': {
    zh: '计算规划指标',
    en: 'Computing the indicators',
  },
  'commands.export.step-rules': {
    zh: '运行规则检查',
    en: 'Running the rules',
  },
  'commands.export.step-blueprint': {
    zh: '合并一张蓝图',
    en: 'Merging the blueprint',
  },
  'commands.export.step-write': {
    zh: '生成成果包 {output}（GeoPackage、图层与报告，边生成边压缩写入）',
    en: 'Building {output} (the GeoPackage, the layers and the reports, deflated and written as they are built)',
  },
  'commands.verify.step-read': {
    zh: '读取成果包，核对清单与每个文件的 SHA-256',
    en: 'Reading the package: the manifest and every file’s SHA-256',
  },
  'commands.verify.step-rebuild': {
    zh: '重建：{phase}',
    en: 'Rebuild: {phase}',
  },
  'commands.verify.step-compare': {
    zh: '重建成果包文件，逐字节比对每个文件与 zip',
    en: 'Rebuilding the package files, comparing each file and the zip byte for byte',
  },
  'commands.validate.step-file': {
    zh: '校验 {file}',
    en: 'Validating {file}',
  },
  'commands.check.step-read': {
    zh: '读取并校验规划文件',
    en: 'Reading and validating the plans',
  },
  'commands.check.step-rules': {
    zh: '运行规则检查（线程数 {threads}）',
    en: 'Running the rules (threads: {threads})',
  },
  'commands.check.step-postgis': {
    zh: '在数据库中运行规则检查',
    en: 'Running the rules in the database',
  },
  'commands.check.step-report': {
    zh: '写出检测报告',
    en: 'Writing the report',
  },
  'commands.import.step-read': {
    zh: '读取源文件',
    en: 'Reading the source',
  },
  'commands.import.step-check': {
    zh: '检查并转换要素',
    en: 'Checking and converting the features',
  },
  'commands.import.step-write': {
    zh: '写入规划文件 {output}',
    en: 'Writing the plan {output}',
  },
  'commands.accept.printDiff': {
    zh: '相对局方已接收版本（{version}）：新增 {length}，删除 {length2}，修改 {length3}，未变 {unchanged}',
    en: 'against the accepted version ({version}): {length} added, {length2} removed, {length3} changed, {unchanged} unchanged',
  },
  'commands.accept.printDiff-2': {
    zh: '图形（面积 {value}{areaChangeM2} 平方米）',
    en: 'geometry (area {value}{areaChangeM2} m²)',
  },
  'commands.accept.accept_summary': {
    zh: '接收部门报送包：验签、防重放、显示差异并与本地编辑三方合并',
    en: 'accept a department submission: check the signature and replays, show the diff, merge three ways with local edits',
  },
  'commands.accept.plan_help': {
    zh: '局方当前版本（含本地编辑）；省略时直接采用报送版本',
    en: 'the bureau’s current version (with its own edits); without it the submitted version is taken',
  },
  'commands.accept.output_help': {
    zh: '合并后的规划文件',
    en: 'merged plan to write',
  },
  'commands.accept.resolutions_help': {
    zh: '局方处置记录文件：报送的处置记录按其编号续编正式维护日志编号并并入',
    en: 'the bureau’s resolutions file: submitted resolutions get official log numbers after its own and are merged into it',
  },
  'commands.accept.take_help': {
    zh: '冲突时取局方（ours）或部门（theirs）的值',
    en: 'on conflicts take the bureau’s (ours) or the department’s (theirs) value',
  },
  'commands.accept.run': {
    zh: '用法：lantu accept <报送包.zip> [--plan <当前版本.json>] -o <合并结果.json>',
    en: 'usage: lantu accept <submission.zip> [--plan <current.json>] -o <merged.json>',
  },
  'commands.accept.run-2': {
    zh: '✗ {resolutionsFile} 不是有效的 JSON',
    en: '✗ {resolutionsFile} is not valid JSON',
  },
  'commands.accept.run-3': {
    zh: '报送：规划 {id}（{department}，{version}），第 {sequence} 号，报送人 {author}，{createdAt}，编辑历史 {length} 条',
    en: 'submission: plan {id} ({department}, {version}), no. {sequence}, by {author}, {createdAt}, {length|# edit|# edits} in the history',
  },
  'commands.accept.run-4': {
    zh: '✗ {planFile} 是规划 {id}，报送包是规划 {id2}，未合并',
    en: '✗ {planFile} is plan {id} but the submission is plan {id2}; nothing was merged',
  },
  'commands.accept.run-5': {
    zh: '三方合并：取自局方 {fromOurs}，取自部门 {fromTheirs}，双方合并 {combined}，冲突 {length}',
    en: 'three-way merge: {fromOurs} from the bureau, {fromTheirs} from the department, {combined} combined, {length|# conflict|# conflicts}',
  },
  'commands.accept.run-6': {
    zh: '局方',
    en: 'bureau',
  },
  'commands.accept.run-7': {
    zh: '部门',
    en: 'department',
  },
  'commands.accept.run-8': {
    zh: '✗ 有 {length} 处冲突需要决定（--take ours 保留局方，--take theirs 采用部门），未写入任何文件',
    en: "✗ {length} conflict(s) need a decision (--take ours keeps the bureau's, --take theirs the department's); nothing was written",
  },
  'commands.accept.run-9': {
    zh: '  维护日志编号 {provisional} → {official}（正式）',
    en: '  log number {provisional} → {official} (official)',
  },
  'commands.accept.run-10': {
    zh: '注意：未给出 --resolutions，正式编号只按当日从 1 续编并列出，未写入任何处置记录文件',
    en: 'note: without --resolutions the official numbers start from the day’s first and are only listed; no resolutions file was written',
  },
  'commands.accept.run-11': {
    zh: '已接收并写入 {output}；已记录工作站 {stationName} 规划 {id} 的第 {sequence} 号报送',
    en: 'accepted and wrote {output}; recorded submission no. {sequence} of plan {id} from station {stationName}',
  },
  'commands.keys.USAGE': {
    zh: '用法：lantu keys export-public -o <文件.pub> | trust <文件.pub> --fingerprint <指纹> | revoke --fingerprint <指纹> | list | log',
    en: 'usage: lantu keys export-public -o <file.pub> | trust <file.pub> --fingerprint <fp> | revoke --fingerprint <fp> | list | log',
  },
  'commands.keys.keys_summary': {
    zh: '密钥：导出本站公钥，信任（核对指纹后）、吊销、列出受信任公钥，查看变更日志',
    en: 'keys: export this station’s public key; trust (after checking the fingerprint), revoke, list; show the log',
  },
  'commands.keys.output_help': {
    zh: '公钥文件写到哪里',
    en: 'where to write the public-key file',
  },
  'commands.keys.fingerprint_help': {
    zh: '通过电话等其他渠道核对过的公钥指纹',
    en: 'the key fingerprint, confirmed through another channel',
  },
  'commands.keys.run': {
    zh: '已导出 {stationName} 的公钥到 {output}，指纹 {fingerprint}',
    en: "exported {stationName}'s public key to {output}, fingerprint {fingerprint}",
  },
  'commands.keys.run-2': {
    zh: '已信任 {stationName} 的公钥，指纹 {fingerprint}',
    en: "trusted {stationName}'s key, fingerprint {fingerprint}",
  },
  'commands.keys.run-3': {
    zh: '已吊销 {stationName} 的公钥，指纹 {fingerprint}',
    en: "revoked {stationName}'s key, fingerprint {fingerprint}",
  },
  'commands.keys.run-4': {
    zh: '没有受信任的公钥',
    en: 'no trusted keys',
  },
  'commands.keys.state': {
    zh: '已吊销 {revokedAt}',
    en: 'revoked {revokedAt}',
  },
  'commands.keys.state-2': {
    zh: '有效',
    en: 'valid',
  },
  'commands.keys.run-5': {
    zh: '加入',
    en: 'added',
  },
  'commands.keys.what': {
    zh: '信任',
    en: 'trust',
  },
  'commands.keys.what-2': {
    zh: '吊销',
    en: 'revoke',
  },
  'commands.keys.run-6': {
    zh: '操作人',
    en: 'by',
  },
  'commands.station.role': {
    zh: '局（分配正式维护日志编号）',
    en: 'bureau (assigns official log numbers)',
  },
  'commands.station.role-2': {
    zh: '部门（给临时编号）',
    en: 'department (gives provisional numbers)',
  },
  'commands.station.printStation': {
    zh: '工作站',
    en: 'station',
  },
  'commands.station.printStation-2': {
    zh: '编号',
    en: 'id',
  },
  'commands.station.printStation-3': {
    zh: '代码',
    en: 'code',
  },
  'commands.station.printStation-4': {
    zh: '角色',
    en: 'role',
  },
  'commands.station.printStation-5': {
    zh: '公钥指纹',
    en: 'key fingerprint',
  },
  'commands.station.station_summary': {
    zh: '本工作站：init 建立（名称、角色、密钥对），show 查看，rename 改名',
    en: 'this station: init (name, role, key pair), show, rename',
  },
  'commands.station.name_help': {
    zh: '工作站名称，如 生态环境局-张工',
    en: 'station name, e.g. 生态环境局-张工',
  },
  'commands.station.role_help': {
    zh: '角色（默认 department；局的工作站分配正式编号）',
    en: 'role (default department; the bureau assigns official numbers)',
  },
  'commands.station.run': {
    zh: '用法：lantu station init --name <名称> | show | rename --name <名称>',
    en: 'usage: lantu station init --name <name> | show | rename --name <name>',
  },
  'commands.station.run-2': {
    zh: 'station init 需要 --name <名称>',
    en: 'station init needs --name <name>',
  },
  'commands.station.run-3': {
    zh: '已建立工作站，保存在 {join}',
    en: 'station made, kept in {join}',
  },
  'commands.station.run-4': {
    zh: 'station rename 需要 --name <名称>',
    en: 'station rename needs --name <name>',
  },
  'commands.verify.verify_summary': {
    zh: '校验成果包：清单、哈希，并从包内源文件重建后逐字节比对',
    en: 'verify a package: manifest, hashes, and a byte-for-byte rebuild from its own sources',
  },
  'commands.verify.run': {
    zh: '用法：lantu verify <成果包.zip>',
    en: 'usage: lantu verify <blueprint.zip>',
  },
  'commands.verify.verifyFiles': {
    zh: '注意：成果包由 lantu {version} 生成，当前为 {running}',
    en: 'note: the package was built by lantu {version}, this is {running}',
  },
  'commands.receipt.receipt_summary': {
    zh: '回执：查看下发成果包中本部门要素的处置结果（保留、被哪条处置修改及理由、删除）',
    en: 'receipt: what an issued package did to a department’s features (kept, changed by which resolution and why, removed)',
  },
  'commands.receipt.department_help': {
    zh: '部门名称（规划文件中的 department）或规划标识',
    en: 'department name (a plan’s department) or plan id',
  },
  'commands.receipt.csv_help': {
    zh: '把回执写成 CSV，- 为标准输出',
    en: 'write the receipt as CSV, - for stdout',
  },
  'commands.receipt.run': {
    zh: '用法：lantu receipt <成果包.zip> --department <部门名称>',
    en: 'usage: lantu receipt <package.zip> --department <name>',
  },
  'commands.receipt.run-2': {
    zh: '{file} 不是蓝图成果包（{manifestPath} 缺失或不是 JSON）',
    en: '{file} is not a blueprint package ({manifestPath} is missing or not JSON)',
  },
  'commands.receipt.run-3': {
    zh: '! {file} 未签名（没有 {signaturePath}），无法确认它来自局方',
    en: '! {file} is not signed (no {signaturePath}): it cannot be confirmed to come from the bureau',
  },
  'commands.receipt.run-4': {
    zh: '{file} 中的 {path} 与清单不符（已被改动、删除或加入），不能据此出具回执',
    en: '{path} in {file} differs from the manifest (changed, removed or added): no receipt from it',
  },
  'commands.receipt.run-5': {
    zh: '回执：{department}，{plans}；保留 {kept}，已修改 {changed}，已删除 {removed}，新增 {added}',
    en: 'receipt: {department}, {plans}; {kept} kept, {changed} changed, {removed} removed, {added} added',
  },
  'commands.receipt.what': {
    zh: '字段 {fields}',
    en: 'fields {fields}',
  },
  'commands.receipt.what-2': {
    zh: '图形',
    en: 'geometry',
  },
  'commands.receipt.run-6': {
    zh: '理由',
    en: 'reason',
  },
  'commands.replay.replay_summary': {
    zh: '按编辑历史重建工作区并报告（规划、要素、处置、编辑记录）',
    en: 'rebuild a workspace from its history and report it (plans, features, resolutions, edits)',
  },
  'commands.replay.output_help': {
    zh: '把重建的工作区写为新的工作区文件',
    en: 'write the rebuilt workspace as a new workspace file',
  },
  'commands.replay.created_help': {
    zh: '写入文件的时间（默认当前时间）',
    en: 'time written into the file (default now)',
  },
  'commands.replay.run': {
    zh: '用法：lantu replay <工作区.lantu> [-o <输出.lantu>]',
    en: 'usage: lantu replay <workspace.lantu> [-o <out.lantu>]',
  },
  'commands.replay.run-2': {
    zh: '--created 不是有效的时间',
    en: '--created is not a valid time',
  },
  'commands.replay.run-3': {
    zh: '已按编辑历史重建 {file}：{length} 个规划，{features} 个要素，处置 {length2} 条；编辑记录 {length3} 条（可重做 {length4} 条）',
    en: 'rebuilt {file} from its history: {length|# plan|# plans}, {features|# feature|# features}, {length2|# resolution|# resolutions}; {length3|# edit|# edits} ({length4} to redo)',
  },
  'commands.replay.run-4': {
    zh: '{features} 个要素',
    en: '{features|# feature|# features}',
  },
  'commands.replay.who': {
    zh: '（未署名）',
    en: '(unnamed)',
  },
  'commands.replay.run-5': {
    zh: '工作站 {station}（{who}）：{n} 条编辑',
    en: 'station {station} ({who}): {n|# edit|# edits}',
  },
  'commands.replay.run-6': {
    zh: '已写出重建的工作区 {output}',
    en: 'wrote the rebuilt workspace {output}',
  },
  'commands.diff.readView_error': {
    zh: '{file} 不是有效的 zip 文件',
    en: '{file} is not a valid zip file',
  },
  'commands.diff.viewOf_error': {
    zh: '{file}：{path} 不是 GeoJSON',
    en: '{file}: {path} is not GeoJSON',
  },
  'commands.diff.viewOf_error-2': {
    zh: '{file} 不是一张蓝图成果包（没有 layers/*.geojson）',
    en: '{file} is not a blueprint package (no layers/*.geojson)',
  },
  'commands.diff.diff_summary': {
    zh: '比较两个成果包：要素增删改、各用地分类面积变化、指标变化',
    en: 'compare two packages: features added/removed/changed, area change per class, indicator changes',
  },
  'commands.diff.run': {
    zh: '用法：lantu diff <旧成果包.zip> <新成果包.zip>',
    en: 'usage: lantu diff <a.zip> <b.zip>',
  },
  'commands.diff.run-2': {
    zh: '  {layer} 新增 {added}，删除 {removed}，修改 {changed}',
    en: '  {layer} added {added}, removed {removed}, changed {changed}',
  },
  'commands.diff.run-3': {
    zh: '  用地 {classCode} {areaBeforeM2} → {areaAfterM2} 公顷（{value}{changeM2}）',
    en: '  class {classCode} {areaBeforeM2} → {areaAfterM2} ha ({value}{changeM2})',
  },
  'commands.diff.run-4': {
    zh: '指标',
    en: 'indicator',
  },
  'commands.diff.run-5': {
    zh: '共新增 {length}、删除 {length2}、修改 {length3} 个要素（未变 {unchanged}），{length4} 个用地分类面积变化，{length5} 项指标变化',
    en: '{length} added, {length2} removed, {length3} changed ({unchanged} unchanged); {length4|# class|# classes} changed area; {length5|# indicator|# indicators} changed',
  },
  'commands.submit.readPlanFile': {
    zh: '✗ {file} 不是有效的规划文件：',
    en: '✗ {file} is not a valid plan document:',
  },
  'commands.submit.submit_summary': {
    zh: '生成部门报送包（规划版本、自上次接收以来的编辑历史、本工作站签名）',
    en: 'make a department submission (plan version, edit history since the last accepted version, signed by this station)',
  },
  'commands.submit.base_help': {
    zh: '局方上次接收的规划版本（编辑历史的起点）',
    en: 'the plan version the bureau last accepted (where the history starts)',
  },
  'commands.submit.output_help': {
    zh: '报送包',
    en: 'submission to write',
  },
  'commands.submit.author_help': {
    zh: '报送人（默认本工作站名称）',
    en: 'who submits (default: this station’s name)',
  },
  'commands.submit.run': {
    zh: '用法：lantu submit <规划.json> --base <已接收版本.json> -o <报送包.zip>',
    en: 'usage: lantu submit <plan.json> --base <accepted.json> -o <submission.zip>',
  },
  'commands.submit.run-2': {
    zh: '✗ {file}（规划 {id}）与 {base}（规划 {id2}）不是同一个规划',
    en: '✗ {file} (plan {id}) and {base} (plan {id2}) are different plans',
  },
  'commands.submit.run-3': {
    zh: '已生成报送包 {output}：规划 {id}（{department}，{version}），第 {sequence} 号，编辑 {length} 条，报送人 {author}，工作站 {stationName}，已签名',
    en: 'wrote submission {output}: plan {id} ({department}, {version}), no. {sequence}, {length|# edit|# edits}, by {author} at station {stationName}, signed',
  },
  'commands.sign.sign_summary': {
    zh: '用本工作站的密钥为成果包或回执签名（下发前）',
    en: 'sign a package or receipt with this station’s key (before issuing it)',
  },
  'commands.sign.output_help': {
    zh: '签名后的文件',
    en: 'signed file to write',
  },
  'commands.sign.run': {
    zh: '用法：lantu sign <文件.zip> -o <签名后.zip>',
    en: 'usage: lantu sign <file.zip> -o <signed.zip>',
  },
  'commands.sign.run-2': {
    zh: '✗ {file}：没有可读的 {manifestPath}（含生成时间），无法签名',
    en: '✗ {file}: no readable {manifestPath} (with its creation time): it cannot be signed',
  },
  'commands.sign.run-3': {
    zh: '✗ {file} 已经签过名，未做改动',
    en: '✗ {file} is already signed; nothing was changed',
  },
  'commands.sign.run-4': {
    zh: '已签名 {output}：签名者 {stationName}，指纹 {value}',
    en: 'signed {output}: signer {stationName}, fingerprint {value}',
  },
  'commands.sign.run-5': {
    zh: '✗ {file}：只能为普通 zip 签名（不含 ZIP64 记录、没有注释），未做改动',
    en: '✗ {file}: only a plain zip (no ZIP64 records, no comment) can be signed; nothing was changed',
  },
  'commands.publish.publish_summary': {
    zh: '把校验通过的成果包发布到 PostGIS（图层、一张图、冲突、处置、指标；一次事务）',
    en: 'publish a verified package into PostGIS (layers, coverage, conflicts, resolutions, indicators; one transaction)',
  },
  'commands.publish.schema_help': {
    zh: '写入的模式（schema），默认 lantu',
    en: 'target schema, default lantu',
  },
  'commands.publish.run': {
    zh: '用法：lantu publish <成果包.zip> --db <连接字符串>',
    en: 'usage: lantu publish <blueprint.zip> --db <conn>',
  },
  'commands.publish.run-2': {
    zh: '✗ {file} 未通过校验，未发布',
    en: '✗ {file} does not verify: nothing published',
  },
  'commands.publish.run-3': {
    zh: '✓ {label} 模式 {schema} 已是此成果包（第 {version} 版，SHA-256 {packageSha256}…），未重复发布',
    en: '✓ {label} schema {schema} already holds this package (version {version}, SHA-256 {packageSha256}…): nothing to do',
  },
  'commands.publish.interrupted': {
    zh: '✗ 发布已中断（Ctrl+C）：未提交任何更改，{label} 模式 {schema} 中已发布的版本未改变',
    en: '✗ publishing interrupted (Ctrl+C): nothing was committed; the version published in {label} schema {schema} is unchanged',
  },
  'commands.publish.run-4': {
    zh: '✓ 已发布到 {label} 模式 {schema}：第 {version} 版，{length} 张表',
    en: '✓ published to {label} schema {schema}: version {version}, {length|# table|# tables}',
  },
  'commands.rules.rules_summary': {
    zh: '规则包工具：lint 校验规则包并运行内置测试',
    en: 'rule-pack tools: lint validates a pack and runs its inline tests',
  },
  'commands.rules.run': {
    zh: '用法：lantu rules lint <规则包.json>',
    en: 'usage: lantu rules lint <pack.json>',
  },
  'commands.rules.run-2': {
    zh: '不是有效的 JSON（{why}）',
    en: 'not valid JSON ({why})',
  },
  'commands.rules.run-3': {
    zh: '规则包无效（{length} 个错误）',
    en: 'invalid rule pack ({length} error(s))',
  },
  'commands.rules.run-4': {
    zh: '! 没有内置测试的规则：{untested}',
    en: '! rules without inline tests: {untested}',
  },
  'commands.rules.run-5': {
    zh: '共 {length} 个测试：{value} 个通过，{failed} 个失败',
    en: '{length} test(s): {value} passed, {failed} failed',
  },
  'commands.validate.validate_summary': {
    zh: '校验规划文档（JSON 格式、模式、几何、代码表、面积）及规则包、指标目标等文档',
    en: 'validate plan documents (JSON, schema, geometry, code tables, areas) and rule packs, targets …',
  },
  'commands.validate.max-per-kind_help': {
    zh: '每类问题最多打印 n 条（默认 20）',
    en: 'print at most n findings per kind (default 20)',
  },
  'commands.validate.run': {
    zh: '用法：lantu validate <文件>...（至少给出一个文件）',
    en: 'usage: lantu validate <file>... (give at least one file)',
  },
  'commands.validate.run-2': {
    zh: '通过',
    en: 'valid',
  },
  'commands.validate.run-3': {
    zh: '共 {length} 个文件：{passed} 个通过，{value} 个未通过；错误合计 {total} 个',
    en: '{length} file(s): {passed} valid, {value} not; {total} error(s) in total',
  },
  'commands.import.parsePeriod': {
    zh: '--period 应为“起始年-目标年”，如 2021-2035，得到“{text}”',
    en: '--period must be start-end years, e.g. 2021-2035; got “{text}”',
  },
  'commands.import.parseTerritory': {
    zh: '--territory 应为“最小经度,最小纬度,最大经度,最大纬度”或 none，得到“{text}”',
    en: '--territory must be minLon,minLat,maxLon,maxLat or none; got “{text}”',
  },
  'commands.import.readMapping': {
    zh: '字段映射文件 {path} 不是有效的 JSON',
    en: 'the field mapping file {path} is not valid JSON',
  },
  'commands.import.readMapping-2': {
    zh: '字段映射文件 {path} 应为 {"源列名": "标准字段名" 或 null}，或 {"columns": {…}, "values": {"字段名": {"源值": "代码表值"}}}',
    en: 'the field mapping file {path} must be {"source column": "field key" or null}, or {"columns": {…}, "values": {"field key": {"source value": "code table value"}}}',
  },
  'commands.import.file-needs-title': {
    zh: '{file} 的元数据中没有规划名称，未写出；规划名称不取自文件名，请用 --title <名称> 指定',
    en: '{file} names no plan title in its metadata: nothing written; the title is never taken from the file name: give it with --title <text>',
  },
  'commands.import.table-needs-title': {
    zh: '表 {layer} 没有给出规划名称（没有表注释 COMMENT ON TABLE，也不是 lantu publish 发布的单一规划图层）；规划名称不取自表名，请用 --title <名称> 指定',
    en: 'table {layer} gives no plan title (no COMMENT ON TABLE, and not a layer of one plan published by lantu publish); the title is never taken from the table name: give it with --title <text>',
  },
  'commands.import.run-5': {
    zh: '用法：lantu import --db <连接字符串> --source-layer <模式.表> --kind <类型> -o <plan.json>（不再给来源文件）',
    en: 'usage: lantu import --db <conn> --source-layer <schema.table> --kind <kind> -o <plan.json> (no source file)',
  },
  'commands.import.run-6': {
    zh: '用法：lantu import <来源文件> --kind <类型> -o <plan.json>',
    en: 'usage: lantu import <source> --kind <kind> -o <plan.json>',
  },
  'commands.import.run-7': {
    zh: '缺少 --kind（land / ecology / industry / transport）',
    en: 'missing --kind (land / ecology / industry / transport)',
  },
  'commands.import.run-8': {
    zh: '不认识的图层 {layer}',
    en: 'unknown layer {layer}',
  },
  'commands.import.run-10': {
    zh: '--read-deadline 应为正数（秒），得到“{o}”',
    en: '--read-deadline must be a positive number of seconds; got “{o}”',
  },
  'commands.verify.verifyFiles-2': {
    zh: '缺失或不是 JSON',
    en: 'is missing or not JSON',
  },
  'commands.verify.verifyFiles-3': {
    zh: '不符合清单模式：{e}',
    en: 'does not follow the manifest schema: {e}',
  },
  'commands.verify.verifyFiles-4': {
    zh: '构建信息不完整，无法重建',
    en: 'is incomplete: the package cannot be rebuilt',
  },
  'commands.verify.verifyFiles-5': {
    zh: '重建失败：{e}',
    en: 'rebuild failed: {e}',
  },
  'commands.verify.verifyFiles-6': {
    zh: '重建时预检拒绝正式成果（清单与内容不符）',
    en: 'the rebuild refuses a final package (the manifest does not match the contents)',
  },
  'commands.verify.verifyFiles-7': {
    zh: '与从包内源文件重建的结果不一致',
    en: 'differs from the rebuild from the package’s own sources',
  },
  'commands.verify.verifyFiles-8': {
    zh: 'zip 容器与重建结果不一致（文件内容一致）',
    en: 'the zip container differs from the rebuild (the files match)',
  },
  'commands.check.fallbackRules': {
    zh: '及 {ids}',
    en: ' and {ids}',
  },
  'commands.export.clash': {
    zh: '，不能再给 --{options}',
    en: ', so --{options} cannot be given',
  },
  'commands.import.source': {
    zh: '来源：{file}（{format}{layer}）',
    en: 'source: {file} ({format}{layer})',
  },
  'commands.import.unknownFormat': {
    zh: '未知格式',
    en: 'unknown format',
  },
  'commands.import.sourceLayer': {
    zh: '，图层 {layer}',
    en: ', layer {layer}',
  },
  'commands.import.mapping': {
    zh: '字段映射（{layer}）：{list}',
    en: 'field mapping ({layer}): {list}',
  },
  'commands.import.noMapping': {
    zh: '无',
    en: 'none',
  },
  'commands.verify.verified': {
    zh: '✓ {file}：校验通过（{status}，{files} 个文件，重建逐字节一致）',
    en: '✓ {file}: verified ({status}, {files|# file|# files}, rebuild identical byte for byte)',
  },
  'commands.verify.statusFinal': {
    zh: '正式成果',
    en: 'final',
  },
  'commands.verify.statusDraft': {
    zh: '草稿',
    en: 'draft',
  },
  'commands.check.run-13': {
    zh: '✗ 已中断：数据库中正在执行的查询已取消（模式 {options} 保留），未写出报告',
    en: '✗ interrupted: the queries running in the database were cancelled (schema {options} kept); no report written',
  },
  'commands.check.run-14': {
    zh: '✗ 已中断：数据库中正在执行的查询已取消，临时模式已删除，未写出报告',
    en: '✗ interrupted: the queries running in the database were cancelled and the run schema dropped; no report written',
  },
  'commands.check.tile-fallback': {
    zh: '注意：PostGIS 无法计算规则 {ruleIds} 的某些几何（{reason}），{tiles} 个分块（其 {of} 个主体要素中的 {embedded} 个）改由本机引擎计算（并报告无法计量的要素或要素对），其余在数据库中计算',
    en: 'note: PostGIS could not compute some geometry of rule {ruleIds} ({reason}); the embedded engine evaluates {tiles|# tile|# tiles} ({embedded} of its {of|# subject|# subjects}, and reports the feature or pair it cannot measure), the database the rest',
  },
  'commands.check.geometry-from-tables': {
    zh: '几何：{fromTables} 个取自数据库中的表，发送 {sent} 个；发送线路缓冲区或修复后的占地 {footprints} 个',
    en: 'geometries: {fromTables} from the tables, {sent} sent; {footprints|# corridor or repaired footprint|# corridors or repaired footprints} sent',
  },
  'commands.check.source-layer-form': {
    zh: '--source-layer 应为 <类型>[:<规划编号>]=<模式.表>[,<模式.表>…]（类型：{kinds}），得到“{value}”',
    en: '--source-layer must be <kind>[:<plan-id>]=<schema.table>[,<schema.table>…] (kind: {kinds}); got “{value}”',
  },
  'commands.check.table-missing-column': {
    zh: '表 {file} 没有必填字段 {field} 的列（列名 {column}），缺少该字段的要素作为质检冲突报告',
    en: 'table {file} has no column for the required field {field} (column {column}); the features lacking it are reported as quality conflicts',
  },
  'commands.check.tables-not-imported': {
    zh: '✗ {label}：表中的规划无法导入，未检测',
    en: '✗ {label}: the plan in these tables cannot be imported; nothing checked',
  },
  'commands.check.tables-read': {
    zh: '从 {source} 读取 {label}：{count} 个要素（规划 {planId}）',
    en: 'read {label} from {source}: {count|# feature|# features} (plan {planId})',
  },
} as const satisfies Section;
