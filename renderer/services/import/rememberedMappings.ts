// Browser shell. Field and value mappings confirmed in the import dialog, remembered per plan kind and
// department in localStorage, so a department's next delivery maps the same columns and codes the same way
// without asking again. Stored as the CLI's mapping object (engine parseImportMapping); old entries stay valid.
import { parseImportMapping, type ImportMapping } from '../../../engine/import/index.ts';

const key = (kind: string, department: string) => `lantu.import-mapping.${kind}.${department}`;

export function loadRememberedMapping(kind: string, department: string, storage: Storage = localStorage): ImportMapping | undefined {
  try {
    const text = storage.getItem(key(kind, department));
    if (!text) return undefined;
    return parseImportMapping(JSON.parse(text) as unknown) ?? undefined;
  } catch {
    return undefined;
  }
}

export function rememberMapping(kind: string, department: string, mapping: ImportMapping, storage: Storage = localStorage): void {
  try {
    storage.setItem(key(kind, department), JSON.stringify(mapping.values ? mapping : mapping.columns));
  } catch {
    // A full or disabled storage only means the next import asks again.
  }
}
