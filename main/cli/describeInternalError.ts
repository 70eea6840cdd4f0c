// An unexpected failure (a bug, or a V8 limit reached) as one line per language: the English keeps the
// runtime's own words for the report; the Chinese names the known limits and never shows raw English.
const KNOWN_ZH: ReadonlyArray<readonly [RegExp, string]> = [
  [/Invalid string length/i, '结果超出 JavaScript 字符串的长度上限'],
  [/Invalid array length|Array buffer allocation failed|out of memory|allocation failed/i, '内存不足'],
  [/Maximum call stack size exceeded/i, '数据嵌套过深'],
];

export function describeInternalError(error: unknown): { zh: string; en: string } {
  const raw = error instanceof Error ? error.message : String(error);
  const known = KNOWN_ZH.find(([pattern]) => pattern.test(raw));
  return {
    zh: known ? known[1] : '未归类的程序错误；用 --lang en 重新运行可看到原始信息，请报告给维护者',
    en: raw,
  };
}
