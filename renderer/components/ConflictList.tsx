// The conflict list: a virtualised table (rule, severity, departments and features, area in 公顷 and 亩,
// town, status) with filters and search. Selecting a row selects the conflict (the map zooms to it).
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
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

const ROW_HEIGHT_PX = 30;

export function departmentOf(ws: WorkspaceData, planId: string | undefined): string {
  if (!planId) return '';
  return ws.plans.get(planId as never)?.meta.department ?? '';
}

export function filterConflicts(conflicts: Conflict[], filters: ConflictFilters, ws: WorkspaceData, staleKeys: ReadonlySet<string>): Conflict[] {
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

export function ConflictList() {
  const t = useT();
  const conflicts = useEditor((s) => s.conflicts);
  const checked = useEditor((s) => s.checked);
  const filters = useEditor((s) => s.filters);
  const setFilters = useEditor((s) => s.setFilters);
  const workspace = useEditor((s) => s.workspace);
  const staleKeys = useEditor((s) => s.staleKeys);
  const selectedKey = useEditor((s) => s.selectedConflictKey);
  const selectConflict = useEditor((s) => s.selectConflict);
  const language = useEditor((s) => s.language);
  const rows = useMemo(() => filterConflicts(conflicts, filters, workspace, staleKeys), [conflicts, filters, workspace, staleKeys]);
  const resolutions: ReadonlyMap<string, Resolution> = useMemo(() => resolutionsByConflictKey(workspace.resolutions), [workspace.resolutions]);
  const today = todayIso();
  const options = useMemo(() => {
    const rules = new Set<string>();
    const towns = new Set<string>();
    const deps = new Set<string>();
    for (const c of conflicts) {
      rules.add(c.ruleId);
      if (c.town) towns.add(c.town.name);
      for (const p of [c.subject, c.object]) if (p) deps.add(departmentOf(workspace, p.planId));
    }
    return { rules: [...rules].sort(), towns: [...towns].sort(), deps: [...deps].filter(Boolean).sort() };
  }, [conflicts, workspace]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT_PX, overscan: 10 });

  return (
    <div className="conflict-list" data-testid="conflict-list">
      <div className="filters">
        <select aria-label={t('severity')} value={filters.severity} onChange={(e) => setFilters({ severity: e.target.value as Severity | '' })}>
          <option value="">{t('severity')}: {t('all')}</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>{t(s)}</option>
          ))}
        </select>
        <select aria-label={t('rule')} value={filters.ruleId} onChange={(e) => setFilters({ ruleId: e.target.value })}>
          <option value="">{t('rule')}: {t('all')}</option>
          {options.rules.map((r) => <option key={r} value={r}>{r}</option>)}
        </select>
        <select aria-label={t('departments')} value={filters.department} onChange={(e) => setFilters({ department: e.target.value })}>
          <option value="">{t('departments')}: {t('all')}</option>
          {options.deps.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <select aria-label={t('town')} value={filters.town} onChange={(e) => setFilters({ town: e.target.value })}>
          <option value="">{t('town')}: {t('all')}</option>
          {options.towns.map((d) => <option key={d} value={d}>{d}</option>)}
        </select>
        <select aria-label={t('status')} value={filters.status} onChange={(e) => setFilters({ status: e.target.value as ConflictFilters['status'] })}>
          <option value="">{t('status')}: {t('all')}</option>
          {CONFLICT_STATUSES.map((s) => (
            <option key={s} value={s}>{CONFLICT_STATUS_LABEL[s][language]}</option>
          ))}
        </select>
        <input type="search" placeholder={t('search')} value={filters.search} onChange={(e) => setFilters({ search: e.target.value })} data-testid="conflict-search" />
        <span className="count" data-testid="conflict-count">{rows.length} / {conflicts.length}</span>
      </div>
      <div className="conflict-head">
        <span className="c-sev">{t('severity')}</span>
        <span className="c-rule">{t('rule')}</span>
        <span className="c-parties">{t('departments')}</span>
        <span className="c-area">{t('area')} ({t('hectare')} / {t('mu')})</span>
        <span className="c-town">{t('town')}</span>
        <span className="c-status">{t('status')}</span>
      </div>
      <div ref={scrollRef} className="conflict-scroll">
        {!checked ? (
          <div className="placeholder">{t('notChecked')}</div>
        ) : rows.length === 0 ? (
          <div className="placeholder">{t('noConflicts')}</div>
        ) : (
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const c = rows[item.index]!;
              const area = c.measure.areaM2;
              return (
                <div
                  key={c.key}
                  className={`conflict-row sev-${c.severity} ${c.key === selectedKey ? 'selected' : ''}`}
                  data-testid="conflict-row"
                  data-conflict-key={c.key}
                  data-rule={c.ruleId}
                  style={{ position: 'absolute', top: 0, transform: `translateY(${item.start}px)`, height: ROW_HEIGHT_PX, width: '100%' }}
                  onClick={() => selectConflict(c.key)}
                >
                  <span className="c-sev"><span className={`badge sev-${c.severity}`}>{t(c.severity)}</span></span>
                  <span className="c-rule" title={language === 'en' && c.messageEn ? c.messageEn : c.message}>{c.ruleId} {language === 'en' && c.messageEn ? c.messageEn : c.title}</span>
                  <span className="c-parties">
                    {departmentOf(workspace, c.subject?.planId)} {c.subject?.name ?? c.subject?.bsm ?? ''}
                    {c.object ? ` × ${departmentOf(workspace, c.object.planId)} ${c.object.name ?? c.object.bsm ?? ''}` : ''}
                  </span>
                  <span className="c-area">
                    {area !== undefined ? `${(area / 10000).toFixed(4)} / ${(area / M2_PER_MU).toFixed(2)}` : c.measure.lengthM !== undefined ? `${c.measure.lengthM.toFixed(1)} m` : '—'}
                  </span>
                  <span className="c-town">{c.town?.name ?? ''}</span>
                  <StatusCell status={conflictStatusOf(c, staleKeys, resolutions, today)} language={language} />
                </div>
              );
            })}
          </div>
        )}
      </div>
    </div>
  );
}

function StatusCell({ status, language }: { status: ConflictStatus; language: 'zh' | 'en' }) {
  return (
    <span className="c-status" data-status={status}>
      {CONFLICT_STATUS_LABEL[status][language]}
    </span>
  );
}
