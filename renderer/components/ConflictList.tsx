// The conflict list: an antd Table with virtual scroll (severity, rule, departments by short name with the full
// name in a tooltip, area in 公顷 and 亩, town, status), its filters and search (shown in the bottom dock's tab
// bar) and the tab label. Selecting a row selects the conflict (the map zooms to it).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Badge, Input, Select, Table, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Conflict, Severity } from '../../engine/rules/index.ts';
import { SEVERITIES } from '../../engine/rules/index.ts';
import { useEditor, useT } from '../app/StoreContext.tsx';
import type { ConflictFilters } from '../store/conflictSlice.ts';
import type { WorkspaceData } from '../store/types.ts';
import { M2_PER_MU } from './formatArea.ts';
import { conflictStatusOf, resolutionsByConflictKey } from './conflictStatusOf.ts';
import type { Resolution } from '../../engine/resolutions/index.ts';
import { CONFLICT_STATUSES, CONFLICT_STATUS_LABEL, type ConflictStatus } from '../../engine/resolutions/index.ts';
import { todayIso } from '../services/blueprint/resolutionStatus.ts';
import { departmentLabel } from './planDepartment.ts';
import { partyNameEn } from '../../engine/model/index.ts';
import type { LayerCode, PlanId } from '../../engine/model/index.ts';
import { StoredValue } from './StoredValue.tsx';
import { asLine } from '../i18n/message.ts';
import { conflictColumnWidths } from './conflictColumnWidths.ts';

export function departmentOf(ws: WorkspaceData, planId: string | undefined): string {
  if (!planId) return '';
  return ws.plans.get(planId as never)?.meta.department ?? '';
}

export function filterConflicts(
  conflicts: Conflict[],
  filters: ConflictFilters,
  ws: WorkspaceData,
  staleKeys: ReadonlySet<string>,
): Conflict[] {
  const search = filters.search.trim().toLowerCase();
  const resolutions = resolutionsByConflictKey(ws.resolutions);
  return conflicts.filter((c) => {
    if (filters.severity && c.severity !== filters.severity) return false;
    if (filters.ruleId && c.ruleId !== filters.ruleId) return false;
    if (filters.town && c.town?.name !== filters.town) return false;
    if (filters.status && conflictStatusOf(c, staleKeys, resolutions) !== filters.status) return false;
    if (filters.department) {
      const deps = [departmentOf(ws, c.subject?.planId), departmentOf(ws, c.object?.planId)];
      if (!deps.includes(filters.department)) return false;
    }
    if (search) {
      const text = [c.ruleId, c.title, c.message, c.subject?.name, c.object?.name, c.subject?.bsm, c.object?.bsm, c.town?.name]
        .join(' ')
        .toLowerCase();
      if (!text.includes(search)) return false;
    }
    return true;
  });
}

function useFilteredRows(): Conflict[] {
  const conflicts = useEditor((s) => s.conflicts);
  const filters = useEditor((s) => s.filters);
  const workspace = useEditor((s) => s.workspace);
  const staleKeys = useEditor((s) => s.staleKeys);
  return useMemo(() => filterConflicts(conflicts, filters, workspace, staleKeys), [conflicts, filters, workspace, staleKeys]);
}

/** The bottom dock's tab label: 冲突 and the number of conflicts found. */
export function ConflictTabLabel() {
  const t = useT();
  const total = useEditor((s) => s.conflicts.length);
  const checked = useEditor((s) => s.checked);
  return (
    <span className="conflict-tab-label">
      {t('conflicts')}
      {checked && <Badge count={total} overflowCount={99999} showZero size="small" color="#607d8b" />}
    </span>
  );
}

/** The filters' shared Select settings: a list as wide as its longest entry; typing narrows it (rules, towns). */
const SELECT = { size: 'small', popupMatchSelectWidth: false, showSearch: { optionFilterProp: 'label' } } as const;

/** Filters and search of the conflict list, on one row (the dock's tab bar). */
export function ConflictFilterBar() {
  const t = useT();
  const conflicts = useEditor((s) => s.conflicts);
  const filters = useEditor((s) => s.filters);
  const setFilters = useEditor((s) => s.setFilters);
  const workspace = useEditor((s) => s.workspace);
  const language = useEditor((s) => s.language);
  const rows = useFilteredRows();
  const options = useMemo(() => {
    const rules = new Map<string, string>();
    const towns = new Set<string>();
    // The filter's value is the plan's own department text (what filterConflicts compares); a plan of it names it.
    const deps = new Map<string, string>();
    for (const c of conflicts) {
      if (!rules.has(c.ruleId)) rules.set(c.ruleId, c.title);
      if (c.town) towns.add(c.town.name);
      for (const p of [c.subject, c.object]) {
        const d = p ? departmentOf(workspace, p.planId) : '';
        if (p && d && !deps.has(d)) deps.set(d, p.planId);
      }
    }
    const packRules = new Map((workspace.rulePack?.rules ?? []).map((r) => [r.id, r]));
    // "R08 title": the rule pack's title in the chosen language (the conflict's own title is the Chinese one).
    const ruleOptions = [...rules]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([id, titleZh]) => {
        const rule = packRules.get(id);
        const title = language === 'zh' ? (rule?.title ?? titleZh) : rule?.titleEn;
        return { value: id, label: title ? `${id} ${title}` : id };
      });
    // A department by its short name in the chosen language, the full name as the option's tooltip.
    const depOptions = [...deps]
      .map(([value, planId]) => {
        const { short, full } = departmentLabel(workspace, planId, language);
        return { value, label: short || value, title: full || value };
      })
      .sort((a, b) => a.label.localeCompare(b.label, language === 'zh' ? 'zh-CN' : 'en'));
    return { rules: ruleOptions, towns: [...towns].sort(), deps: depOptions };
  }, [conflicts, workspace, language]);
  return (
    <div className="filters" data-testid="conflict-filters">
      <Select<Severity | ''>
        className="filter-severity"
        aria-label={t('severity')}
        value={filters.severity}
        onChange={(severity) => setFilters({ severity })}
        options={[{ value: '' as const, label: `${t('severity')}: ${t('all')}` }, ...SEVERITIES.map((s) => ({ value: s, label: t(s) }))]}
        {...SELECT}
      />
      <Select<string>
        className="filter-rule"
        aria-label={t('rule')}
        value={filters.ruleId}
        onChange={(ruleId) => setFilters({ ruleId })}
        options={[{ value: '', label: `${t('rule')}: ${t('all')}` }, ...options.rules]}
        {...SELECT}
      />
      <Select<string>
        className="filter-department"
        aria-label={t('departments')}
        value={filters.department}
        onChange={(department) => setFilters({ department })}
        options={[{ value: '', label: `${t('departments')}: ${t('all')}` }, ...options.deps]}
        {...SELECT}
      />
      <Select<string>
        className="filter-town"
        aria-label={t('town')}
        value={filters.town}
        onChange={(town) => setFilters({ town })}
        options={[{ value: '', label: `${t('town')}: ${t('all')}` }, ...options.towns.map((d) => ({ value: d, label: d }))]}
        {...SELECT}
      />
      <Select<ConflictFilters['status']>
        className="filter-status"
        aria-label={t('status')}
        value={filters.status}
        onChange={(status) => setFilters({ status })}
        options={[
          { value: '' as const, label: `${t('status')}: ${t('all')}` },
          ...CONFLICT_STATUSES.map((s) => ({ value: s, label: asLine(CONFLICT_STATUS_LABEL[s][language]) })),
        ]}
        {...SELECT}
      />
      <Input
        size="small"
        type="search"
        allowClear
        className="conflict-search"
        placeholder={t('search')}
        value={filters.search}
        onChange={(e) => setFilters({ search: e.target.value })}
        data-testid="conflict-search"
      />
      <span className="count" data-testid="conflict-count">
        {rows.length} / {conflicts.length}
      </span>
    </div>
  );
}

/** A side's name (else its BSM): in English a code-table name (水浇地) shows its English name, the Chinese in the tooltip. */
function PartyName({ workspace, party, language }: { workspace: WorkspaceData; party: Conflict['subject']; language: 'zh' | 'en' }) {
  if (!party) return <StoredValue text="" en={undefined} />;
  const classification = workspace.plans.get(party.planId as PlanId)?.meta.classification;
  const en = language === 'en' ? partyNameEn(party.layer as LayerCode, party.name, classification) : undefined;
  return <StoredValue text={party.name ?? party.bsm ?? ''} en={en} />;
}

/** A department's short name, the full name in a tooltip ("济··" never: the column shows 自然资源, 生态环境 …). */
function DepartmentName({ workspace, planId, language }: { workspace: WorkspaceData; planId: string | undefined; language: 'zh' | 'en' }) {
  const { short, full } = departmentLabel(workspace, planId, language);
  if (!short) return null;
  return (
    <Tooltip title={full} mouseEnterDelay={0.4}>
      <span className="department-short" data-department={full}>
        {short}
      </span>
    </Tooltip>
  );
}

/** Size and font of the element, followed as it is resized (the dock's splitters), for the virtual scroll and columns. */
function useBoxOf(ref: React.RefObject<HTMLElement | null>): { widthPx: number; heightPx: number; font: string } {
  const [box, setBox] = useState({ widthPx: 0, heightPx: 0, font: '' });
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => {
      const next = { widthPx: el.clientWidth, heightPx: el.clientHeight, font: getComputedStyle(el).font };
      setBox((old) => (old.widthPx === next.widthPx && old.heightPx === next.heightPx && old.font === next.font ? old : next));
    };
    const observer = new ResizeObserver(read);
    observer.observe(el);
    read();
    return () => observer.disconnect();
  }, [ref]);
  return box;
}

/** Width of the widest "department × department" of the rows in `font` (0 before the list is measured). */
function useDepartmentPairPx(font: string, rows: Conflict[], workspace: WorkspaceData, language: 'zh' | 'en'): number {
  return useMemo(() => {
    const context = font ? document.createElement('canvas').getContext('2d') : null;
    if (!context) return 0;
    context.font = font;
    const pairs = new Set<string>();
    for (const c of rows) {
      const a = departmentLabel(workspace, c.subject?.planId, language).short;
      const b = c.object ? departmentLabel(workspace, c.object.planId, language).short : '';
      pairs.add(b ? `${a} × ${b}` : a);
    }
    let widest = 0;
    for (const pair of pairs) widest = Math.max(widest, context.measureText(pair).width);
    return widest;
  }, [font, rows, workspace, language]);
}

const TABLE_HEADER_PX = 26;

export function ConflictList() {
  const t = useT();
  const checked = useEditor((s) => s.checked);
  const workspace = useEditor((s) => s.workspace);
  const staleKeys = useEditor((s) => s.staleKeys);
  const selectedKey = useEditor((s) => s.selectedConflictKey);
  const selectConflict = useEditor((s) => s.selectConflict);
  const language = useEditor((s) => s.language);
  const rows = useFilteredRows();
  const resolutions: ReadonlyMap<string, Resolution> = useMemo(
    () => resolutionsByConflictKey(workspace.resolutions),
    [workspace.resolutions],
  );
  const today = todayIso();
  const boxRef = useRef<HTMLDivElement>(null);
  const { widthPx, heightPx, font } = useBoxOf(boxRef);
  const departmentPairPx = useDepartmentPairPx(font, rows, workspace, language);
  // 2 px short of the box: the table's own border.
  const widths = conflictColumnWidths(Math.max(widthPx - 2, 0), language, departmentPairPx);
  const ruleTitlesEn = useMemo(
    () => new Map((workspace.rulePack?.rules ?? []).map((r) => [r.id, r.titleEn ?? r.title])),
    [workspace.rulePack],
  );
  const columns: ColumnsType<Conflict> = useMemo(
    () => [
      {
        key: 'severity',
        title: t('severity'),
        className: 'c-sev',
        width: widths.severityPx,
        render: (_: unknown, c: Conflict) => <span className={`badge sev-${c.severity}`}>{t(c.severity)}</span>,
      },
      {
        key: 'rule',
        title: t('rule'),
        className: 'c-rule',
        width: widths.rulePx,
        ellipsis: true,
        // The rule's title in the chosen language (rule pack `titleEn`); the message, which names the features
        // (user data), is the tooltip.
        render: (_: unknown, c: Conflict) => {
          const title = language === 'en' ? (ruleTitlesEn.get(c.ruleId) ?? c.ruleId) : c.title;
          return (
            <span title={language === 'en' && c.messageEn ? c.messageEn : c.message} data-user-title="">
              {`${c.ruleId} ${title}`}
            </span>
          );
        },
      },
      {
        key: 'parties',
        title: t('departments'),
        className: 'c-parties',
        width: widths.partiesPx,
        // A flex row: the department names keep their width, each side's own name gives way (ellipsis).
        render: (_: unknown, c: Conflict) => (
          <span className="parties">
            <DepartmentName workspace={workspace} planId={c.subject?.planId} language={language} />
            <PartyName workspace={workspace} party={c.subject} language={language} />
            {c.object && (
              <>
                <span className="parties-times">×</span>
                <DepartmentName workspace={workspace} planId={c.object.planId} language={language} />
                <PartyName workspace={workspace} party={c.object} language={language} />
              </>
            )}
          </span>
        ),
      },
      {
        key: 'area',
        title: `${t('area')} (${t('hectare')} / ${t('mu')})`,
        className: 'c-area',
        width: widths.areaPx,
        align: 'right',
        render: (_: unknown, c: Conflict) => {
          const area = c.measure.areaM2;
          return area !== undefined
            ? `${(area / 10000).toFixed(4)} / ${(area / M2_PER_MU).toFixed(2)}`
            : c.measure.lengthM !== undefined
              ? `${c.measure.lengthM.toFixed(1)} m`
              : '—';
        },
      },
      {
        key: 'town',
        title: t('town'),
        className: 'c-town',
        width: widths.townPx,
        ellipsis: true,
        render: (_: unknown, c: Conflict) => <span data-user-text="">{c.town?.name ?? ''}</span>,
      },
      {
        key: 'status',
        title: t('status'),
        className: 'c-status',
        width: widths.statusPx,
        render: (_: unknown, c: Conflict) => <StatusCell status={conflictStatusOf(c, staleKeys, resolutions, today)} language={language} />,
      },
    ],
    [
      t,
      language,
      workspace,
      staleKeys,
      resolutions,
      today,
      ruleTitlesEn,
      widths.severityPx,
      widths.rulePx,
      widths.partiesPx,
      widths.areaPx,
      widths.townPx,
      widths.statusPx,
    ],
  );

  return (
    <div className="conflict-list" data-testid="conflict-list" ref={boxRef}>
      {!checked ? (
        <div className="placeholder">{t('notChecked')}</div>
      ) : rows.length === 0 ? (
        <div className="placeholder">{t('noConflicts')}</div>
      ) : (
        <Table<Conflict>
          className="conflict-table"
          virtual
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: widths.totalPx, y: Math.max(heightPx - TABLE_HEADER_PX, 60) }}
          rowClassName={(c) => `conflict-row sev-${c.severity}${c.key === selectedKey ? ' selected' : ''}`}
          onRow={(c) =>
            ({
              'data-testid': 'conflict-row',
              'data-conflict-key': c.key,
              'data-rule': c.ruleId,
              onClick: () => selectConflict(c.key),
            }) as React.HTMLAttributes<HTMLElement>
          }
        />
      )}
    </div>
  );
}

function StatusCell({ status, language }: { status: ConflictStatus; language: 'zh' | 'en' }) {
  return <span data-status={status}>{asLine(CONFLICT_STATUS_LABEL[status][language])}</span>;
}
