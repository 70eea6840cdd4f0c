// Pure. derivedClassNames(layer, before, after, classification) → `after` with each class-name field whose code
// changed set from the code table (YDYHFLMC from YDYHFLDM in the plan's classification, DLMC from DLBM in 三调),
// or removed when the new code is empty or not in the table; null when nothing changes. Inputs are not mutated.
import { codeInfo } from './codes.ts';
import { fieldOf } from './fieldSchema.ts';
import type { Classification, LayerCode, Properties } from './types.ts';

/** A coded field and the name field the code table derives from it ('plan': the plan's own classification). */
export interface CodeNamePair {
  code: string;
  name: string;
  table: Classification | 'plan';
}

export const CODE_NAME_PAIRS: readonly CodeNamePair[] = [
  { code: 'YDYHFLDM', name: 'YDYHFLMC', table: 'plan' },
  { code: 'DLBM', name: 'DLMC', table: 'sandiao' },
];

/** The name fields of the layer that follow a code (shown read-only in the form). */
export function derivedNameFields(layer: LayerCode): string[] {
  return CODE_NAME_PAIRS.filter((p) => fieldOf(layer, p.code) !== undefined && fieldOf(layer, p.name) !== undefined).map((p) => p.name);
}

export function derivedClassNames(
  layer: LayerCode,
  before: Properties,
  after: Properties,
  classification: Classification,
): Properties | null {
  let next: Properties | null = null;
  for (const pair of CODE_NAME_PAIRS) {
    if (fieldOf(layer, pair.code) === undefined || fieldOf(layer, pair.name) === undefined) continue;
    // Only a changed code renames: an edit elsewhere leaves a stored name (even an imported odd one) alone.
    if (after[pair.code] === before[pair.code]) continue;
    const code = after[pair.code];
    const name = typeof code === 'string' ? codeInfo(pair.table === 'plan' ? classification : pair.table, code.trim())?.name : undefined;
    if (after[pair.name] === name || (name === undefined && !(pair.name in after))) continue;
    next ??= { ...after };
    if (name === undefined) delete next[pair.name];
    else next[pair.name] = name;
  }
  return next;
}
