// Pure. The engine/workspaceFile messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const workspaceFileMessages = {
  'workspaceFile.unpackWorkspaceFile.refused': {
    zh: '无法打开 {name}：{problem}当前工作空间未作改动。',
    en: 'Cannot open {name}: {problem} The current workspace was not changed.',
  },
  'workspaceFile.unpackWorkspaceFile.default-name': {
    zh: '工作空间文件',
    en: 'the workspace file',
  },
  'workspaceFile.unpackWorkspaceFile.not-an-object': {
    zh: '它不是 JSON 对象',
    en: 'it is not a JSON object',
  },
  'workspaceFile.unpackWorkspaceFile.bad-format-version': {
    zh: '"formatVersion" 应为正整数，实际为 {found}',
    en: '"formatVersion" should be a positive integer, found {found}',
  },
  'workspaceFile.unpackWorkspaceFile.not-a-string': {
    zh: '"{field}" 应为字符串',
    en: '"{field}" should be a string',
  },
  'workspaceFile.unpackWorkspaceFile.files-not-an-array': {
    zh: '"files" 应为数组',
    en: '"files" should be an array',
  },
  'workspaceFile.unpackWorkspaceFile.bad-file-entry': {
    zh: 'files[{index}] 应包含 "path"、整数 "sizeBytes" 和 64 位十六进制的 "sha256"',
    en: 'files[{index}] should have "path", an integer "sizeBytes" and a 64-hex-digit "sha256"',
  },
  'workspaceFile.unpackWorkspaceFile.not-a-zip': {
    zh: '它不是有效的 zip 压缩包（文件可能已损坏或不完整）。',
    en: 'it is not a valid zip archive (the file may be damaged or incomplete).',
  },
  'workspaceFile.unpackWorkspaceFile.unsafe-path': {
    zh: '其中的路径 "{unsafe}" 不安全（含 ".."、绝对路径或反斜杠）。',
    en: 'it contains the unsafe path "{unsafe}" (with "..", an absolute path or backslashes).',
  },
  'workspaceFile.unpackWorkspaceFile.missing-manifest': {
    zh: '缺少 {manifestPath}，它不是蓝图工作空间文件。',
    en: '{manifestPath} is missing; it is not a Lantu workspace file.',
  },
  'workspaceFile.unpackWorkspaceFile.bad-manifest': {
    zh: '{manifestPath} 不是有效的 JSON。',
    en: '{manifestPath} is not valid JSON.',
  },
  'workspaceFile.unpackWorkspaceFile.wrong-format': {
    zh: '{manifestPath} 的 "format" 应为 "{format}"，实际为 {found}。',
    en: '"format" in {manifestPath} should be "{format}", found {found}.',
  },
  'workspaceFile.unpackWorkspaceFile.malformed-manifest': {
    zh: '{manifestPath} 格式不对：{problem}。',
    en: '{manifestPath} is malformed: {problem}.',
  },
  'workspaceFile.unpackWorkspaceFile.newer-version': {
    zh: '它由更新版本的蓝图保存（格式版本 {formatVersion}），本程序只能读取到版本 {supported}，请升级蓝图。',
    en: 'it was saved by a newer Lantu (format version {formatVersion}); this one reads up to version {supported}. Please upgrade Lantu.',
  },
  'workspaceFile.unpackWorkspaceFile.unsafe-manifest-path': {
    zh: '清单中的路径 "{path}" 不安全或重复。',
    en: 'the manifest path "{path}" is unsafe or repeated.',
  },
  'workspaceFile.unpackWorkspaceFile.missing-file': {
    zh: '清单列出的 {path} 不在压缩包中。',
    en: '{path}, listed in the manifest, is not in the archive.',
  },
  'workspaceFile.unpackWorkspaceFile.size-mismatch': {
    zh: '{path} 已被修改或损坏：大小应为 {sizeBytes} 字节，实际为 {byteLength} 字节。',
    en: '{path} was modified or damaged: its size should be {sizeBytes} bytes, found {byteLength}.',
  },
  'workspaceFile.unpackWorkspaceFile.hash-mismatch': {
    zh: '{path} 已被修改或损坏：SHA-256 应为 {sha256}，实际为 {actual}。',
    en: '{path} was modified or damaged: its SHA-256 should be {sha256}, found {actual}.',
  },
  'workspaceFile.unpackWorkspaceFile.unlisted-file': {
    zh: '压缩包中的 {path} 未列在清单中（文件可能被篡改）。',
    en: '{path} is in the archive but not in the manifest (the file may have been tampered with).',
  },
} as const satisfies Section;
