// Pure. autoMapFields(columns, layer, overrides) → which source column fills which national field of the
// layer: a user mapping first, then the field key (any case), then the schema's `x-aliases`. One column per
// field (the first in file order wins); columns that map to nothing are listed so the report can show them.
import { fieldForAlias, fieldsOfLayer } from '../../model/fieldSchema.ts';
import type { LayerCode } from '../../model/types.ts';

/** A user's mapping: source column → national field key, or null to drop the column. */
export type FieldMappingOverrides = Readonly<Record<string, string | null>>;

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
    mapping.columns[column] = target;
    mapping.basis[column] = 'user';
    taken.add(target);
  }
  for (const column of columns) {
    if (column in mapping.columns || Object.prototype.hasOwnProperty.call(overrides, column)) continue;
    const field = fieldForAlias(layer, column);
    if (field && !taken.has(field.key)) {
      mapping.columns[column] = field.key;
      mapping.basis[column] = field.key === column.trim().toUpperCase() ? 'key' : 'alias';
      taken.add(field.key);
    }
  }
  mapping.unmappedColumns = columns.filter((c) => !(c in mapping.columns));
  mapping.missingRequired = fields.filter((f) => f.required && !taken.has(f.key)).map((f) => f.key);
  return mapping;
}
