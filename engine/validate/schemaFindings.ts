// Pure. schemaFindings(errors, ctx) → Findings for the ajv errors of a plan schema: errors in `plan` are fatal
// (missing-plan-field / invalid-plan-field); errors in a feature's properties are quality (missing-field,
// invalid-value, wrong-type, pattern-mismatch, out-of-range); a bad id is quality (invalid-id). Structure and
// geometry are checked by hand first, so their schema errors only surface as a fallback (invalid-geometry).
import common from '../../schemas/plan-common.schema.json' with { type: 'json' };
import { fieldOf } from '../model/fieldSchema.ts';
import type { LayerCode } from '../model/types.ts';
import { finding } from './finding.ts';
import type { FeatureRef } from './messages.ts';
import type { Finding, FindingValue } from './types.ts';
import type { SchemaError } from './validateSchema.ts';
import { schemaErrorMessage } from './schemaErrorText.ts';
import { say } from '../i18n/index.ts';

export interface SchemaFindingContext {
  data: unknown;
  featureRef(index: number): FeatureRef;
  layerOf(index: number): LayerCode | undefined;
  /** Features that already have a fatal finding from the hand checks (their structural errors are known). */
  fatalFeatures: ReadonlySet<number>;
}

const PLAN_TITLES: Record<string, string> = {};
collectTitles(common.$defs.planMeta as unknown as TitledSchema, '', PLAN_TITLES);

interface TitledSchema {
  title?: string;
  properties?: Record<string, TitledSchema>;
  $ref?: string;
}

function collectTitles(schema: TitledSchema, prefix: string, out: Record<string, string>): void {
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    const path = prefix ? `${prefix}.${key}` : key;
    out[path] = sub.title ?? (key === 'schemaVersion' ? '模式版本' : key);
    collectTitles(sub, path, out);
  }
}

const TYPE_WORDS: Record<string, { zh: string; en: string }> = {
  string: say('validate.schemaFindings.string'),
  number: say('validate.schemaFindings.number'),
  integer: say('validate.schemaFindings.integer'),
  boolean: say('validate.schemaFindings.boolean'),
  object: say('validate.schemaFindings.object'),
  array: say('validate.schemaFindings.array'),
};

/** A JSON-pointer segment unescaped (RFC 6901: `~1` is `/`, then `~0` is `~`). */
function unescapeSegment(raw: string): string {
  return raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  // Segment by segment without splitting: a plan with a finding on every feature reads 10⁵ pointers.
  for (let start = 1; start <= pointer.length;) {
    let end = pointer.indexOf('/', start);
    if (end < 0) end = pointer.length;
    const key = unescapeSegment(pointer.slice(start, end));
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
    start = end + 1;
  }
  return v;
}

/** `/features/<index>` and the rest of the pointer, or undefined for a pointer elsewhere (read without a regex). */
function featurePointer(path: string): { index: number; rest: string } | undefined {
  const prefix = '/features/';
  if (!path.startsWith(prefix)) return undefined;
  let end = prefix.length;
  while (end < path.length && path.charCodeAt(end) >= 0x30 && path.charCodeAt(end) <= 0x39) end++;
  if (end === prefix.length || (end < path.length && path.charCodeAt(end) !== 0x2f)) return undefined;
  return { index: Number(path.slice(prefix.length, end)), rest: path.slice(end) };
}

function asFindingValue(v: unknown): FindingValue {
  if (v === undefined) return null;
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  return JSON.stringify(v).slice(0, 200);
}

/** Keeps the most telling error per instance path: drops anyOf/if wrappers and the "or null" branch. */
function mostTelling(errors: readonly SchemaError[]): SchemaError[] {
  const byPath = new Map<string, SchemaError>();
  for (const e of errors) {
    if (e.keyword === 'anyOf' || e.keyword === 'if' || e.keyword === 'oneOf' || e.keyword === 'allOf') continue;
    if (e.keyword === 'type' && e.params.type === 'null') continue;
    const key = e.keyword === 'required' ? `${e.instancePath}/${String(e.params.missingProperty)}` : e.instancePath;
    if (!byPath.has(key)) byPath.set(key, e);
  }
  return [...byPath.values()];
}

export function schemaFindings(errors: readonly SchemaError[], ctx: SchemaFindingContext): Finding[] {
  const out: Finding[] = [];
  const fallbackGeometry = new Set<number>();
  const fieldWords = new Map<string, FieldWords>();
  for (const e of mostTelling(errors)) {
    const path = e.instancePath;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    if (path === '/plan' || path.startsWith('/plan/')) {
      out.push(planFinding(e, path, missing, ctx.data));
      continue;
    }
    const at = featurePointer(path);
    if (!at) continue; // the document's own shape is checked by hand before the schema runs
    const { index, rest } = at;
    const feature = ctx.featureRef(index);
    const layer = ctx.layerOf(index);
    if (rest === '' && missing === 'id') {
      out.push(finding('invalid-id', `${path}/id`, { feature, field: 'id', expected: 'uuid', found: null, ...(layer ? { layer } : {}) }));
      continue;
    }
    if (rest === '/id') {
      out.push(
        finding('invalid-id', path, {
          feature,
          field: 'id',
          expected: 'uuid',
          found: asFindingValue(valueAt(ctx.data, path)),
          ...(layer ? { layer } : {}),
        }),
      );
      continue;
    }
    if (rest === '/properties' || rest.startsWith('/properties/')) {
      const f = propertyFinding(e, path, rest, missing, feature, layer, ctx.data, fieldWords);
      if (f) out.push(f);
      continue;
    }
    if (ctx.fatalFeatures.has(index)) continue;
    if (rest.startsWith('/geometry') && !fallbackGeometry.has(index)) {
      fallbackGeometry.add(index);
      const message = schemaErrorMessage(e);
      out.push(finding('invalid-geometry', path, { feature, detail: { zh: message.zh, en: message.en } }));
    }
  }
  return out;
}

function planFinding(e: SchemaError, path: string, missing: string | undefined, data: unknown): Finding {
  const dotted = path.split('/').slice(2).join('.');
  if (missing) {
    const field = dotted ? `${dotted}.${missing}` : missing;
    return finding('missing-plan-field', `${path}/${missing}`, { field, fieldTitle: PLAN_TITLES[field] ?? field });
  }
  const field = dotted;
  return finding('invalid-plan-field', path, {
    field,
    fieldTitle: PLAN_TITLES[field] ?? field,
    expected: expectedOf(e),
    found: asFindingValue(valueAt(data, path)),
  });
}

function expectedOf(e: SchemaError): FindingValue {
  const p = e.params;
  switch (e.keyword) {
    case 'enum':
      return (p.allowedValues as unknown[]).filter((v) => v !== null).map((v) => asFindingValue(v));
    case 'const':
      return asFindingValue(p.allowedValue);
    case 'type':
      return String(p.type);
    case 'pattern':
      return String(p.pattern);
    case 'format':
      return String(p.format);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `${{ minimum: '≥', maximum: '≤', exclusiveMinimum: '>', exclusiveMaximum: '<' }[e.keyword]} ${String(p.limit)}`;
    case 'minLength':
    case 'maxLength':
      return `${e.keyword === 'minLength' ? '≥' : '≤'} ${String(p.limit)} chars`;
    default:
      return e.message ?? e.keyword;
  }
}

/** A field's pattern in words, from its layer's schema or the common fields; undefined when the schema gives none. */
function patternWords(layer: LayerCode | undefined, key: string): { zh: string; en: string } | undefined {
  const field = layer ? fieldOf(layer, key) : undefined;
  if (field?.formatZh !== undefined && field.formatEn !== undefined) return { zh: field.formatZh, en: field.formatEn };
  const raw = (common.$defs.fields as Record<string, Record<string, unknown>>)[key];
  const zh = raw?.['x-formatZh'];
  const en = raw?.['x-formatEn'];
  return typeof zh === 'string' && typeof en === 'string' ? { zh, en } : undefined;
}

/** What every finding on one field of one layer shares: its titles and, for a pattern, the pattern in words. */
interface FieldWords {
  fieldTitle: string;
  fieldTitleEn: string | undefined;
  format: { formatZh: string; formatEn: string } | undefined;
}

/** Worded once per layer, field and pattern, not once per finding: a plan can break one pattern on every feature. */
function fieldWordsOf(cache: Map<string, FieldWords>, layer: LayerCode | undefined, key: string, pattern: string | undefined): FieldWords {
  const id = `${layer ?? ''}\u0000${key}\u0000${pattern ?? ''}`;
  let words = cache.get(id);
  if (!words) {
    const field = layer ? fieldOf(layer, key) : undefined;
    let format: FieldWords['format'];
    if (pattern !== undefined) {
      // The schema's words for the pattern (x-formatZh / x-formatEn), the same the editor's form shows.
      const inWords = patternWords(layer, key);
      format = inWords
        ? { formatZh: `（应为 ${inWords.zh}）`, formatEn: ` (${inWords.en})` }
        : { formatZh: `（应匹配 ${pattern}）`, formatEn: ` (must match ${pattern})` };
    }
    words = { fieldTitle: field?.title ?? key, fieldTitleEn: field?.titleEn, format };
    cache.set(id, words);
  }
  return words;
}

function propertyFinding(
  e: SchemaError,
  path: string,
  rest: string,
  missing: string | undefined,
  feature: FeatureRef,
  layer: LayerCode | undefined,
  data: unknown,
  cache: Map<string, FieldWords>,
): Finding | undefined {
  const key = missing ?? propertyKey(rest);
  if (key === undefined) return undefined; // `properties` itself not an object: a fatal hand check covers it
  const pattern = e.keyword === 'pattern' ? String(e.params.pattern) : undefined;
  const words = fieldWordsOf(cache, layer, key, pattern);
  // Literals, not spreads: V8 copies a spread object member by member in its slow path, about 5 µs a finding here.
  const { fieldTitle, fieldTitleEn } = words;
  if (missing) return finding('missing-field', `${path}/${missing}`, { feature, field: key, fieldTitle, fieldTitleEn, layer });
  const found = asFindingValue(valueAt(data, path));
  switch (e.keyword) {
    case 'type': {
      const typeWords = TYPE_WORDS[String(e.params.type).split(',')[0]!] ?? { zh: String(e.params.type), en: String(e.params.type) };
      const detail = { typeZh: typeWords.zh, typeEn: typeWords.en };
      return finding('wrong-type', path, {
        feature,
        field: key,
        fieldTitle,
        fieldTitleEn,
        layer,
        expected: String(e.params.type),
        found,
        detail,
      });
    }
    case 'pattern':
      return finding('pattern-mismatch', path, {
        feature,
        field: key,
        fieldTitle,
        fieldTitleEn,
        layer,
        expected: pattern,
        found,
        detail: words.format,
      });
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = expectedOf(e) as string;
      const detail = { rangeZh: range, rangeEn: range };
      return finding('out-of-range', path, { feature, field: key, fieldTitle, fieldTitleEn, layer, expected: range, found, detail });
    }
    default: // enum and any other keyword
      return finding('invalid-value', path, { feature, field: key, fieldTitle, fieldTitleEn, layer, expected: expectedOf(e), found });
  }
}

/** The property key of `/properties/<key>[/…]`, unescaped (RFC 6901). */
function propertyKey(rest: string): string | undefined {
  const prefix = '/properties/';
  if (!rest.startsWith(prefix)) return undefined;
  const end = rest.indexOf('/', prefix.length);
  return unescapeSegment(rest.slice(prefix.length, end < 0 ? rest.length : end));
}
