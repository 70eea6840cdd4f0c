// Pure. One JSON-Schema error as a line in Chinese and in English: "<path> <what is wrong>". The Chinese
// comes from ajv-i18n (localised on a copy, so the English stays), and allowed values are listed in both.
import zh from 'ajv-i18n/localize/zh/index.js';
import type { SchemaError } from './validateSchema.ts';

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
  if (values) return { zh: `应为以下之一：${values.join('、')}`, en: `must be one of ${values.join(', ')}` };
  const copy = { ...e, params: { ...e.params } };
  zh([copy] as Parameters<typeof zh>[0]);
  const extra = e.keyword === 'additionalProperties' ? ` (${String(e.params['additionalProperty'])})` : '';
  // ajv-i18n covers every ajv keyword; the keyword itself is the last resort, never English prose.
  return { zh: `${copy.message ?? `不符合模式（${e.keyword}）`}${extra}`, en: `${e.message ?? e.keyword}${extra}` };
}

/** "<path> <what is wrong>". */
export function schemaErrorText(e: SchemaError): SchemaErrorText {
  const where = e.instancePath || '/';
  const message = schemaErrorMessage(e);
  return { zh: `${where} ${message.zh}`, en: `${where} ${message.en}` };
}
