// The indicator dashboard: the engine's indicators (engine/indicators) with their 下达 targets and status
// (达标 / 临界 / 超标), for the territory and per town where targets exist, as a table and a bar chart of each
// value against its target. Recomputed after every change of the workspace (debounced); one cache is kept
// across computations so that after an edit only the changed features are measured again.
import { useEffect, useMemo, useRef, useState } from 'react';
import { computeIndicators } from '../../../engine/indicators/index.ts';
import { createIndicatorCache } from '../../../engine/indicators/index.ts';
import type { IndicatorValue } from '../../../engine/indicators/index.ts';
import { useEditor, useT } from '../../app/StoreContext.tsx';
import { errorText } from '../../i18n/describeError.ts';
import { message } from '../../i18n/message.ts';
import { planDocumentOf } from '../../store/applyCommand.ts';
import { geometryPortOnce } from '../../services/blueprint/geometryPortOnce.ts';
import { dashboardRows, dashboardSummary, type DashboardRow } from './dashboardRows.ts';
import { IndicatorChart } from './IndicatorChart.tsx';
import { indicatorStatusKey } from './indicatorStatusKey.ts';
import { indicatorValueText } from './indicatorValueText.ts';

const RECOMPUTE_DELAY_MS = 250;

export function IndicatorDashboard() {
  const t = useT();
  const zh = useEditor((s) => s.language) === 'zh';
  const workspace = useEditor((s) => s.workspace);
  const [values, setValues] = useState<IndicatorValue[] | null>(null);
  const [computedRevision, setComputedRevision] = useState(-1);
  const revision = useEditor((s) => s.workspaceRevision);
  // The failure itself, worded at render time so a language switch rewords it without recomputing.
  const [error, setError] = useState<unknown>(null);
  const [withoutTargets, setWithoutTargets] = useState(false);
  const cache = useRef(createIndicatorCache());

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        try {
          const port = await geometryPortOnce();
          if (!live) return;
          const plans = workspace.planOrder.map((id) => planDocumentOf(workspace.plans.get(id)!));
          const next = computeIndicators(plans, workspace.targets, port, { cache: cache.current });
          if (!live) return;
          setValues(next);
          setComputedRevision(revision);
          setError(null);
        } catch (e) {
          if (live) setError(e);
        }
      })();
    }, RECOMPUTE_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [workspace, revision]);

  const rows = useMemo(() => (values ? dashboardRows(values, { withoutTargets }) : []), [values, withoutTargets]);
  const summary = dashboardSummary(rows);
  const fmt = (r: DashboardRow, v: number) => indicatorValueText(v, r.unit, t);

  if (error !== null)
    return (
      <p role="alert" className="resolve-errors">
        {message(zh ? 'zh' : 'en', 'dashboardFailed', { reason: errorText(error, zh ? 'zh' : 'en', 'indicators') })}
      </p>
    );
  if (!values)
    return (
      <p className="placeholder" data-testid="dashboard-computing">
        {t('indicatorComputing')}
      </p>
    );
  return (
    <div
      className="dashboard"
      data-testid="dashboard"
      data-revision={computedRevision}
      data-current={computedRevision === revision ? 'true' : 'false'}
    >
      <p className="dashboard-summary" data-testid="dashboard-summary">
        <span className="status-met">
          {t('indicatorMet')} {summary.met}
        </span>{' '}
        ·{' '}
        <span className="status-atRisk">
          {t('indicatorAtRisk')} {summary.atRisk}
        </span>{' '}
        ·{' '}
        <span className="status-violated">
          {t('indicatorViolated')} {summary.violated}
        </span>
        {computedRevision !== revision && <em> · {t('indicatorComputing')}</em>}
      </p>
      {!workspace.targets && <p className="placeholder">{t('indicatorNoTargets')}</p>}
      <IndicatorChart
        rows={rows.filter((r) => r.townCode === null && r.percentOfTarget !== undefined)}
        zh={zh}
        statusLabel={(r) => t(indicatorStatusKey(r.status, r.direction))}
      />
      <label className="dashboard-toggle">
        <input type="checkbox" checked={withoutTargets} onChange={(e) => setWithoutTargets(e.target.checked)} /> {t('indicatorShowAll')}
      </label>
      <table className="dashboard-table">
        <thead>
          <tr>
            <th>{t('indicatorName')}</th>
            <th>{t('indicatorScope')}</th>
            <th>{t('indicatorValue')}</th>
            <th>{t('indicatorTarget')}</th>
            <th>{t('indicatorStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`indicator-${r.id}`} data-status={r.status} data-value={r.value}>
              <td>{zh ? r.nameZh : r.nameEn}</td>
              <td>{r.townName ? <span data-user-text="">{r.townName}</span> : t('indicatorTerritory')}</td>
              <td className="num">{fmt(r, r.value)}</td>
              <td className="num">
                {r.target !== undefined ? `${r.direction === '>=' ? '≥' : '≤'} ${fmt(r, r.target)}` : '—'}
                {r.demo ? <sup title={t('indicatorDemo')}>*</sup> : null}
              </td>
              <td className={`status-${r.status}`}>{t(indicatorStatusKey(r.status, r.direction))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
