// Pure. The engine/ipc messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const ipcMessages = {
  'ipc.validateIpcRequest.expected': {
    zh: '应为{what}，实际为 {found}',
    en: 'expected {what}, found {found}',
  },
  'ipc.validateIpcRequest.one-of': {
    zh: '以下之一：{options}',
    en: 'one of {options}',
  },
  'ipc.validateIpcRequest.text': {
    zh: '1 至 {maxChars} 个字符的字符串',
    en: 'a string of 1 to {maxChars} characters',
  },
  'ipc.validateIpcRequest.file-name': {
    zh: '应为不含路径分隔符和保留字符的文件名，实际为 {found}',
    en: 'expected a file name without path separators or reserved characters, found {found}',
  },
  'ipc.validateIpcRequest.file-id': {
    zh: '主进程授予的文件标识（8–64 位字母、数字或连字符）',
    en: 'a file id granted by main (8–64 letters, digits or hyphens)',
  },
  'ipc.validateIpcRequest.bytes': {
    zh: 'Uint8Array 字节数组',
    en: 'a Uint8Array',
  },
  'ipc.validateIpcRequest.signed-bytes': {
    zh: '至多 {maxBytes} 字节的 Uint8Array',
    en: 'a Uint8Array of at most {maxBytes} bytes',
  },
  'ipc.validateIpcRequest.identifier': {
    zh: 'PostgreSQL 标识符（字母、数字、下划线，至多 63 个字符）',
    en: 'a PostgreSQL identifier (letters, digits, underscore, at most 63 characters)',
  },
  'ipc.validateIpcRequest.layer-name': {
    zh: '图层名 schema.table（至多 200 个字符）',
    en: 'a layer name schema.table (at most 200 characters)',
  },
  'ipc.validateIpcRequest.true': {
    zh: 'true',
    en: 'true',
  },
  'ipc.validateIpcRequest.data-source-id': {
    zh: '数据源标识（1–64 位字母、数字或连字符）',
    en: 'a data source id (1–64 letters, digits or hyphens)',
  },
  'ipc.validateIpcRequest.refused': {
    zh: 'IPC 请求 {channel} 被拒绝：{detail}。',
    en: 'IPC request {channel} rejected: {detail}.',
  },
  'ipc.validateIpcRequest.no-argument': {
    zh: '不应带参数，实际为 {found}',
    en: 'expected no argument, found {found}',
  },
  'ipc.validateIpcRequest.not-object': {
    zh: '参数应为对象，实际为 {found}',
    en: 'the argument: expected an object, found {found}',
  },
  'ipc.validateIpcRequest.symbol-field': {
    zh: '多余的符号字段',
    en: 'unexpected symbol field',
  },
  'ipc.validateIpcRequest.unexpected-field': {
    zh: '多余的字段 "{key}"',
    en: 'unexpected field "{key}"',
  },
  'ipc.validateIpcRequest.missing-field': {
    zh: '缺少字段 "{key}"',
    en: 'field "{key}" is missing',
  },
  'ipc.validateIpcRequest.field': {
    zh: '字段 "{key}"{problem}',
    en: 'field "{key}": {problem}',
  },
} as const satisfies Section;
