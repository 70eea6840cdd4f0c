// Pure. Takes a package layer, returns its attribute columns with SQLite types: the national fields of the
// layer's schema first (in schema order, those any feature carries), then other keys sorted, then the
// provenance columns last; or the layer's own `columns` in their order. A column whose values mix types is TEXT.
import { fieldsOfLayer } from '../model/fieldSchema.ts';
import type { PackageLayer } from './types.ts';
import { visitProperties } from './visitProperties.ts';

export interface Column {
  name: string;
  sqlType: 'TEXT' | 'INTEGER' | 'REAL' | 'BOOLEAN';
}

/** Provenance columns (来源规划、来源版本、来源要素、处置日志编号). */
export const PROVENANCE_COLUMNS = ['LYGHID', 'LYGHBB', 'LYYSID', 'CZRZ'] as const;

export function layerColumns(layer: PackageLayer): Column[] {
  // One pass, each feature's attributes visited once (a packaged feature would build them on each read).
  const seen = new Map<string, { kinds: Set<string>; integral: boolean }>();
  const note = (k: string, v: unknown): void => {
    let s = seen.get(k);
    if (!s) seen.set(k, (s = { kinds: new Set(), integral: true }));
    if (v === null || v === undefined) return;
    s.kinds.add(typeof v);
    if (typeof v === 'number' && !Number.isInteger(v)) s.integral = false;
  };
  for (const f of layer.features) visitProperties(f, note);
  const column = (name: string): Column => ({ name, sqlType: sqlTypeOf(seen.get(name)) });
  if (layer.columns) return layer.columns.map(column);
  const schemaOrder = layer.layer
    ? fieldsOfLayer(layer.layer)
        .map((f) => f.key)
        .filter((k) => seen.has(k))
    : [];
  const provenance = PROVENANCE_COLUMNS.filter((k) => seen.has(k));
  const rest = [...seen.keys()].filter((k) => !schemaOrder.includes(k) && !(provenance as readonly string[]).includes(k)).sort();
  return [...schemaOrder, ...rest, ...provenance].map(column);
}

/** A column whose values (nulls aside) are of one kind takes its type; mixed or none is TEXT. */
function sqlTypeOf(values: { kinds: Set<string>; integral: boolean } | undefined): Column['sqlType'] {
  if (!values || values.kinds.size !== 1) return 'TEXT';
  if (values.kinds.has('boolean')) return 'BOOLEAN';
  if (values.kinds.has('number')) return values.integral ? 'INTEGER' : 'REAL';
  return 'TEXT';
}
