// A bar chart: each territory-wide indicator's value as a percentage of its 下达 target, the target marked at
// 100 %, the bar coloured by status. Bars beyond 150 % are cut at the edge and say so. Laid out by CSS (a grid in
// coordinator.css), not SVG: a name wraps inside its column in either language ("Urban development boundary
// expansion ratio" is three times as wide as 城镇开发边界扩展倍数), where a fixed SVG column cut it off on the left.
import type { CSSProperties } from 'react';
import type { IndicatorStatus } from '../../../engine/indicators/index.ts';
import type { DashboardRow } from './dashboardRows.ts';
import { message } from '../../i18n/message.ts';

const MAX_PERCENT = 150;
export const STATUS_COLOUR: Record<IndicatorStatus, string> = {
  met: '#2e7d32',
  atRisk: '#ef8f00',
  violated: '#c62828',
  noTarget: '#8a949e',
};

/** A share of the bar track in CSS percent. */
const trackPercent = (percent: number) => `${((Math.min(Math.max(percent, 0), MAX_PERCENT) / MAX_PERCENT) * 100).toFixed(2)}%`;

export function IndicatorChart({
  rows,
  zh,
  statusLabel,
}: {
  rows: readonly DashboardRow[];
  zh: boolean;
  statusLabel: (r: DashboardRow) => string;
}) {
  if (rows.length === 0) return null;
  // The target's dashed line runs down the track column at 100 %.
  const style = { '--indicator-target': trackPercent(100) } as CSSProperties;
  return (
    <div
      className="indicator-chart"
      data-testid="indicator-chart"
      role="img"
      aria-label={message(zh ? 'zh' : 'en', 'indicatorChartLabel')}
      style={style}
    >
      {rows.map((r) => {
        const percent = r.percentOfTarget ?? 0;
        const name = zh ? r.nameZh : r.nameEn;
        return (
          <div
            key={r.id}
            className="indicator-chart-row"
            data-indicator={r.indicator}
            title={`${name}: ${percent.toFixed(1)} % · ${statusLabel(r)}`}
          >
            <span className="indicator-chart-label">{name}</span>
            <span className="indicator-chart-track">
              <span className="indicator-chart-bar" style={{ width: trackPercent(percent), background: STATUS_COLOUR[r.status] }} />
            </span>
            <span className="indicator-chart-value">
              {percent > MAX_PERCENT ? '>' : ''}
              {Math.min(percent, 999).toFixed(0)}%
            </span>
          </div>
        );
      })}
      <div className="indicator-chart-row indicator-chart-axis">
        <span />
        <span className="indicator-chart-track">
          <span className="indicator-chart-target">{message(zh ? 'zh' : 'en', 'indicatorChartTarget')}</span>
        </span>
        <span />
      </div>
    </div>
  );
}
