// Pure. autoMapFields(columns, layer, overrides) → which source column fills which national field of the
// layer: a user mapping first, then the field key (any case), then the schema's `x-aliases`. One column per
// field (the first in file order wins); columns that map to nothing are listed so the report can show them.
import { fieldForAlias, fieldsOfLayer } from '../../model/fieldSchema.ts';
import type { LayerCode } from '../../model/types.ts';

/** A user's mapping: source column → national field key, or null to drop the column. */
export type FieldMappingOverrides = Readonly<Record<string, string | null>>;

/** A user's value mapping for coded fields: field key → source value (as text) → the field's value, e.g.
 *  `{ GYLX: { "1": "一类工业", "2": "二类工业" } }`. Values not listed are imported as they are. */
export type ValueMappingOverrides = Readonly<Record<string, Readonly<Record<string, string>>>>;

export interface FieldMapping {
  /** source column → field key */
  columns: Record<string, string>;
  /** how each mapped column was matched */
  basis: Record<string, 'user' | 'key' | 'alias'>;
  unmappedColumns: string[];
  /** Required fields no column fills. */
  missingRequired: string[];
  /** User overrides naming a field the layer does not have. */
  unknownTargets: string[];
}

/** Own-property writes and reads: a column named "__proto__" or "constructor" is a column like any other. */
function setOwn<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
}

export function autoMapFields(columns: readonly string[], layer: LayerCode, overrides: FieldMappingOverrides = {}): FieldMapping {
  const fields = fieldsOfLayer(layer);
  const keys = new Set(fields.map((f) => f.key));
  const mapping: FieldMapping = { columns: {}, basis: {}, unmappedColumns: [], missingRequired: [], unknownTargets: [] };
  const taken = new Set<string>();
  for (const column of columns) {
    if (!Object.prototype.hasOwnProperty.call(overrides, column)) continue;
    const target = overrides[column];
    if (target === null || target === undefined) continue;
    if (!keys.has(target)) {
      mapping.unknownTargets.push(target);
      continue;
    }
    if (taken.has(target)) continue;
    setOwn(mapping.columns, column, target);
    setOwn(mapping.basis, column, 'user');
    taken.add(target);
  }
  for (const column of columns) {
    if (Object.hasOwn(mapping.columns, column) || Object.prototype.hasOwnProperty.call(overrides, column)) continue;
    const field = fieldForAlias(layer, column);
    if (field && !taken.has(field.key)) {
      setOwn(mapping.columns, column, field.key);
      setOwn(mapping.basis, column, field.key === column.trim().toUpperCase() ? 'key' : 'alias');
      taken.add(field.key);
    }
  }
  mapping.unmappedColumns = columns.filter((c) => !Object.hasOwn(mapping.columns, c));
  mapping.missingRequired = fields.filter((f) => f.required && !taken.has(f.key)).map((f) => f.key);
  return mapping;
}
