// Pure. One JSON-Schema error as a line in Chinese and in English: "<path> <what is wrong>". The Chinese
// comes from ajv-i18n (localised on a copy, so the English stays), and allowed values are listed in both.
import zh from 'ajv-i18n/localize/zh/index.js';
import type { SchemaError } from './validateSchema.ts';
import { say } from '../i18n/index.ts';

export interface SchemaErrorText {
  zh: string;
  en: string;
}

function allowed(e: SchemaError): string[] | undefined {
  if (e.keyword === 'enum' && Array.isArray(e.params['allowedValues']))
    return (e.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v));
  if (e.keyword === 'const') return [JSON.stringify(e.params['allowedValue'])];
  return undefined;
}

/** What is wrong, without the path. */
export function schemaErrorMessage(e: SchemaError): SchemaErrorText {
  const values = allowed(e);
  if (values) return say('validate.schemaErrorText.one-of', { values: { zh: values.join('、'), en: values.join(', ') } });
  const copy = { ...e, params: { ...e.params } };
  zh([copy] as Parameters<typeof zh>[0]);
  const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params['additionalProperty'])})` : '';
  // ajv-i18n covers every ajv keyword; the keyword itself is the last resort, never English prose.
  const fallback = say('validate.schemaErrorText.keyword', { keyword: e.keyword });
  return { zh: `${copy.message ?? fallback.zh}${extra}`, en: `${e.message ?? fallback.en}${extra}` };
}

/** "<path> <what is wrong>". */
export function schemaErrorText(e: SchemaError): SchemaErrorText {
  const where = e.instancePath || '/';
  const message = schemaErrorMessage(e);
  return { zh: `${where} ${message.zh}`, en: `${where} ${message.en}` };
}
