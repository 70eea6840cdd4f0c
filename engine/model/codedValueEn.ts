// Pure. The English name of a stored coded value, for reading it in English mode (the stored value stays Chinese):
// an enumerated value by its schema's `x-enumEn`, a class name (YDYHFLMC, DLMC) by its code table's `nameEn`.
// Undefined for anything no table codes (names typed by users, unknown values), which then shows as it is.
import { codeInfoByName } from './codes.ts';
import { CODE_NAME_PAIRS } from './derivedClassNames.ts';
import { fieldOf } from './fieldSchema.ts';
import type { Classification, LayerCode } from './types.ts';

/** Fields holding a class's Chinese name: in the plan's own classification, or always in 三调 (DLMC of 永久基本农田). */
const CLASS_NAME_FIELDS: Readonly<Record<string, Classification | 'plan'>> = Object.fromEntries(
  CODE_NAME_PAIRS.map((p) => [p.name, p.table]),
);

export function codedValueEn(
  layer: LayerCode,
  key: string,
  value: unknown,
  classification: Classification = 'ydyh2023',
): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  const field = fieldOf(layer, key);
  if (field?.enum && field.enumEn) {
    const i = field.enum.indexOf(text);
    if (i >= 0) return field.enumEn[i];
  }
  const table = CLASS_NAME_FIELDS[key];
  if (table === undefined) return undefined;
  return codeInfoByName(table === 'plan' ? classification : table, text)?.nameEn;
}

/** Name fields that hold a coded value: a conflict side's name (the layer's name field or class name) comes from one. */
const CODED_NAME_FIELDS = ['YDYHFLMC', 'DLMC', 'GHFQMC'] as const;

/** A conflict side's name in English when a code table names it (水浇地 → Irrigated land), else undefined. */
export function partyNameEn(layer: LayerCode, name: string | null, classification: Classification = 'ydyh2023'): string | undefined {
  for (const key of CODED_NAME_FIELDS) {
    if (fieldOf(layer, key) === undefined) continue;
    const en = codedValueEn(layer, key, name, classification);
    if (en !== undefined) return en;
  }
  return undefined;
}
