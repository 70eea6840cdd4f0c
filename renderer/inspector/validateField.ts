// Pure. validateField(spec, raw, lang) → the parsed value, or a message saying what was expected and what
// was found (in the catalogue's words). Runs on every keystroke; the form saves only when every field is valid.
import type { PropertyValue } from '../../engine/model/index.ts';
import { message, type MessageParams } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/dictionary.ts';
import type { FieldSpec } from './types.ts';

export type FieldResult = { ok: true; value: PropertyValue } | { ok: false; message: string };

export function validateField(spec: FieldSpec, raw: string | boolean, lang: 'zh' | 'en', codes?: ReadonlySet<string>): FieldResult {
  const zh = lang === 'zh';
  const name = message(lang, 'fieldName', { title: zh ? spec.title : (spec.titleEn ?? spec.title), key: spec.name });
  const fail = (key: MessageKey, params: MessageParams = {}): FieldResult => ({
    ok: false,
    message: message(lang, key, { name, ...params }),
  });
  const values = () => (spec.enum ?? []).join(message(lang, 'listSeparator'));
  if (spec.type === 'boolean') return { ok: true, value: raw === true || raw === 'true' };
  const text = String(raw).trim();
  if (text === '') return spec.required ? fail('fieldRequired') : { ok: true, value: null };
  if (spec.type === 'number' || spec.type === 'integer') {
    const n = Number(text);
    if (!Number.isFinite(n) || (spec.type === 'integer' && !Number.isInteger(n)))
      return fail(spec.type === 'integer' ? 'fieldNotInteger' : 'fieldNotNumber', { text });
    if (spec.minimum !== undefined && n < spec.minimum) return fail('fieldBelowMinimum', { minimum: spec.minimum, n });
    if (spec.exclusiveMinimum !== undefined && n <= spec.exclusiveMinimum)
      return fail('fieldNotAboveMinimum', { minimum: spec.exclusiveMinimum, n });
    if (spec.maximum !== undefined && n > spec.maximum) return fail('fieldAboveMaximum', { maximum: spec.maximum, n });
    if (spec.enum && !spec.enum.includes(n)) return fail('fieldNotInEnumNumber', { values: values(), n });
    return { ok: true, value: n };
  }
  if (spec.enum && !spec.enum.includes(text)) return fail('fieldNotInEnum', { values: values(), text });
  if (spec.minLength !== undefined && text.length < spec.minLength)
    return fail('fieldTooShort', { minLength: spec.minLength, length: text.length });
  if (spec.maxLength !== undefined && text.length > spec.maxLength)
    return fail('fieldTooLong', { maxLength: spec.maxLength, length: text.length });
  // In words when the schema gives them (x-formatZh / x-formatEn), as the import report says it.
  if (spec.pattern && !new RegExp(spec.pattern, 'u').test(text))
    return fail('fieldWrongFormat', { expected: (zh ? spec.formatZh : spec.formatEn) ?? spec.pattern, text });
  if (spec.codeTable && codes && !codes.has(text)) return fail('fieldNotInCodeTable', { text });
  return { ok: true, value: text };
}
