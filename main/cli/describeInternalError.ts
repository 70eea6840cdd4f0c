// An unexpected failure (a bug, or a V8 limit reached) as one line per language: the English keeps the
// runtime's own words for the report; the Chinese names the known limits and never shows raw English.
import { describeRuntimeLimit } from '../../engine/import/index.ts';
import { say } from '../i18n/index.ts';

export function describeInternalError(error: unknown): { zh: string; en: string } {
  const raw = error instanceof Error ? error.message : String(error);
  return {
    zh: describeRuntimeLimit(error)?.zh ?? say('cli.describeInternalError.unclassified').zh,
    en: raw,
  };
}
