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

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  const escaped = pointer.includes('~');
  for (const raw of pointer.split('/').slice(1)) {
    const key = escaped ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
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
  for (const e of mostTelling(errors)) {
    const path = e.instancePath;
    const missing = e.keyword === 'required' ? String(e.params.missingProperty) : undefined;
    if (path === '/plan' || path.startsWith('/plan/')) {
      out.push(planFinding(e, path, missing, ctx.data));
      continue;
    }
    const m = /^\/features\/(\d+)(\/.*)?$/.exec(path);
    if (!m) continue; // the document's own shape is checked by hand before the schema runs
    const index = Number(m[1]);
    const rest = m[2] ?? '';
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
      const f = propertyFinding(e, path, rest, missing, feature, layer, ctx.data);
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

function propertyFinding(
  e: SchemaError,
  path: string,
  rest: string,
  missing: string | undefined,
  feature: FeatureRef,
  layer: LayerCode | undefined,
  data: unknown,
): Finding | undefined {
  const key = missing ?? rest.split('/')[2]?.replace(/~1/g, '/').replace(/~0/g, '~');
  if (key === undefined) return undefined; // `properties` itself not an object: a fatal hand check covers it
  const fieldTitle = layer ? (fieldOf(layer, key)?.title ?? key) : key;
  const base = { feature, field: key, fieldTitle, ...(layer ? { layer } : {}) };
  if (missing) return finding('missing-field', `${path}/${missing}`, base);
  const found = asFindingValue(valueAt(data, path));
  switch (e.keyword) {
    case 'enum':
      return finding('invalid-value', path, { ...base, expected: expectedOf(e), found });
    case 'type': {
      const words = TYPE_WORDS[String(e.params.type).split(',')[0]!] ?? { zh: String(e.params.type), en: String(e.params.type) };
      return finding('wrong-type', path, {
        ...base,
        expected: String(e.params.type),
        found,
        detail: { typeZh: words.zh, typeEn: words.en },
      });
    }
    case 'pattern': {
      // The schema's words for the pattern (x-formatZh / x-formatEn), the same the editor's form shows.
      const words = patternWords(layer, key);
      const format = words
        ? { formatZh: `（应为 ${words.zh}）`, formatEn: ` (${words.en})` }
        : { formatZh: `（应匹配 ${String(e.params.pattern)}）`, formatEn: ` (must match ${String(e.params.pattern)})` };
      return finding('pattern-mismatch', path, { ...base, expected: String(e.params.pattern), found, detail: format });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const range = expectedOf(e) as string;
      return finding('out-of-range', path, { ...base, expected: range, found, detail: { rangeZh: range, rangeEn: range } });
    }
    default:
      return finding('invalid-value', path, { ...base, expected: expectedOf(e), found });
  }
}
