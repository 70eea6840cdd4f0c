// The attribute table (属性表) of one plan layer: windowed rows of a fixed height (only the visible rows exist in the
// DOM, found from the scroll offset in O(1)), sort and filter per column in the table worker (the page never holds
// for 300k rows), multi-select (click, Ctrl+click, Shift+click, all visible, invert) tied to the map both ways through
// the store's compact FeatureSelection (a mask over the rows' slots), zoom to the selection, and the visible rows to CSV.
import { memo, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { Button } from 'antd';
import { CheckSquareOutlined, CloseSquareOutlined, DownloadOutlined, SwapOutlined, ZoomInOutlined } from '@ant-design/icons';
import { codedValueEn, layerInfo } from '../../../engine/model/index.ts';
import type { Classification, FeatureId, LayerCode, PlanFeature, PlanId } from '../../../engine/model/index.ts';
import { useEditor, useEditorStore, useT } from '../../app/StoreContext.tsx';
import { featureSummary } from '../../store/featureSummary.ts';
import { bilingualNotice } from '../../store/viewSlice.ts';
import { createPlatform } from '../../services/platform/createPlatform.ts';
import { errorText } from '../../i18n/describeError.ts';
import { DICTIONARIES as DICT } from '../../i18n/dictionary.ts';
import { message, messages } from '../../i18n/message.ts';
import { selectionExtent } from '../../services/find/selectionExtent.ts';
import {
  attributeColumns,
  cellText,
  columnTitle,
  layerRows,
  type AttributeColumn,
  type RowQuery,
  type SortDirection,
} from './attributeRows.ts';
import { attributeCsv } from './attributeCsv.ts';
import { queryFields } from './rowOrder.ts';
import { createTableQueryClient } from './tableQueryClient.ts';
import { FeatureSelection } from '../../store/featureSelection.ts';
import { departmentLabel } from '../planDepartment.ts';
import { DECORATIVE_ICON } from '../decorativeIcon.ts';

const ROW_HEIGHT_PX = 24;
/** Rows rendered above and below the visible ones. */
const OVERSCAN_ROWS = 8;
const COLUMN_WIDTH_PX = 130;
const WIDE_COLUMNS: Record<string, number> = { BSM: 170, XZQDM: 110, YDYHFLDM: 110 };
const widthOf = (key: string) => WIDE_COLUMNS[key] ?? COLUMN_WIDTH_PX;

interface LayerChoice {
  key: string;
  planId: PlanId;
  layer: LayerCode;
  label: string;
  departmentFull: string;
  count: number;
}

export function AttributeTable() {
  const t = useT();
  const store = useEditorStore();
  const language = useEditor((s) => s.language);
  const workspace = useEditor((s) => s.workspace);
  const selection = useEditor((s) => s.selection);
  const featureSelection = useEditor((s) => s.featureSelection);

  const choices = useMemo<LayerChoice[]>(() => {
    const out: LayerChoice[] = [];
    for (const planId of workspace.planOrder) {
      const plan = workspace.plans.get(planId);
      if (!plan) continue;
      const counts = featureSummary(plan.features).layerCounts;
      for (const [layer, count] of [...counts.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
        const info = layerInfo(layer as LayerCode);
        // The managed department's short name in the chosen language; the full name is the option's tooltip.
        const department = departmentLabel(workspace, planId, language);
        out.push({
          key: `${planId}/${layer}`,
          planId,
          layer: layer as LayerCode,
          count,
          label: `${department.short} · ${language === 'zh' ? info.nameZh : info.nameEn} (${layer})`,
          departmentFull: department.full,
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
  const query = useMemo<RowQuery>(
    () => ({ filters: Object.entries(filters).map(([field, text]) => ({ field, text })), sort }),
    [filters, sort],
  );

  // The shown rows: an order from the table worker for this rows array and query, or all rows in document order.
  const client = useMemo(() => createTableQueryClient(), []);
  useEffect(() => () => client.dispose(), [client]);
  const [result, setResult] = useState<{ rows: readonly PlanFeature[]; query: RowQuery; order: Uint32Array | null } | null>(null);
  const trivial = queryFields(query).length === 0;
  useEffect(() => {
    if (trivial) return;
    const abort = new AbortController();
    client.order(all, query, abort.signal).then(
      (order) => setResult({ rows: all, query, order }),
      (error: unknown) => {
        if (!abort.signal.aborted) console.error(error);
      },
    );
    return () => abort.abort();
  }, [client, all, query, trivial]);
  const applied = trivial ? null : result && result.rows === all ? result : null;
  const pending = !trivial && (applied === null || applied.query !== query);
  const order = applied?.order ?? null;
  const appliedSort = trivial ? null : (applied?.query.sort ?? null);
  const shownCount = order ? order.length : all.length;
  const rowAt = (index: number): PlanFeature => (order ? all[order[index]!]! : all[index]!);

  const slotAt = (index: number): number => (order ? order[index]! : index);
  const planId = choice?.planId ?? null;
  const layer = choice?.layer ?? null;
  const selectedCount = useMemo(
    () => (plan && planId && layer ? featureSelection.countRows(planId, all, (id) => plan.features.get(id)?.layer === layer) : 0),
    [featureSelection, plan, planId, layer, all],
  );

  // Windowing: the rows under the scroll offset, from the fixed row height.
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollTopPx, setScrollTopPx] = useState(0);
  const [viewportPx, setViewportPx] = useState(400);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setScrollTopPx(el.scrollTop);
      });
    };
    const resize = new ResizeObserver(() => setViewportPx(el.clientHeight));
    resize.observe(el);
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      cancelAnimationFrame(frame);
      resize.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, [choice?.key]);
  const first = Math.max(0, Math.floor(scrollTopPx / ROW_HEIGHT_PX) - OVERSCAN_ROWS);
  const last = Math.min(shownCount, Math.ceil((scrollTopPx + viewportPx) / ROW_HEIGHT_PX) + OVERSCAN_ROWS);
  const scrollToIndex = (index: number) => {
    const el = scrollRef.current;
    if (!el) return;
    const top = index * ROW_HEIGHT_PX;
    // The sticky head covers the first rows' worth of the viewport: keep the row below it.
    const head = el.firstElementChild?.clientHeight ?? 0;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT_PX + head > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT_PX + head - el.clientHeight;
  };

  // Map → table: the primary selection scrolls into view when it is a row of the table (found among the rows in
  // view first: a click in the table costs no scan of 300k rows). Also once the table has switched to the
  // selection's layer: on the selection's own render the table still showed the previous layer.
  useEffect(() => {
    if (!selection || !choice || selection.planId !== choice.planId) return;
    let index = -1;
    for (let i = first; i < last && index < 0; i++) if (rowAt(i).id === selection.featureId) index = i;
    for (let i = 0; i < shownCount && index < 0; i++) if (rowAt(i).id === selection.featureId) index = i;
    if (index >= 0) scrollToIndex(index);
  }, [selection, order, choice?.key]); // eslint-disable-line react-hooks/exhaustive-deps

  if (!choice || !plan)
    return (
      <div className="attribute-table placeholder" data-testid="attribute-table">
        {t('tableNoLayer')}
      </div>
    );

  const refOf = (f: PlanFeature) => ({ planId: choice.planId, featureId: f.id as FeatureId });
  /** Slots of the shown rows `from` … `to` − 1 (null: every row, in document order). */
  const shownSlots = (from: number, to: number): ArrayLike<number> | null => {
    if (order) return order.subarray(from, to);
    if (from === 0 && to === all.length) return null;
    const out = new Uint32Array(to - from);
    for (let i = from; i < to; i++) out[i - from] = i;
    return out;
  };
  const clickRow = (index: number, e: MouseEvent) => {
    const row = rowAt(index);
    const s = store.getState();
    if (e.shiftKey && anchor.current !== null) {
      const [a, b] = anchor.current < index ? [anchor.current, index] : [index, anchor.current];
      s.setFeatureSelection(FeatureSelection.ofRows(choice.planId, all, shownSlots(a, Math.min(b + 1, shownCount))), refOf(row));
      return;
    }
    anchor.current = index;
    if (e.ctrlKey || e.metaKey) {
      const next = s.featureSelection.toggleRow(choice.planId, all, slotAt(index));
      const added = next.hasRow(choice.planId, all, slotAt(index));
      const kept = s.selection && s.selection.featureId !== row.id ? s.selection : null;
      s.setFeatureSelection(next, added ? refOf(row) : kept);
      return;
    }
    s.select(refOf(row));
  };
  /** Select all shown rows, or invert the selection among them; the inspector keeps its feature while it stays selected. */
  const selectShown = (invert: boolean) => {
    const s = store.getState();
    const slots = shownSlots(0, shownCount);
    const next = invert ? s.featureSelection.invertRows(choice.planId, all, slots) : FeatureSelection.ofRows(choice.planId, all, slots);
    s.setFeatureSelection(next, s.selection && next.has(s.selection) ? s.selection : null);
  };
  const toggleSort = (field: string) => {
    const next: SortDirection | null = sort?.field !== field ? 'asc' : sort.direction === 'asc' ? 'desc' : null;
    setSort(next ? { field, direction: next } : null);
  };
  const zoomToSelection = () => {
    const s = store.getState();
    const extent = selectionExtent(s.workspace, s.featureSelection.size > 0 ? s.featureSelection : s.selection ? [s.selection] : []);
    if (extent) s.requestMap({ extent });
  };
  const layerNameIn = (lang: 'zh' | 'en') =>
    `${departmentLabel(workspace, choice.planId, lang).short} ${lang === 'zh' ? layerInfo(choice.layer).nameZh : layerInfo(choice.layer).nameEn}`;
  const layerName = { zh: layerNameIn('zh'), en: layerNameIn('en') };
  const exportCsv = async () => {
    const s = store.getState();
    const rows = order ? Array.from(order, (i) => all[i]!) : all;
    const bytes = attributeCsv(columns, rows, language);
    const name = `${plan.meta.id}-${choice.layer}.csv`.replace(/[^A-Za-z0-9._-]+/g, '_');
    try {
      const saved = await createPlatform().saveFile(bytes, { suggestedName: name, format: 'csv' });
      if (saved) {
        const saidSaved = messages('tableCsvSaved', { layer: layerName, n: rows.length, file: saved.name });
        s.notify(bilingualNotice('info', saidSaved.zh, saidSaved.en));
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
  const count = message(language, 'tableRowsCount', { shown: shownCount, all: all.length, selected: selectedCount });
  const visible: PlanFeature[] = [];
  for (let i = first; i < last; i++) visible.push(rowAt(i));

  return (
    <div className="attribute-table" data-testid="attribute-table" data-layer={choice.key} aria-busy={pending}>
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
              <option key={c.key} value={c.key} title={c.departmentFull}>
                {c.label} · {c.count}
              </option>
            ))}
          </select>
        </label>
        <Button
          size="small"
          icon={<CheckSquareOutlined {...DECORATIVE_ICON} />}
          onClick={() => selectShown(false)}
          data-testid="table-select-visible"
          disabled={shownCount === 0 || pending}
        >
          {t('tableSelectVisible')}
        </Button>
        <Button
          size="small"
          icon={<SwapOutlined {...DECORATIVE_ICON} />}
          onClick={() => selectShown(true)}
          data-testid="table-invert-selection"
          disabled={shownCount === 0 || pending}
        >
          {t('tableInvertSelection')}
        </Button>
        <Button
          size="small"
          icon={<CloseSquareOutlined {...DECORATIVE_ICON} />}
          onClick={() => store.getState().select(null)}
          data-testid="table-clear-selection"
          disabled={featureSelection.size === 0 && !selection}
        >
          {t('tableClearSelection')}
        </Button>
        <Button
          size="small"
          icon={<ZoomInOutlined {...DECORATIVE_ICON} />}
          onClick={zoomToSelection}
          data-testid="table-zoom-selection"
          disabled={featureSelection.size === 0 && !selection}
        >
          {t('tableZoomToSelection')}
        </Button>
        <Button
          size="small"
          icon={<DownloadOutlined {...DECORATIVE_ICON} />}
          onClick={() => void exportCsv()}
          data-testid="table-export-csv"
          disabled={shownCount === 0 || pending}
        >
          {t('tableExportCsv')}
        </Button>
        <span className="count" data-testid="table-count" title={`${count}\n${t('tableSelectHint')}`}>
          {count}
        </span>
        {pending && (
          <span className="table-working" data-testid="table-working" role="status">
            {t('tableWorking')}
          </span>
        )}
      </div>
      <div ref={scrollRef} className="table-scroll" data-testid="table-scroll">
        <TableHead
          columns={columns}
          totalWidth={totalWidth}
          sort={appliedSort}
          filters={filters}
          language={language}
          onSort={toggleSort}
          onFilter={(key, text) => setFilters((f) => ({ ...f, [key]: text }))}
        />
        {/* One click handler for the rows (they are memoised): it reads the row's index from the clicked element. */}
        <div
          style={{ height: shownCount * ROW_HEIGHT_PX, width: totalWidth, position: 'relative' }}
          // Shift/Ctrl-click picks rows: without this the browser also selects (highlights) the cell text between the
          // clicks. A plain drag still selects a cell's text to copy.
          onMouseDown={(e) => {
            if (e.shiftKey || e.ctrlKey || e.metaKey) e.preventDefault();
          }}
          onClick={(e) => {
            const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row-index]');
            if (row) clickRow(Number(row.dataset.rowIndex), e);
          }}
        >
          {visible.map((row, k) => (
            <TableRow
              key={row.id}
              row={row}
              index={first + k}
              columns={columns}
              selected={featureSelection.hasRow(choice.planId, all, slotAt(first + k))}
              english={language === 'en'}
              classification={plan.meta.classification}
            />
          ))}
        </div>
      </div>
    </div>
  );
}

interface TableHeadProps {
  columns: readonly AttributeColumn[];
  totalWidth: number;
  sort: RowQuery['sort'];
  filters: Record<string, string>;
  language: 'zh' | 'en';
  onSort: (key: string) => void;
  onFilter: (key: string, text: string) => void;
}

/** Titles (click to sort) and one filter box per column; the sort arrow shows the order the rows are in. */
function TableHead({ columns, totalWidth, sort, filters, language, onSort, onFilter }: TableHeadProps) {
  const t = useT();
  return (
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
              title={`${c.key} ${columnTitle(c, language)} — ${t('tableSortHint')}`}
              onClick={() => onSort(c.key)}
            >
              {columnTitle(c, language)}
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
              onChange={(e) => onFilter(c.key, e.target.value)}
            />
          </span>
        ))}
      </div>
    </div>
  );
}

interface TableRowProps {
  row: PlanFeature;
  index: number;
  columns: readonly AttributeColumn[];
  selected: boolean;
  /** In English, a code-table value shows its English name (the stored Chinese one in its tooltip). */
  english: boolean;
  classification: Classification;
}

/** One row; memoised on its feature, place and selection so a scroll renders only the rows that came into view. */
const TableRow = memo(
  function TableRow({ row, index, columns, selected, english, classification }: TableRowProps) {
    return (
      <div
        className={`table-row ${selected ? 'selected' : ''}`}
        data-testid="table-row"
        data-feature-id={row.id}
        data-row-index={index}
        aria-selected={selected}
        style={{ transform: `translateY(${index * ROW_HEIGHT_PX}px)`, height: ROW_HEIGHT_PX }}
      >
        {columns.map((c) => {
          const en = english ? codedValueEn(row.layer, c.key, row.properties[c.key], classification) : undefined;
          return en === undefined ? (
            <span key={c.key} className={`table-cell ${c.numeric ? 'num' : ''}`} style={{ width: widthOf(c.key) }} data-user-text="">
              {cellText(row, c)}
            </span>
          ) : (
            <span
              key={c.key}
              className="table-cell coded-value"
              style={{ width: widthOf(c.key) }}
              title={cellText(row, c)}
              data-user-title=""
              data-testid="coded-value"
            >
              {en}
            </span>
          );
        })}
      </div>
    );
  },
  (a, b) =>
    a.row === b.row &&
    a.index === b.index &&
    a.columns === b.columns &&
    a.selected === b.selected &&
    a.english === b.english &&
    a.classification === b.classification,
);
