// Pure. Reads the plan schemas (schemas/plan-*.schema.json, the authority for fields) into a per-layer field
// list for the editor's inspector and the importer: title, description, type, enum, aliases, required.
// fieldForAlias(layer, column) maps a department's column name (Chinese, legacy spelling) to the field.
import common from '../../schemas/plan-common.schema.json' with { type: 'json' };
import land from '../../schemas/plan-land.schema.json' with { type: 'json' };
import ecology from '../../schemas/plan-ecology.schema.json' with { type: 'json' };
import industry from '../../schemas/plan-industry.schema.json' with { type: 'json' };
import transport from '../../schemas/plan-transport.schema.json' with { type: 'json' };
import type { LayerCode } from './types.ts';

export interface FieldSchema {
  /** National field name, the property key (BSM, YDYHFLDM …). */
  key: string;
  title: string;
  description: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  required: boolean;
  /** Allowed values (null excluded) when the domain has an enumeration. */
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  /** Other spellings seen in department data (`x-aliases`). */
  aliases: readonly string[];
  /** English title (`x-titleEn`). */
  titleEn?: string;
  /** The pattern in words (`x-formatZh` / `x-formatEn`): what the form and the import report say instead of a regex. */
  formatZh?: string;
  formatEn?: string;
  /** English names of the `enum` values, in the same order (`x-enumEn`): what English mode shows for a stored value. */
  enumEn?: readonly string[];
}

interface RawField {
  $ref?: string;
  anyOf?: RawField[];
  title?: string;
  description?: string;
  type?: string | string[];
  enum?: (string | null)[];
  pattern?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  'x-aliases'?: string[];
  'x-titleEn'?: string;
  'x-formatZh'?: string;
  'x-formatEn'?: string;
  'x-enumEn'?: string[];
}

interface RawLayer {
  required: string[];
  properties: Record<string, RawField>;
}

const commonFields = common.$defs.fields as Record<string, RawField>;
const COMMON_FIELD_REF = /#\/\$defs\/fields\/([A-Za-z0-9_]+)$/;

function resolve(raw: RawField): RawField {
  if (raw.anyOf) {
    const inner = raw.anyOf.find((s) => s.type !== 'null');
    return inner ? resolve(inner) : raw;
  }
  if (raw.$ref) {
    const match = COMMON_FIELD_REF.exec(raw.$ref);
    const target = match ? commonFields[match[1]!] : undefined;
    if (!target) throw new Error(`unresolved field $ref ${raw.$ref}`);
    return target;
  }
  return raw;
}

function toField(key: string, raw: RawField, required: boolean): FieldSchema {
  const r = resolve(raw);
  const types = (Array.isArray(r.type) ? r.type : [r.type]).filter((t) => t !== 'null');
  const field: FieldSchema = {
    key,
    title: r.title ?? key,
    description: r.description ?? '',
    type: (types[0] ?? 'string') as FieldSchema['type'],
    required,
    aliases: r['x-aliases'] ?? [],
  };
  if (r.enum) field.enum = r.enum.filter((v): v is string => v !== null);
  if (r.pattern !== undefined) field.pattern = r.pattern;
  if (r.minimum !== undefined) field.minimum = r.minimum;
  if (r.exclusiveMinimum !== undefined) field.exclusiveMinimum = r.exclusiveMinimum;
  if (r['x-titleEn'] !== undefined) field.titleEn = r['x-titleEn'];
  if (r['x-formatZh'] !== undefined) field.formatZh = r['x-formatZh'];
  if (r['x-formatEn'] !== undefined) field.formatEn = r['x-formatEn'];
  if (r['x-enumEn'] !== undefined) field.enumEn = r['x-enumEn'];
  return field;
}

const byLayer = new Map<LayerCode, readonly FieldSchema[]>();
for (const schema of [land, ecology, industry, transport]) {
  for (const [code, def] of Object.entries(schema.$defs)) {
    if (code === 'feature') continue;
    const raw = def as unknown as RawLayer;
    const fields = Object.entries(raw.properties).map(([key, f]) => toField(key, f, raw.required.includes(key)));
    byLayer.set(code as LayerCode, fields);
  }
}

/** The fields of a layer in schema order (common fields first). */
export function fieldsOfLayer(layer: LayerCode): readonly FieldSchema[] {
  const fields = byLayer.get(layer);
  if (!fields) throw new Error(`no schema for layer ${layer}`);
  return fields;
}

/** Each layer's fields by key (the first of a key, as a search in schema order finds it): validation asks per property. */
const byKey = new Map<LayerCode, ReadonlyMap<string, FieldSchema>>();

export function fieldOf(layer: LayerCode, key: string): FieldSchema | undefined {
  let fields = byKey.get(layer);
  if (!fields) {
    const map = new Map<string, FieldSchema>();
    for (const f of fieldsOfLayer(layer)) if (!map.has(f.key)) map.set(f.key, f);
    byKey.set(layer, (fields = map));
  }
  return fields.get(key);
}

/** The field a source column name stands for: its key (any case) or one of its aliases, else undefined. */
export function fieldForAlias(layer: LayerCode, column: string): FieldSchema | undefined {
  const name = column.trim();
  const upper = name.toUpperCase();
  const fields = fieldsOfLayer(layer);
  return fields.find((f) => f.key === upper) ?? fields.find((f) => f.aliases.some((a) => a === name || a.toUpperCase() === upper));
}

/** Chinese title of a field in a layer, or the key itself when the schema does not define it. */
export function fieldTitle(layer: LayerCode, key: string): string {
  return fieldOf(layer, key)?.title ?? key;
}
