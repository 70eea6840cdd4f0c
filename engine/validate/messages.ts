// Pure. Words each finding code in Chinese and English from its parameters: the feature (index from 1,
// BSM or id), the field's Chinese title, what was expected and what was found. One entry per code.
import type { FindingCode, FindingValue } from './types.ts';
import { say } from '../i18n/index.ts';

export interface FeatureRef {
  /** 0-based index in `features`. */
  index: number;
  /** 0-based place in the file a user knows, when that is not `index` (an import's source file). */
  shownIndex?: number;
  bsm?: string;
  id?: string;
}

export interface MessageParams {
  feature?: FeatureRef;
  /** Property or metadata key. */
  field?: string;
  /** Chinese title of the field (from the schema). */
  fieldTitle?: string;
  /** English title of the field (the schema's x-titleEn), for the English message; else the Chinese one. */
  fieldTitleEn?: string;
  expected?: FindingValue;
  found?: FindingValue;
  /** Code-specific values (a byte offset, a ring number, a classification name …). */
  detail?: Readonly<Record<string, string | number>>;
}

export type Bilingual = { zh: string; en: string };

export function show(value: FindingValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  if (Array.isArray(value)) {
    // A position prints as [lon, lat]; a list of allowed values as "a" / "b".
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    return value.map((v) => show(v)).join(' / ');
  }
  return JSON.stringify(value);
}

function featureLabel(f: FeatureRef | undefined): Bilingual {
  if (!f) return { zh: '', en: '' };
  const tag = f.bsm ? ` (BSM=${f.bsm})` : f.id ? ` (id=${f.id})` : '';
  return say('validate.messages.feature-label', { index: (f.shownIndex ?? f.index) + 1, tag });
}

/** "第 12 个要素 (BSM=…) 的 用地用海分类代码" / "feature 12 (BSM=…), field YDYHFLDM (Land and sea use code)". */
function subject(p: MessageParams): Bilingual {
  const f = featureLabel(p.feature);
  if (!p.field) return f;
  const title = p.fieldTitle ?? p.field;
  const titleEn = p.fieldTitleEn ?? title;
  const zhField = title === p.field ? p.field : title;
  const enField = titleEn === p.field ? p.field : `${p.field} (${titleEn})`;
  const field = { zh: zhField, en: enField };
  return f.zh ? say('validate.messages.feature-field', { feature: f, field }) : say('validate.messages.field', { field });
}

const d = (p: MessageParams, key: string): string => String(p.detail?.[key] ?? '');

type Wording = (p: MessageParams, s: Bilingual, f: Bilingual) => Bilingual;

const WORDING: Record<FindingCode, Wording> = {
  'empty-file': () => say('validate.messages.empty-file'),
  'not-utf8': (p) => say('validate.messages.not-utf8', { offset: d(p, 'offset') }),
  'truncated-json': () => say('validate.messages.truncated-json'),
  'invalid-json': (p) => say('validate.messages.invalid-json', { line: d(p, 'line'), column: d(p, 'column') }),
  'too-deep': (p) => say('validate.messages.too-deep', { expected: show(p.expected) }),
  'file-too-large': (p) => say('validate.messages.file-too-large', { found: show(p.found) }),
  'string-too-long': (p) =>
    say('validate.messages.string-too-long', { where: d(p, 'where'), found: show(p.found), expected: show(p.expected) }),
  'forbidden-key': (p) => say('validate.messages.forbidden-key', { where: d(p, 'where'), found: show(p.found) }),
  'number-out-of-range': (p) => say('validate.messages.number-out-of-range', { where: d(p, 'where') }),
  'not-an-object': (p) => say('validate.messages.not-an-object', { found: { zh: d(p, 'foundZh'), en: d(p, 'foundEn') } }),
  'not-feature-collection': (p) =>
    say('validate.messages.not-feature-collection', { found: show(p.found) || say('validate.messages.nothing') }),
  'missing-plan': () => say('validate.messages.missing-plan'),
  'unknown-kind': (p) =>
    say('validate.messages.unknown-kind', { found: show(p.found) || say('validate.messages.none'), expected: show(p.expected) }),
  'missing-plan-field': (p) =>
    say('validate.messages.missing-plan-field', { fieldTitle: String(p.fieldTitle ?? p.field), field: String(p.field) }),
  'invalid-plan-field': (p) =>
    say('validate.messages.invalid-plan-field', {
      fieldTitle: String(p.fieldTitle ?? p.field),
      field: String(p.field),
      expected: show(p.expected),
      found: show(p.found),
    }),
  'features-not-array': () => say('validate.messages.features-not-array'),
  'invalid-feature': (p, s, f) =>
    say('validate.messages.invalid-feature', {
      feature: f.zh ? f : say('validate.messages.a-feature'),
      detail: { zh: d(p, 'zh'), en: d(p, 'en') },
    }),
  'unknown-layer': (p, s, f) =>
    say('validate.messages.unknown-layer', {
      feature: f,
      found: show(p.found) || say('validate.messages.none-bracketed'),
      expected: show(p.expected),
    }),
  'null-geometry': (p, s, f) => say('validate.messages.null-geometry', { feature: f }),
  'empty-geometry': (p, s, f) => say('validate.messages.empty-geometry', { feature: f }),
  'geometry-type-mismatch': (p, s, f) =>
    say('validate.messages.geometry-type-mismatch', { feature: f, found: show(p.found), expected: show(p.expected) }),
  'invalid-geometry': (p, s, f) => say('validate.messages.invalid-geometry', { feature: f, detail: { zh: d(p, 'zh'), en: d(p, 'en') } }),
  'coordinate-not-finite': (p, s, f) => say('validate.messages.coordinate-not-finite', { feature: f, found: show(p.found) }),
  'coordinate-out-of-range': (p, s, f) =>
    say('validate.messages.coordinate-out-of-range', {
      feature: f,
      found: show(p.found),
      hint: { zh: d(p, 'hintZh'), en: d(p, 'hintEn') },
    }),
  'ring-not-closed': (p, s, f) =>
    say('validate.messages.ring-not-closed', { feature: f, ring: d(p, 'ring'), expected: show(p.expected), found: show(p.found) }),
  'ring-too-few-positions': (p, s, f) =>
    say('validate.messages.ring-too-few-positions', { feature: f, ring: d(p, 'ring'), found: show(p.found) }),
  'line-too-few-positions': (p, s, f) => say('validate.messages.line-too-few-positions', { feature: f, found: show(p.found) }),
  'unknown-document': () => say('validate.messages.unknown-document'),
  'schema-violation': (p) =>
    say('validate.messages.schema-violation', {
      where: { zh: d(p, 'whereZh'), en: d(p, 'whereEn') },
      schema: { zh: d(p, 'schemaZh'), en: d(p, 'schemaEn') },
      detail: { zh: d(p, 'zh'), en: d(p, 'en') },
    }),
  'self-intersection': (p, s, f) =>
    say('validate.messages.self-intersection', {
      feature: f,
      part: { zh: d(p, 'partZh'), en: d(p, 'partEn') },
      rings: { zh: d(p, 'ringsZh'), en: d(p, 'ringsEn') },
      found: show(p.found),
    }),
  'parts-overlap': (p, s, f) =>
    say('validate.messages.parts-overlap', { feature: f, first: d(p, 'first'), second: d(p, 'second'), found: show(p.found) }),
  'hole-outside-shell': (p, s, f) =>
    say('validate.messages.hole-outside-shell', { feature: f, part: { zh: d(p, 'partZh'), en: d(p, 'partEn') }, ring: d(p, 'ring') }),
  'duplicate-id': (p, s, f) => say('validate.messages.duplicate-id', { feature: f, found: show(p.found), first: d(p, 'first') }),
  'duplicate-bsm': (p, s, f) => say('validate.messages.duplicate-bsm', { feature: f, found: show(p.found), first: d(p, 'first') }),
  'invalid-id': (p, s, f) => say('validate.messages.invalid-id', { feature: f, found: show(p.found) || say('validate.messages.nothing') }),
  'unknown-code': (p, s) =>
    say('validate.messages.unknown-code', {
      subject: s,
      found: show(p.found),
      table: { zh: d(p, 'tableZh'), en: d(p, 'tableEn') },
      hint: { zh: d(p, 'hintZh'), en: d(p, 'hintEn') },
    }),
  'area-mismatch': (p, s) =>
    say('validate.messages.area-mismatch', {
      subject: s,
      found: show(p.found),
      expected: show(p.expected),
      percent: d(p, 'percent'),
      tolerance: d(p, 'tolerance'),
    }),
  'missing-field': (p, s, f) =>
    say('validate.messages.missing-field', {
      feature: f,
      fieldTitle: { zh: String(p.fieldTitle ?? p.field), en: String(p.fieldTitleEn ?? p.fieldTitle ?? p.field) },
      field: String(p.field),
    }),
  'invalid-value': (p, s) => say('validate.messages.invalid-value', { subject: s, found: show(p.found), expected: show(p.expected) }),
  'wrong-type': (p, s) =>
    // An empty field (null) is said as empty: "found null" reads like the program's words, not the planner's.
    p.found === null
      ? say('validate.messages.empty-value', { subject: s, type: { zh: d(p, 'typeZh'), en: d(p, 'typeEn') } })
      : say('validate.messages.wrong-type', { subject: s, type: { zh: d(p, 'typeZh'), en: d(p, 'typeEn') }, found: show(p.found) }),
  'pattern-mismatch': (p, s) =>
    say('validate.messages.pattern-mismatch', { subject: s, found: show(p.found), format: { zh: d(p, 'formatZh'), en: d(p, 'formatEn') } }),
  'out-of-range': (p, s) =>
    say('validate.messages.out-of-range', { subject: s, found: show(p.found), range: { zh: d(p, 'rangeZh'), en: d(p, 'rangeEn') } }),
  'crs-web-map': (p) => say('validate.messages.crs-web-map', { found: show(p.found) }),
  'crs-zone-mismatch': (p) => say('validate.messages.crs-zone-mismatch', { found: show(p.found), cm: d(p, 'cm'), lon: d(p, 'lon') }),
  'utf8-bom': () => say('validate.messages.utf8-bom'),
  'alias-field': (p) =>
    say('validate.messages.alias-field', {
      layer: d(p, 'layer'),
      found: show(p.found),
      fieldTitle: { zh: String(p.fieldTitle), en: String(p.fieldTitleEn ?? p.fieldTitle) },
      field: String(p.field),
      count: d(p, 'count'),
    }),
  'id-not-derived': (p, s, f) => say('validate.messages.id-not-derived', { feature: f, found: show(p.found), expected: show(p.expected) }),
};

export function messageFor(code: FindingCode, params: MessageParams): Bilingual {
  return WORDING[code](params, subject(params), featureLabel(params.feature));
}
