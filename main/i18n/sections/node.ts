// The plain-Node shell messages (main/node: files, dialogs, IPC): one section of main's catalogue (../catalogue.ts).
import type { Section } from '../../../engine/i18n/index.ts';

export const nodeMessages = {
  'node.describeIoError.describeIoError': {
    zh: '无法写入 {file}：所在的文件夹不存在',
    en: 'cannot write {file}: its folder does not exist',
  },
  'node.describeIoError.describeIoError-2': {
    zh: '找不到文件 {file}',
    en: 'no such file: {file}',
  },
  'node.describeIoError.describeIoError-3': {
    zh: '{file} 是目录，不是文件',
    en: '{file} is a directory, not a file',
  },
  'node.describeIoError.describeIoError-4': {
    zh: '没有权限读写 {file}',
    en: 'permission denied: {file}',
  },
  'node.describeIoError.describeIoError-5': {
    zh: '磁盘空间不足，无法写入 {file}（原有文件未改动）',
    en: 'no space left to write {file} (the existing file is unchanged)',
  },
  'node.describeIoError.describeIoError-6': {
    zh: '{file} 超过系统允许的文件大小，无法写入（原有文件未改动）',
    en: '{file} would exceed the allowed file size (the existing file is unchanged)',
  },
  'node.describeIoError.describeIoError-7': {
    zh: '{file} 所在的磁盘为只读，无法写入',
    en: '{file} is on a read-only file system',
  },
  'node.describeIoError.describeIoError-8': {
    zh: '{file} 的上级路径不是目录',
    en: 'a parent of {file} is not a directory',
  },
  'node.describeIoError.describeIoError-9': {
    zh: '打开的文件过多，无法读写 {file}',
    en: 'too many open files to read or write {file}',
  },
  'node.exchangeRegisters.damaged': {
    zh: '{path} 已损坏（不是有效的蓝图登记文件），未做改动',
    en: '{path} is damaged (not a valid Lantu register); nothing was changed',
  },
  'node.createIpcHandlers.grantedPath': {
    zh: '未知的文件标识 {fileId}：只能读写用户选择过的文件。',
    en: 'Unknown file id {fileId}: only files the user chose can be read or written.',
  },
  'node.createIpcHandlers.readBytes': {
    zh: '读取 {path} 失败：{why}',
    en: 'Reading {path} failed: {why}',
  },
  'node.createIpcHandlers.writeBytes': {
    zh: '写入 {path} 失败（原文件保持不变）：{why}',
    en: 'Writing {path} failed (the previous file is unchanged): {why}',
  },
  'node.createIpcHandlers.withStation': {
    zh: '此环境没有工作站',
    en: 'no station is available here',
  },
  'node.createIpcHandlers.withDataSources': {
    zh: '此环境没有数据源（需要桌面版）',
    en: 'no data sources here (the desktop app is needed)',
  },
  'node.createIpcHandlers.paths_title': {
    zh: '打开工作空间',
    en: 'Open Workspace',
  },
  'node.createIpcHandlers.paths_title-2': {
    zh: '导入规划',
    en: 'Import Plan',
  },
  'node.createIpcHandlers.chosen_title': {
    zh: '导出',
    en: 'Export',
  },
  'node.createIpcHandlers.chosen_title-2': {
    zh: '导出 PDF',
    en: 'Export PDF',
  },
  'node.createIpcHandlers.saveWorkspaceFile': {
    zh: '{path} 不是工作空间文件（.lantu），不能作为保存目标。',
    en: '{path} is not a workspace file (.lantu) and cannot be saved over.',
  },
  'node.createIpcHandlers.chosen_title-3': {
    zh: '保存工作空间',
    en: 'Save Workspace',
  },
  'node.createIpcHandlers.chosen_title-4': {
    zh: '导出本工作站公钥',
    en: 'Export Station Public Key',
  },
  'node.dialogFilters.SAVE_FILTERS_zip': {
    zh: '成果包 (*.zip)',
    en: 'Blueprint package (*.zip)',
  },
  'node.dialogFilters.SAVE_FILTERS_gpkg': {
    zh: 'GeoPackage (*.gpkg)',
    en: 'GeoPackage (*.gpkg)',
  },
  'node.dialogFilters.SAVE_FILTERS_geojson': {
    zh: 'GeoJSON (*.geojson)',
    en: 'GeoJSON (*.geojson)',
  },
  'node.dialogFilters.SAVE_FILTERS_csv': {
    zh: 'CSV 表格 (*.csv)',
    en: 'CSV table (*.csv)',
  },
  'node.dialogFilters.SAVE_FILTERS_json': {
    zh: 'JSON (*.json)',
    en: 'JSON (*.json)',
  },
  'node.dialogFilters.SAVE_FILTERS_html': {
    zh: 'HTML 报告 (*.html)',
    en: 'HTML report (*.html)',
  },
  'node.dialogFilters.SAVE_FILTERS_lantu': {
    zh: '蓝图工作空间 (*.lantu)',
    en: 'Lantu workspace (*.lantu)',
  },
  'node.dialogFilters.SAVE_FILTERS_pdf': {
    zh: 'PDF 文档 (*.pdf)',
    en: 'PDF document (*.pdf)',
  },
  'node.dialogFilters.SAVE_FILTERS_txt': {
    zh: '界址点坐标文本 (*.txt)',
    en: 'Boundary-point text (*.txt)',
  },
  'node.dialogFilters.SAVE_FILTERS_pub': {
    zh: '工作站公钥 (*.pub)',
    en: 'Station public key (*.pub)',
  },
  'node.dialogFilters.SAVE_FILTERS_png': {
    zh: '专题图 PNG 图像 (*.png)',
    en: 'Map sheet PNG image (*.png)',
  },
  'node.createIpcHandlers.pdfFailed': {
    zh: '生成 PDF {path} 失败（未写入文件，详见日志）{detail}',
    en: 'Rendering the PDF {path} failed (nothing was written){detail}',
  },
  'node.createIpcHandlers.foreignSender': {
    zh: 'IPC 请求 {channel} 被拒绝：只接受来自应用自身顶层页面的请求，实际来自 {frameUrl}。',
    en: "IPC request {channel} refused: only the app's own top-level page may call it, this came from {frameUrl}.",
  },
  'node.createIpcHandlers.closedPage': {
    zh: '（已关闭的页面）',
    en: '(a closed page)',
  },
  'node.createIpcHandlers.unexpected': {
    zh: '{channel} 出现意外错误（详见日志）{detail}',
    en: '{channel} failed unexpectedly{detail} (see the log)',
  },
  'node.describeIoError.other': {
    zh: '无法读写 {file}（{code}）',
    en: 'cannot read or write {file} ({code})',
  },
  'node.describeIoError.unknownError': {
    zh: '未知错误',
    en: 'unknown error',
  },
  'node.readGeoPackageInWorker.broken': {
    zh: '{file} 无法作为 GeoPackage 读取（{why}）。',
    en: '{file} cannot be read as a GeoPackage ({why}).',
  },
  'node.describeRendererFailure.safety': {
    zh: '编辑在每一步完成时已自动保存；重新加载会恢复到最后一次完成的编辑。',
    en: 'Your edits are saved as you make them; reloading restores the workspace as of the last completed edit.',
  },
  'node.describeRendererFailure.describeRendererFailure_title': {
    zh: '蓝图无响应',
    en: 'Lantu is not responding',
  },
  'node.describeRendererFailure.describeRendererFailure_message': {
    zh: '窗口已停止响应。',
    en: 'The window has stopped responding.',
  },
  'node.describeRendererFailure.describeRendererFailure_detail': {
    zh: '可以继续等待，或重新加载窗口。',
    en: 'You can wait for it or reload it.',
  },
  'node.describeRendererFailure.describeRendererFailure_title-2': {
    zh: '蓝图窗口崩溃',
    en: 'Lantu window crashed',
  },
  'node.describeRendererFailure.describeRendererFailure_message-2': {
    zh: '窗口意外终止（{reason}，退出码 {exitCode}）。',
    en: 'The window stopped unexpectedly ({reason}, exit code {exitCode}).',
  },
  'node.describeRendererFailure.describeRendererFailure_detail-2': {
    zh: '详细信息已写入日志（帮助 → 打开日志文件夹）。',
    en: 'Details are in the log (Help → Open Log Folder).',
  },
  'node.acceptOpenPaths.acceptOpenPaths_reason': {
    zh: '{path} 不存在',
    en: '{path} does not exist',
  },
  'node.acceptOpenPaths.acceptOpenPaths_reason-2': {
    zh: '{path} 是文件夹，请拖入其中的文件',
    en: '{path} is a folder; drop the files in it instead',
  },
  'node.acceptOpenPaths.acceptOpenPaths_reason-3': {
    zh: '{path} 不是普通文件',
    en: '{path} is not a regular file',
  },
  'node.acceptOpenPaths.acceptOpenPaths_reason-4': {
    zh: '{name}：应为规划文档（.json、.geojson）、Shapefile 文件组或压缩包（.shp/.dbf/.shx/.prj/.cpg、.zip）、GeoPackage（.gpkg）或工作空间（.lantu）',
    en: '{name}: expected a plan document (.json, .geojson), a Shapefile set or zip (.shp/.dbf/.shx/.prj/.cpg, .zip), a GeoPackage (.gpkg) or a workspace (.lantu)',
  },
  'node.dialogFilters.openDialogFilters_name': {
    zh: '所有规划格式',
    en: 'All plan formats',
  },
  'node.dialogFilters.openDialogFilters_name-2': {
    zh: '规划文档 (*.json, *.geojson)',
    en: 'Plan documents (*.json, *.geojson)',
  },
  'node.dialogFilters.openDialogFilters_name-3': {
    zh: 'Shapefile 文件组或压缩包 (*.shp, *.dbf, *.shx, *.prj, *.cpg, *.zip)',
    en: 'Shapefile set or zip (*.shp, *.dbf, *.shx, *.prj, *.cpg, *.zip)',
  },
  'node.describeRendererFailure.reload': {
    zh: '重新加载',
    en: 'Reload',
  },
  'node.describeRendererFailure.wait': {
    zh: '等待',
    en: 'Wait',
  },
  'node.describeRendererFailure.quit': {
    zh: '退出',
    en: 'Quit',
  },
} as const satisfies Section;
