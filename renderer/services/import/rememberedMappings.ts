// Browser shell. Field mappings confirmed in the import dialog, remembered per plan kind and department in
// localStorage, so a department's next delivery maps the same columns the same way without asking again.
import type { FieldMappingOverrides } from '../../../engine/import/index.ts';

const key = (kind: string, department: string) => `lantu.import-mapping.${kind}.${department}`;

export function loadRememberedMapping(kind: string, department: string, storage: Storage = localStorage): FieldMappingOverrides | undefined {
  try {
    const text = storage.getItem(key(kind, department));
    if (!text) return undefined;
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
    const entries = Object.entries(value).filter(([, v]) => v === null || typeof v === 'string');
    return Object.fromEntries(entries) as FieldMappingOverrides;
  } catch {
    return undefined;
  }
}

export function rememberMapping(kind: string, department: string, mapping: FieldMappingOverrides, storage: Storage = localStorage): void {
  try {
    storage.setItem(key(kind, department), JSON.stringify(mapping));
  } catch {
    // A full or disabled storage only means the next import asks again.
  }
}
