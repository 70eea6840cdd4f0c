// The main/cli helpers (argument parsing, input files, printing): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const cliMessages = {
  'cli.index.lang_help': {
    zh: '输出语言（默认中文）',
    en: 'output language (default Chinese)',
  },
  'cli.index.json_help': {
    zh: '把机器可读结果写到文件，- 为标准输出',
    en: 'write the machine-readable result to a file, - for stdout',
  },
  'cli.index.help_help': {
    zh: '显示帮助',
    en: 'show help',
  },
  'cli.index.main': {
    zh: '没有命令 "{name}"。可用命令：{Object}',
    en: 'no command "{name}". Commands: {Object}',
  },
  'cli.index.main-2': {
    zh: '已删除上次中断的写入留下的临时文件 {path}',
    en: 'removed {path}, left by an interrupted write',
  },
  'cli.index.main-3': {
    zh: '运行 lantu --help 查看用法',
    en: 'run lantu --help for usage',
  },
  'cli.index.main-4': {
    zh: '内部错误：{why}',
    en: 'internal error: {why}',
  },
  'cli.index.step': {
    zh: '[{seconds} 秒] {step}…',
    en: '[{seconds} s] {step}…',
  },
  'cli.readFeatureBoundary.LEVEL_fatal': {
    zh: '致命',
    en: 'fatal',
  },
  'cli.readFeatureBoundary.LEVEL_quality': {
    zh: '质量',
    en: 'quality',
  },
  'cli.readFeatureBoundary.LEVEL_warning': {
    zh: '提示',
    en: 'warning',
  },
  'cli.readFeatureBoundary.LEVEL_info': {
    zh: '信息',
    en: 'info',
  },
  'cli.readFeatureBoundary.readFeatureBoundary': {
    zh: '✗ {file}：无法读取，未审查',
    en: '✗ {file}: could not be read; not reviewed',
  },
  'cli.readFeatureBoundary.readFeatureBoundary-2': {
    zh: '✗ {file}：没有可用的坐标系声明（如 .prj），请用 --crs 给出，如 --crs EPSG:4526',
    en: '✗ {file}: no usable coordinate system (e.g. a .prj); give --crs, e.g. --crs EPSG:4526',
  },
  'cli.readFeatureBoundary.readFeatureBoundary-3': {
    zh: '✗ {file}：界址有 {fatal} 个致命问题，未审查',
    en: '✗ {file}: the boundary has {fatal} fatal problem(s); not reviewed',
  },
  'cli.parseArgs.parseArgs': {
    zh: '不认识的选项 {arg}',
    en: 'unknown option {arg}',
  },
  'cli.parseArgs.parseArgs-2': {
    zh: '不认识的选项 --{name}',
    en: 'unknown option --{name}',
  },
  'cli.parseArgs.parseArgs-3': {
    zh: '选项 --{name} 不带值',
    en: 'option --{name} takes no value',
  },
  'cli.parseArgs.parseArgs-4': {
    zh: '选项 --{name} 需要一个值',
    en: 'option --{name} needs a value',
  },
  'cli.parseArgs.parseArgs-5': {
    zh: '选项 --{name} 的值 "{value}" 无效，可选：{choices}',
    en: 'option --{name}: "{value}" is not one of {choices}',
  },
  'cli.parseArgs.parseArgs-6': {
    zh: '选项 --{name} 需要非负整数，得到 "{value}"',
    en: 'option --{name} needs a non-negative integer, got "{value}"',
  },
  'cli.parseArgs.atLeast': {
    zh: '选项 --{name} 需要不小于 {min} 的整数，得到 "{value}"',
    en: 'option --{name} needs a whole number of at least {min}, got "{value}"',
  },
  'cli.inflateLimitOption.inflateLimitOption_help': {
    zh: 'zip 解压总量上限（默认 {gib}GiB），如 16GiB、512MiB',
    en: "cap on a zip's total inflated size (default {gib}GiB), e.g. 16GiB, 512MiB",
  },
  'cli.inflateLimitOption.limits_howToChange': {
    zh: '可用 --max-inflate <大小> 调整上限',
    en: 'raise it with --max-inflate <size>',
  },
  'cli.inflateLimitOption.zipLimitsFrom': {
    zh: '--max-inflate 应为大小，如 16GiB 或 512MiB，得到“{value}”',
    en: '--max-inflate must be a size such as 16GiB or 512MiB; got “{value}”',
  },
  'cli.readWorkspaceFile.readWorkspaceFile': {
    zh: '工作区文件「{fileName}」中没有 {workspacePayloadFile}',
    en: 'the workspace file "{fileName}" has no {workspacePayloadFile}',
  },
  'cli.readWorkspaceFile.readWorkspaceFile-2': {
    zh: '工作区文件「{fileName}」中的 {workspacePayloadFile} 不是有效的 JSON（{message}）',
    en: '{workspacePayloadFile} in "{fileName}" is not valid JSON ({message})',
  },
  'cli.zipSignature.trustedKeysOf': {
    zh: '注意：本安装还没有工作站（{home}），没有受信任的密钥，签名只能报告为未知',
    en: 'note: this installation has no station yet ({home}), so no key is trusted and a signature can only be reported unknown',
  },
  'cli.zipSignature.check_message': {
    zh: '{file} 已被篡改：签名项 {signaturePath} 不在签名时的位置或字节被改动',
    en: '{file} was tampered with: the {signaturePath} entry is not where, or not as, it was signed',
  },
  'cli.openDatabase.DB_OPTION_help': {
    zh: 'PostgreSQL 连接字符串（URI 或 key=value，不含口令；口令用 PGPASSWORD、.pgpass 或提示输入；可用 service=名称）',
    en: 'PostgreSQL connection string (URI or key=value, no password: use PGPASSWORD, .pgpass or the prompt; service=name works)',
  },
  'cli.readSourceFiles.readSourceFiles': {
    zh: '不支持的文件类型“{value}”：请给出 .geojson/.json、.zip（Shapefile）、.shp 或 .gpkg',
    en: 'unsupported file type “{value}”: give .geojson/.json, .zip (Shapefile), .shp or .gpkg',
  },
  'cli.stationAccess.PASSPHRASE_OPTION_help': {
    zh: '从文件读取私钥口令（第一行；- 为标准输入）；也可用环境变量 LANTU_PASSPHRASE',
    en: 'read the key passphrase from a file (first line; - for stdin); or set LANTU_PASSPHRASE',
  },
  'cli.index.exitCodes': {
    zh: '退出码：0 成功；1 输入无效或校验未通过；2 用法或读写错误；3 达到策略阈值；130 被 Ctrl+C 中断（发布；数据库中的检查）',
    en: 'exit codes: 0 ok; 1 invalid input or failed verification; 2 usage or I/O error; 3 policy threshold met; 130 interrupted by Ctrl+C (publish; a check in the database)',
  },
  'cli.index.usage': {
    zh: '用法：lantu <命令> [选项] [参数]',
    en: 'usage: lantu <command> [options] [arguments]',
  },
  'cli.printFindings.firstShown': {
    zh: '，仅显示前 {shown} 条',
    en: ', first {shown} shown',
  },
  'cli.printFindings.more': {
    zh: '    …… 另有 {more} 条 {code}',
    en: '    … {more} more {code}',
  },
  'cli.formatOpinionTable.conditions': {
    zh: '；条件：{conditions}',
    en: '; conditions: {conditions}',
  },
  'cli.formatOpinionTable.check': {
    zh: '  {mark} {project} · {department}：{reason}{tail}（{legalBasis}）',
    en: '  {mark} {project} · {department}: {reason}{tail} ({legalBasis})',
  },
  'cli.formatOpinionTable.project': {
    zh: '项目',
    en: 'Project',
  },
  'cli.formatOpinionTable.verdict': {
    zh: '初审结论',
    en: 'Verdict',
  },
  // Only the Chinese is shown: the English line keeps the runtime's own words (describeInternalError).
  'cli.describeInternalError.unclassified': {
    zh: '未归类的程序错误；用 --lang en 重新运行可看到原始信息，请报告给维护者',
    en: 'unclassified program error; please report it to the maintainers',
  },
} as const satisfies Section;
