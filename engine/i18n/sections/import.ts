// Pure. The engine/import messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const importMessages = {
  'import.remedyWording.encodingRemedy': {
    zh: '请在“编码”中选择 {encoding} 重新读取',
    en: 'choose {encoding} under “Encoding” to read it again',
  },
  'import.remedyWording.encodingRemedy-2': {
    zh: '请在“编码”中选择正确的编码（如 GBK）',
    en: 'choose the right one under “Encoding” (e.g. GBK)',
  },
  'import.remedyWording.encodingRemedy-3': {
    zh: '请用 --encoding {encoding} 重新导入',
    en: 're-import with --encoding {encoding}',
  },
  'import.remedyWording.encodingRemedy-4': {
    zh: '请用 --encoding 指定（如 gbk）',
    en: 'give --encoding (e.g. gbk)',
  },
  'import.remedyWording.crsRemedy': {
    zh: '在“坐标系”中填写，例如 {epsg}',
    en: 'enter it under “CRS”, e.g. {epsg}',
  },
  'import.remedyWording.crsRemedy-2': {
    zh: '在“坐标系”中填写 {epsg} 重新读取',
    en: 'enter {epsg} under “CRS” to read it again',
  },
  'import.remedyWording.crsRemedy-3': {
    zh: '用 --crs 指定，例如 {epsg}',
    en: 'give --crs, e.g. {epsg}',
  },
  'import.remedyWording.crsRemedy-4': {
    zh: '用 --crs {epsg} 重新导入',
    en: 're-import with --crs {epsg}',
  },
  'import.remedyWording.mappingRemedy': {
    zh: '请在字段映射中为它选择一列',
    en: 'choose a column for it in the field mapping',
  },
  'import.remedyWording.mappingRemedy-2': {
    zh: '请用 --mapping 给出',
    en: 'give it with --mapping',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT': {
    zh: '结果超出 JavaScript 字符串的长度上限',
    en: 'the result exceeds the JavaScript string length limit',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT-2': {
    zh: '内存不足',
    en: 'out of memory',
  },
  'import.describeLibraryError.RUNTIME_LIMIT_TEXT-3': {
    zh: '数据嵌套过深',
    en: 'the data is nested too deeply',
  },
  'import.prepareImport.land': {
    zh: '国土空间',
    en: 'land',
  },
  'import.prepareImport.ecology': {
    zh: '生态',
    en: 'ecology',
  },
  'import.prepareImport.industry': {
    zh: '产业',
    en: 'industry',
  },
  'import.prepareImport.transport': {
    zh: '交通',
    en: 'transport',
  },
  'import.readGeoPackage.featureNames': {
    zh: '第 {index} 个要素{value}',
    en: 'Feature {index}{value}',
  },
  'import.describeLibraryError.json-truncated': {
    zh: '内容在结尾处意外中断（文件可能被截断）',
    en: 'the content ends unexpectedly (the file may be truncated)',
  },
  'import.describeLibraryError.json-syntax': {
    zh: '第 {line} 行第 {column} 列有语法错误',
    en: 'syntax error at line {line}, column {column}',
  },
  'import.unzipSafely.zip-path-traversal': {
    zh: '{file} 含有不安全的路径“{entry}”（../ 或绝对路径），已拒绝导入。',
    en: '{file} contains the unsafe path “{entry}” (../ or absolute); refused.',
  },
  'import.unzipSafely.zip-corrupt': {
    zh: '{file} 已损坏或不完整，无法解压（{why}）。',
    en: '{file} is damaged or truncated and cannot be unpacked ({why}).',
  },
} as const satisfies Section;
