// Pure. The engine/zip messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const zipMessages = {
  'zip.readZipSafely.zip-corrupt': {
    zh: '{file} 已损坏或不完整，无法解压（{why}）。',
    en: '{file} is damaged or truncated and cannot be unpacked ({why}).',
  },
  'zip.readZipSafely.directory-past-end': {
    zh: '目录超出文件末尾',
    en: 'a directory record runs past the end of the file',
  },
  'zip.readZipSafely.zip-invalid': {
    zh: '{file} 不是有效的 zip 文件（文件头不符）。',
    en: '{file} is not a valid zip file (bad signature).',
  },
  'zip.readZipSafely.no-central-directory': {
    zh: '找不到中央目录',
    en: 'no central directory',
  },
  'zip.readZipSafely.zip64-locator-missing': {
    zh: '缺少 ZIP64 目录定位记录',
    en: 'the ZIP64 locator is missing',
  },
  'zip.readZipSafely.zip64-end-invalid': {
    zh: 'ZIP64 目录结束记录无效',
    en: 'the ZIP64 end record is invalid',
  },
  'zip.readZipSafely.zip-too-many-entries': {
    zh: '{file} 含有 {count} 个文件，超过上限 {maxEntries}，已拒绝。',
    en: '{file} holds {count} entries, more than the limit of {maxEntries}; refused.',
  },
  'zip.readZipSafely.directory-record-invalid': {
    zh: '第 {number} 个目录记录无效',
    en: 'central directory record {number} is invalid',
  },
  'zip.readZipSafely.zip-encrypted': {
    zh: '{file} 中的“{name}”已加密，无法读取。',
    en: '“{name}” in {file} is encrypted and cannot be read.',
  },
  'zip.readZipSafely.zip-unsupported-method': {
    zh: '{file} 中的“{name}”使用了不支持的压缩方式（{method}）。',
    en: '“{name}” in {file} uses an unsupported compression method ({method}).',
  },
  'zip.readZipSafely.zip-too-large': {
    zh: '{file} 解压后将超过解压上限 {maxTotalBytes}（声明至少 {total}，到“{name}”为止），疑似 zip 炸弹，已拒绝{hint}。',
    en: '{file} would inflate past the inflate limit of {maxTotalBytes} (declares at least {total} up to “{name}”): a suspected zip bomb; refused{hint}.',
  },
  'zip.readZipSafely.zip-ratio': {
    zh: '{file} 中的“{name}”压缩比为 {ratio}:1（{compressedBytes} 解压为 {sizeBytes}），超过上限 {maxRatio}:1，疑似 zip 炸弹，已拒绝。',
    en: '“{name}” in {file} has a compression ratio of {ratio}:1 ({compressedBytes} inflating to {sizeBytes}), over the limit of {maxRatio}:1: a suspected zip bomb; refused.',
  },
  'zip.readZipSafely.local-header-invalid': {
    zh: '“{entry}”的本地文件头无效',
    en: 'the local header of “{entry}” is invalid',
  },
  'zip.readZipSafely.zip-size-mismatch': {
    zh: '{file} 中的“{entry}”解压后超过其声明的大小 {sizeBytes} 字节，疑似 zip 炸弹，已停止解压并拒绝。',
    en: '“{entry}” in {file} inflates past its declared size of {sizeBytes} bytes: a suspected zip bomb; inflation stopped and refused.',
  },
  'zip.readZipSafely.stored-short': {
    zh: '“{entry}”只存有 {compressedBytes} 字节，声明 {sizeBytes} 字节',
    en: '“{entry}” stores {compressedBytes|# byte|# bytes}, declared {sizeBytes}',
  },
  'zip.readZipSafely.inflated-short': {
    zh: '“{entry}”解压后只有 {written} 字节，声明 {sizeBytes} 字节',
    en: '“{entry}” inflates to {written|# byte|# bytes}, declared {sizeBytes}',
  },
  'zip.readZipSafely.limit-hint': {
    zh: '；{hint}',
    en: '; {hint}',
  },
  'zip.readZipSafely.entry-error': {
    zh: '“{entry}”：{error}',
    en: '“{entry}”: {error}',
  },
} as const satisfies Section;
