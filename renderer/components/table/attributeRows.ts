// Pure. The attribute table's model: a layer's rows (features in document order, cached per feature map), its
// columns (schema fields first, then other attributes present), and sorting and filtering that stay fast at
// 300k rows (one typed key array per sort, no localeCompare: code-point order is stable and language-free).
import { fieldsOfLayer } from '../../../engine/model/index.ts';
import type { LayerCode, PlanFeature } from '../../../engine/model/index.ts';

export interface AttributeColumn {
  key: string;
  /** The schema's Chinese title, or the key for an attribute the schema does not define. */
  title: string;
  /** English field title (the schema's x-titleEn; the key for extra columns). */
  titleEn: string;
  numeric: boolean;
}

export type SortDirection = 'asc' | 'desc';

export interface RowQuery {
  /** Field filters: every one must match (see rowMatches). */
  filters: readonly { field: string; text: string }[];
  sort: { field: string; direction: SortDirection } | null;
}

const rowsCache = new WeakMap<ReadonlyMap<string, PlanFeature>, Map<string, readonly PlanFeature[]>>();

/** The features of one layer in document order; the same array while the plan's feature map is unchanged. */
export function layerRows(features: ReadonlyMap<string, PlanFeature>, layer: LayerCode): readonly PlanFeature[] {
  let byLayer = rowsCache.get(features);
  if (!byLayer) {
    byLayer = new Map();
    for (const f of features.values()) {
      let list = byLayer.get(f.layer) as PlanFeature[] | undefined;
      if (!list) byLayer.set(f.layer, (list = []));
      list.push(f);
    }
    rowsCache.set(features, byLayer);
  }
  return byLayer.get(layer) ?? [];
}

/** Schema fields of the layer in schema order, then any other attribute the rows carry (sorted by key). */
export function attributeColumns(layer: LayerCode, rows: readonly PlanFeature[]): AttributeColumn[] {
  const columns: AttributeColumn[] = fieldsOfLayer(layer).map((f) => ({
    key: f.key,
    title: f.title,
    titleEn: f.titleEn ?? f.title,
    numeric: f.type === 'number' || f.type === 'integer',
  }));
  const known = new Set(columns.map((c) => c.key));
  const extra = new Map<string, boolean>();
  // Extra keys are found from every row: a department's file may add a column on a few features only.
  for (const row of rows) {
    for (const key in row.properties) {
      if (known.has(key)) continue;
      const v = row.properties[key];
      const numeric = extra.get(key);
      if (numeric === undefined) extra.set(key, typeof v === 'number' || v === null || v === undefined);
      else if (numeric && typeof v !== 'number' && v !== null && v !== undefined) extra.set(key, false);
    }
  }
  for (const key of [...extra.keys()].sort()) columns.push({ key, title: key, titleEn: key, numeric: extra.get(key)! });
  return columns;
}

/** The text a cell shows (and CSV writes): numbers as given, null/absent as empty. */
export function cellText(row: PlanFeature, key: string): string {
  const v = row.properties[key];
  return v === null || v === undefined ? '' : String(v);
}

const COMPARISON = /^\s*(>=|<=|>|<|=)\s*(-?\d+(?:\.\d+)?)\s*$/;

/**
 * Whether a row passes one field filter: `>100`, `<=5`, `=3` compare numbers; any other text matches cells that
 * contain it (case-insensitive); an empty filter matches everything.
 */
export function rowMatches(row: PlanFeature, field: string, text: string): boolean {
  const wanted = text.trim();
  if (wanted === '') return true;
  const cmp = COMPARISON.exec(wanted);
  const v = row.properties[field];
  if (cmp) {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
    if (!Number.isFinite(n)) return false;
    const limit = Number(cmp[2]);
    switch (cmp[1]) {
      case '>':
        return n > limit;
      case '<':
        return n < limit;
      case '>=':
        return n >= limit;
      case '<=':
        return n <= limit;
      default:
        return n === limit;
    }
  }
  return v !== null && v !== undefined && String(v).toLowerCase().includes(wanted.toLowerCase());
}

/**
 * The rows the table shows: filtered, then sorted (stable: equal keys keep document order; empty cells last in
 * both directions). Returns the input array when there is nothing to do.
 */
export function queryRows(rows: readonly PlanFeature[], query: RowQuery): readonly PlanFeature[] {
  const filters = query.filters.filter((f) => f.text.trim() !== '');
  let out: readonly PlanFeature[] = filters.length === 0 ? rows : rows.filter((r) => filters.every((f) => rowMatches(r, f.field, f.text)));
  if (query.sort) out = sortRows(out, query.sort.field, query.sort.direction);
  return out;
}

function sortRows(rows: readonly PlanFeature[], field: string, direction: SortDirection): PlanFeature[] {
  const n = rows.length;
  const sign = direction === 'asc' ? 1 : -1;
  const numbers = new Float64Array(n);
  const texts: (string | null)[] = new Array(n);
  let allNumeric = true;
  for (let i = 0; i < n; i++) {
    const v = rows[i]!.properties[field];
    if (v === null || v === undefined || v === '') {
      texts[i] = null;
      numbers[i] = NaN;
    } else if (typeof v === 'number') {
      numbers[i] = v;
      texts[i] = String(v);
    } else {
      allNumeric = false;
      texts[i] = String(v);
      numbers[i] = NaN;
    }
  }
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const indices = Array.from(order);
  indices.sort((a, b) => {
    const ta = texts[a]!;
    const tb = texts[b]!;
    if (ta === null || tb === null) return ta === tb ? a - b : ta === null ? 1 : -1;
    let c: number;
    if (allNumeric) c = numbers[a]! - numbers[b]!;
    else c = ta < tb ? -1 : ta > tb ? 1 : 0;
    return c !== 0 ? c * sign : a - b;
  });
  return indices.map((i) => rows[i]!);
}
