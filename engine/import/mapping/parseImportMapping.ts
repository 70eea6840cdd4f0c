// Pure. parseImportMapping(value) → the field mapping and value mapping of a mapping object, or null when the
// shape is wrong. One format for the CLI's --mapping file and the dialog's remembered mapping:
// `{"源列": "字段" | null}` (the original form, still valid), or `{"columns": {…}, "values": {"字段": {"1": "一类工业"}}}`.
import type { FieldMappingOverrides, ValueMappingOverrides } from './autoMapFields.ts';

export interface ImportMapping {
  columns: FieldMappingOverrides;
  values?: ValueMappingOverrides;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseImportMapping(value: unknown): ImportMapping | null {
  if (!isRecord(value)) return null;
  const wrapped = isRecord(value.columns) && (value.values === undefined || isRecord(value.values));
  const columns = wrapped ? (value.columns as Record<string, unknown>) : value;
  if (Object.values(columns).some((v) => v !== null && typeof v !== 'string')) return null;
  const mapping: ImportMapping = { columns: columns as FieldMappingOverrides };
  if (wrapped && value.values !== undefined) {
    const values = value.values as Record<string, unknown>;
    for (const table of Object.values(values)) {
      if (!isRecord(table) || Object.values(table).some((v) => typeof v !== 'string')) return null;
    }
    mapping.values = values as ValueMappingOverrides;
  }
  return mapping;
}
