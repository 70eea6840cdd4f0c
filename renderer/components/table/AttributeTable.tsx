// The attribute table (属性表) of one plan layer: virtualised rows (300k scroll smoothly: only the visible rows
// exist in the DOM), sort by a column, filter per column, multi-select (click, Ctrl+click, Shift+click, all visible)
// tied to the map both ways through the store, zoom to the selection, and the visible rows to CSV.
import { useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { layerInfo } from '../../../engine/model/index.ts';
import type { FeatureId, LayerCode, PlanFeature, PlanId } from '../../../engine/model/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { featureSummary } from '../../store/featureSummary.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { errorText } from '../../i18n/describeError.ts';
import { DICTIONARIES as DICT } from '../../i18n/dictionary.ts';
import { selectionExtent } from '../../services/find/selectionExtent.ts';
import { attributeColumns, cellText, layerRows, queryRows, type RowQuery, type SortDirection } from './attributeRows.ts';
import { attributeCsv } from './attributeCsv.ts';

const ROW_HEIGHT_PX = 24;
const COLUMN_WIDTH_PX = 130;
const WIDE_COLUMNS: Record<string, number> = { BSM: 170, XZQDM: 110, YDYHFLDM: 110 };
const widthOf = (key: string) => WIDE_COLUMNS[key] ?? COLUMN_WIDTH_PX;

interface LayerChoice {
  key: string;
  planId: PlanId;
  layer: LayerCode;
  label: string;
  count: number;
}

export function AttributeTable() {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const workspace = useEditor((s) => s.workspace);
  const selection = useEditor((s) => s.selection);
  const selectedFeatures = useEditor((s) => s.selectedFeatures);

  const choices = useMemo<LayerChoice[]>(() => {
    const out: LayerChoice[] = [];
    for (const planId of workspace.planOrder) {
      const plan = workspace.plans.get(planId);
      if (!plan) continue;
      const counts = featureSummary(plan.features).layerCounts;
      for (const [layer, count] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const info = layerInfo(layer as LayerCode);
        out.push({
          key: `${planId}/${layer}`,
          planId,
          layer: layer as LayerCode,
          count,
          label: `${plan.meta.department} · ${language === 'zh' ? info.nameZh : info.nameEn} (${layer})`,
        });
      }
    }
    return out;
  }, [workspace, language]);

  const [layerKey, setLayerKey] = useState<string | null>(null);
  const [filters, setFilters] = useState<Record<string, string>>({});
  const [sort, setSort] = useState<RowQuery['sort']>(null);
  const anchor = useRef<number | null>(null);
  const choice = choices.find((c) => c.key === layerKey) ?? choices[0] ?? null;

  // Map → table: a feature selected on the map (or found) in another layer switches the table to that layer.
  useEffect(() => {
    if (!selection) return;
    const f = workspace.plans.get(selection.planId)?.features.get(selection.featureId);
    if (!f) return;
    const key = `${selection.planId}/${f.layer}`;
    if (key !== choice?.key && choices.some((c) => c.key === key)) {
      setLayerKey(key);
      setFilters({});
      setSort(null);
    }
    // Only a new selection moves the table; browsing layers keeps the chosen one.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  const plan = choice ? workspace.plans.get(choice.planId) : undefined;
  const all = useMemo(() => (plan && choice ? layerRows(plan.features, choice.layer) : []), [plan, choice?.layer]); // eslint-disable-line react-hooks/exhaustive-deps
  const columns = useMemo(() => (choice ? attributeColumns(choice.layer, all) : []), [choice?.layer, all]); // eslint-disable-line react-hooks/exhaustive-deps
  const filterList = useMemo(() => Object.entries(filters).map(([field, text]) => ({ field, text })), [filters]);
  const rows = useMemo(() => queryRows(all, { filters: filterList, sort }), [all, filterList, sort]);

  const selectedIds = useMemo(() => {
    const ids = new Set<string>();
    if (choice) for (const r of selectedFeatures) if (r.planId === choice.planId) ids.add(r.featureId);
    return ids;
  }, [selectedFeatures, choice]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 12,
  });

  // Map → table: the primary selection scrolls into view when it is a row of the table.
  useEffect(() => {
    if (!selection || !choice || selection.planId !== choice.planId) return;
    const index = rows.findIndex((r) => r.id === selection.featureId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selection, rows]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!choice || !plan)
    return (
      <div className="attribute-table placeholder" data-testid="attribute-table">
        {t('tableNoLayer')}
      </div>
    );

  const refOf = (f: PlanFeature) => ({ planId: choice.planId, featureId: f.id as FeatureId });
  const clickRow = (index: number, e: MouseEvent) => {
    const row = rows[index]!;
    const s = store.getState();
    if (e.shiftKey && anchor.current !== null) {
      const [a, b] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
      s.selectFeatures(rows.slice(a, b + 1).map(refOf), refOf(row));
      return;
    }
    anchor.current = index;
    if (e.ctrlKey || e.metaKey) {
      const kept = s.selectedFeatures.filter((r) => !(r.planId === choice.planId && r.featureId === row.id));
      if (kept.length === s.selectedFeatures.length) s.selectFeatures([...s.selectedFeatures, refOf(row)], refOf(row));
      else s.selectFeatures(kept);
      return;
    }
    s.select(refOf(row));
  };
  const toggleSort = (field: string) => {
    const next: SortDirection | null = sort?.field !== field ? 'asc' : sort.direction === 'asc' ? 'desc' : null;
    setSort(next ? { field, direction: next } : null);
  };
  const zoomToSelection = () => {
    const s = store.getState();
    const extent = selectionExtent(s.workspace, s.selectedFeatures.length > 0 ? s.selectedFeatures : s.selection ? [s.selection] : []);
    if (extent) s.requestMap({ extent });
  };
  const layerName = `${plan.meta.department} ${layerInfo(choice.layer).nameZh}`;
  const exportCsv = async () => {
    const s = store.getState();
    const bytes = attributeCsv(columns, rows);
    const name = `${plan.meta.id}-${choice.layer}.csv`.replace(/[^A-Za-z0-9._-]+/g, '_');
    try {
      const saved = await createPlatform().saveFile(bytes, { suggestedName: name, format: 'csv' });
      if (saved) {
        const fill = (text: string) => text.replace('{layer}', layerName).replace('{n}', String(rows.length)).replace('{file}', saved.name);
        s.notify(bilingualNotice('info', fill(DICT.zh.tableCsvSaved), fill(DICT.en.tableCsvSaved)));
      }
    } catch (error) {
      s.notify(
        bilingualNotice(
          'error',
          DICT.zh.tableCsvFailed.replace('{reason}', errorText(error, 'zh')),
          DICT.en.tableCsvFailed.replace('{reason}', errorText(error, 'en')),
        ),
      );
    }
  };
  const totalWidth = columns.reduce((w, c) => w + widthOf(c.key), 0);
  const count = t('tableRowsCount')
    .replace('{shown}', String(rows.length))
    .replace('{all}', String(all.length))
    .replace('{selected}', String(selectedIds.size));

  return (
    <div className="attribute-table" data-testid="attribute-table" data-layer={choice.key}>
      <div className="filters">
        <label>
          {t('tableLayer')}{' '}
          <select
            value={choice.key}
            data-testid="table-layer"
            onChange={(e) => {
              setLayerKey(e.target.value);
              setFilters({});
              setSort(null);
            }}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {c.label} · {c.count}
              </option>
            ))}
          </select>
        </label>
        <button
          onClick={() => store.getState().selectFeatures(rows.map(refOf))}
          data-testid="table-select-visible"
          disabled={rows.length === 0}
        >
          {t('tableSelectVisible')}
        </button>
        <button onClick={() => store.getState().select(null)} disabled={selectedIds.size === 0}>
          {t('tableClearSelection')}
        </button>
        <button onClick={zoomToSelection} data-testid="table-zoom-selection" disabled={selectedFeatures.length === 0}>
          {t('tableZoomToSelection')}
        </button>
        <button onClick={() => void exportCsv()} data-testid="table-export-csv" disabled={rows.length === 0}>
          {t('tableExportCsv')}
        </button>
        <span className="count" data-testid="table-count" title={t('tableSelectHint')}>
          {count}
        </span>
      </div>
      <div ref={scrollRef} className="table-scroll" data-testid="table-scroll">
        <div className="table-head" style={{ width: totalWidth }}>
          <div className="table-titles">
            {columns.map((c) => {
              const dir = sort?.field === c.key ? sort.direction : null;
              return (
                <span
                  key={c.key}
                  className={`table-cell table-title ${c.numeric ? 'num' : ''}`}
                  style={{ width: widthOf(c.key) }}
                  role="columnheader"
                  aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'}
                  data-testid={`sort-${c.key}`}
                  title={`${c.key} ${language === 'zh' ? c.title : c.titleEn} — ${t('tableSortHint')}`}
                  onClick={() => toggleSort(c.key)}
                >
                  {language === 'zh' ? c.title : c.titleEn}
                  {dir === 'asc' ? ' ▲' : dir === 'desc' ? ' ▼' : ''}
                </span>
              );
            })}
          </div>
          <div className="table-filters">
            {columns.map((c) => (
              <span key={c.key} className="table-cell" style={{ width: widthOf(c.key) }}>
                <input
                  type="search"
                  value={filters[c.key] ?? ''}
                  placeholder={t('tableFilterHint')}
                  aria-label={`${c.key} ${t('tableFilterHint')}`}
                  data-testid={`filter-${c.key}`}
                  onChange={(e) => setFilters((f) => ({ ...f, [c.key]: e.target.value }))}
                />
              </span>
            ))}
          </div>
        </div>
        <div style={{ height: virtualizer.getTotalSize(), width: totalWidth, position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]!;
            return (
              <div
                key={row.id}
                className={`table-row ${selectedIds.has(row.id) ? 'selected' : ''}`}
                data-testid="table-row"
                data-feature-id={row.id}
                aria-selected={selectedIds.has(row.id)}
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT_PX }}
                onClick={(e) => clickRow(item.index, e)}
              >
                {columns.map((c) => (
                  <span key={c.key} className={`table-cell ${c.numeric ? 'num' : ''}`} style={{ width: widthOf(c.key) }} data-user-text="">
                    {cellText(row, c.key)}
                  </span>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
