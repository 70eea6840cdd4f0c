// Pure. finding(code, path, params) → a Finding with its level, locator fields and bilingual message.
import { fieldOf } from '../model/fieldSchema.ts';
import type { LayerCode } from '../model/types.ts';
import { messageFor, type MessageParams } from './messages.ts';
import { levelOf, type Finding, type FindingCode } from './types.ts';

export function finding(code: FindingCode, path: string, params: MessageParams & { layer?: LayerCode } = {}): Finding {
  // The English message names the field by its English title (x-titleEn) when the layer's schema has one.
  const titleEn = params.fieldTitleEn ?? (params.layer && params.field ? fieldOf(params.layer, params.field)?.titleEn : undefined);
  const words = titleEn === undefined ? params : { ...params, fieldTitleEn: titleEn };
  const result: Finding = { level: levelOf(code), code, path, message: messageFor(code, words) };
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
