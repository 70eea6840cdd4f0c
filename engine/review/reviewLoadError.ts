// Pure. The error type of the review loaders (departments list, review pack) and the wording of one JSON-Schema
// error in both languages, naming the file, the entry (by id when it has one, else by position) and the field.
import type { SchemaError } from '../validate/validateSchema.ts';
import { schemaErrorMessage } from '../validate/schemaErrorText.ts';
import { say } from '../i18n/index.ts';

export interface ReviewLoadError {
  /** JSON pointer into the file ('' for the whole file). */
  path: string;
  zh: string;
  en: string;
}

/** Where an entry lives in a file: the array member (`departments`, `checks`) and its Chinese and English noun. */
export interface EntryNaming {
  member: string;
  zh: string;
  en: string;
}

/** "<file>：<entry> <field>：<what>" for one schema error. */
export function schemaLoadError(fileName: string, data: unknown, e: SchemaError, naming: EntryNaming): ReviewLoadError {
  const m = new RegExp(`^/${naming.member}/(\\d+)(/.*)?$`).exec(e.instancePath);
  let whereZh = e.instancePath || '文件顶层';
  let whereEn = e.instancePath || 'top level';
  if (m) {
    const index = Number(m[1]);
    const list = (data as Record<string, unknown>)[naming.member];
    const entry = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    const id = entry && typeof entry === 'object' && typeof entry.id === 'string' ? entry.id : null;
    const field = (m[2] ?? '').slice(1) || '';
    whereZh = `第 ${index + 1} 个${naming.zh}${id ? ` ${id}` : ''}${field ? ` 的 ${field}` : ''}`;
    whereEn = `${naming.en} ${index + 1}${id ? ` (${id})` : ''}${field ? `, ${field}` : ''}`;
  }
  const missing = e.keyword === 'required' ? String(e.params['missingProperty']) : null;
  const what = missing ? say('review.reviewLoadError.what', { missing }) : schemaErrorMessage(e);
  return { path: e.instancePath, zh: `${fileName}：${whereZh}：${what.zh}`, en: `${fileName}: ${whereEn}: ${what.en}` };
}

/** Keeps one error per path and message (ajv repeats the branches of anyOf / if). */
export function dedupeLoadErrors(errors: readonly ReviewLoadError[]): ReviewLoadError[] {
  const seen = new Set<string>();
  return errors.filter((e) => (seen.has(e.zh) ? false : (seen.add(e.zh), true)));
}
