// Pure. finding(code, path, params) → a Finding with its level, locator fields and bilingual message.
import { fieldOf } from '../model/fieldSchema.ts';
import type { LayerCode } from '../model/types.ts';
import type { Bilingual } from '../i18n/index.ts';
import { messageFor, type MessageParams } from './messages.ts';
import { levelOf, type Finding, type FindingCode } from './types.ts';

const WORDS = Symbol('finding words');

interface Words {
  code: FindingCode;
  params: MessageParams;
  /** The field's English title from the layer's schema, when the params do not give one. */
  titleEn: string | undefined;
  message?: Bilingual;
}

/** The message is worded when first read (a plan with a finding on every feature words 10⁵ of them, and most are never
 *  shown). One getter for every finding, so they all share V8's hidden class; it is an own, enumerable property, so
 *  a spread, JSON and structured clone (postMessage, IPC) copy the worded message as a plain value. */
const MESSAGE: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: { [WORDS]: Words }): Bilingual {
    const words = this[WORDS];
    return (words.message ??= messageFor(
      words.code,
      words.titleEn === undefined ? words.params : { ...words.params, fieldTitleEn: words.titleEn },
    ));
  },
  set(this: { [WORDS]: Words }, value: Bilingual) {
    this[WORDS].message = value;
  },
};

export function finding(code: FindingCode, path: string, params: MessageParams & { layer?: LayerCode } = {}): Finding {
  // The English message names the field by its English title (x-titleEn) when the layer's schema has one.
  const titleEn =
    params.fieldTitleEn === undefined && params.layer && params.field ? fieldOf(params.layer, params.field)?.titleEn : undefined;
  const result = { level: levelOf(code), code, path } as Finding;
  Object.defineProperty(result, WORDS, { value: { code, params, titleEn } satisfies Words });
  Object.defineProperty(result, 'message', MESSAGE);
  if (params.feature) {
    result.featureIndex = params.feature.index;
    if (params.feature.id !== undefined) result.featureId = params.feature.id;
    if (params.feature.bsm !== undefined) result.bsm = params.feature.bsm;
  }
  if (params.layer !== undefined) result.layer = params.layer;
  if (params.field !== undefined) result.field = params.field;
  if (params.expected !== undefined) result.expected = params.expected;
  if (params.found !== undefined) result.found = params.found;
  return result;
}

/** Escapes one JSON-pointer segment (RFC 6901). */
export function pointerSegment(key: string | number): string {
  const text = String(key);
  return text.includes('~') || text.includes('/') ? text.replace(/~/g, '~0').replace(/\//g, '~1') : text;
}
