// Pure. Library failures (V8's JSON.parse, fflate, SQLite) told in Chinese and English: the English keeps the
// library's own words, the Chinese says the same without them (from the catalogue, whose English is the fallback
// wording), so a Chinese message never carries raw English.
import { jsonErrorOffset } from '../validate/jsonErrorOffset.ts';
import { say } from '../i18n/index.ts';

export interface LibraryErrorText {
  zh: string;
  en: string;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** A JSON.parse failure on `text`: where it is (line, column), from our own scanner rather than V8's wording. */
export function describeJsonSyntaxError(text: string, error: unknown): LibraryErrorText {
  const offset = jsonErrorOffset(text);
  if (offset < 0 || offset >= text.length) return { zh: say('import.describeLibraryError.json-truncated').zh, en: messageOf(error) };
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return { zh: say('import.describeLibraryError.json-syntax', { line, column: offset - lineStart + 1 }).zh, en: messageOf(error) };
}

/** fflate's error codes (FlateErrorCode) in Chinese. */
const FFLATE_ZH: Record<number, string> = {
  0: '压缩数据意外结束',
  1: '压缩数据块类型无效',
  2: '压缩数据的长度或字面值无效',
  3: '压缩数据的回溯距离无效',
  6: '压缩数据头无效',
  8: '文件名不是有效的 UTF-8',
  9: '扩展字段过长',
  10: '时间戳不在 1980–2099 年之间',
  11: '文件名过长',
  13: 'zip 目录结构无效',
  14: '使用了未知的压缩方式',
};

export function describeZipError(error: unknown): LibraryErrorText {
  const code = (error as { code?: unknown } | null)?.code;
  const zh = typeof code === 'number' && FFLATE_ZH[code] !== undefined ? FFLATE_ZH[code]! : '压缩数据无法解读';
  return { zh, en: messageOf(error) };
}

/** SQLite's (sql.js) result messages in Chinese, by their fixed English text. */
const SQLITE_ZH: ReadonlyArray<readonly [RegExp, (m: RegExpExecArray) => string]> = [
  [/file is not a database/i, () => '不是 SQLite 数据库'],
  [/database disk image is malformed/i, () => '数据库文件已损坏'],
  [/no such table: ?(\S*)/i, (m) => `缺少数据表 ${m[1] ?? ''}`.trim()],
  [/no such column: ?(\S*)/i, (m) => `缺少字段 ${m[1] ?? ''}`.trim()],
  [/out of memory/i, () => '内存不足'],
  [/too big|string or blob too big/i, () => '数据过大'],
  [/interrupt/i, () => '读取被中断'],
];

export function describeSqliteError(error: unknown): LibraryErrorText {
  const en = messageOf(error);
  for (const [pattern, zh] of SQLITE_ZH) {
    const m = pattern.exec(en);
    if (m) return { zh: zh(m), en };
  }
  return { zh: 'SQLite 无法读取该文件', en };
}

/** V8's limits (a result too long for a string, memory, nesting) and GEOS's memory, which any large input can reach. */
const RUNTIME_LIMIT_TEXT: ReadonlyArray<readonly [RegExp, LibraryErrorText]> = [
  [/Invalid string length/i, say('import.describeLibraryError.RUNTIME_LIMIT_TEXT')],
  // GeometryMemoryError's words (engine/geometry/port.ts), before V8's own memory limits.
  [/geometry engine \(GEOS\) ran out of memory/i, say('import.describeLibraryError.RUNTIME_LIMIT_TEXT-4')],
  [
    /Invalid array length|Array buffer allocation failed|out of memory|allocation failed/i,
    say('import.describeLibraryError.RUNTIME_LIMIT_TEXT-2'),
  ],
  [/Maximum call stack size exceeded/i, say('import.describeLibraryError.RUNTIME_LIMIT_TEXT-3')],
];

/** A V8 limit reached, told in both languages (the English keeps V8's words); null for any other failure. */
export function describeRuntimeLimit(error: unknown): LibraryErrorText | null {
  const en = messageOf(error);
  const known = RUNTIME_LIMIT_TEXT.find(([pattern]) => pattern.test(en));
  return known ? { zh: known[1].zh, en } : null;
}
