// Pure. Takes a package layer, returns its attribute columns with SQLite types: the national fields of the
// layer's schema first (in schema order, those any feature carries), then other keys sorted, then the
// provenance columns last; or the layer's own `columns` in their order. A column whose values mix types is TEXT.
import { fieldsOfLayer } from '../model/fieldSchema.ts';
import type { PackageLayer } from './types.ts';

export interface Column {
  name: string;
  sqlType: 'TEXT' | 'INTEGER' | 'REAL' | 'BOOLEAN';
}

/** Provenance columns (来源规划、来源版本、来源要素、处置日志编号). */
export const PROVENANCE_COLUMNS = ['LYGHID', 'LYGHBB', 'LYYSID', 'CZRZ'] as const;

export function layerColumns(layer: PackageLayer): Column[] {
  if (layer.columns) return layer.columns.map((name) => ({ name, sqlType: sqlTypeOf(layer, name) }));
  const present = new Set<string>();
  for (const f of layer.features) for (const k of Object.keys(f.properties)) present.add(k);
  const schemaOrder = layer.layer
    ? fieldsOfLayer(layer.layer)
        .map((f) => f.key)
        .filter((k) => present.has(k))
    : [];
  const provenance = PROVENANCE_COLUMNS.filter((k) => present.has(k));
  const rest = [...present].filter((k) => !schemaOrder.includes(k) && !(provenance as readonly string[]).includes(k)).sort();
  return [...schemaOrder, ...rest, ...provenance].map((name) => ({ name, sqlType: sqlTypeOf(layer, name) }));
}

function sqlTypeOf(layer: PackageLayer, name: string): Column['sqlType'] {
  const kinds = new Set<string>();
  let integral = true;
  for (const f of layer.features) {
    const v = f.properties[name];
    if (v === null || v === undefined) continue;
    kinds.add(typeof v);
    if (typeof v === 'number' && !Number.isInteger(v)) integral = false;
  }
  if (kinds.size !== 1) return 'TEXT';
  if (kinds.has('boolean')) return 'BOOLEAN';
  if (kinds.has('number')) return integral ? 'INTEGER' : 'REAL';
  return 'TEXT';
}
