// An unexpected failure (a bug, or a V8 limit reached) as one line per language: the English keeps the
// runtime's own words for the report; the Chinese names the known limits and never shows raw English.
import { describeRuntimeLimit } from '../../engine/import/index.ts';

export function describeInternalError(error: unknown): { zh: string; en: string } {
  const raw = error instanceof Error ? error.message : String(error);
  return {
    zh: describeRuntimeLimit(error)?.zh ?? '未归类的程序错误；用 --lang en 重新运行可看到原始信息，请报告给维护者',
    en: raw,
  };
}
