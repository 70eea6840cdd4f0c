// A bar chart in plain SVG: each territory-wide indicator's value as a percentage of its 下达 target, the
// target marked at 100 %, the bar coloured by status. Bars beyond 150 % are cut at the edge and say so.
import type { IndicatorStatus } from '../../../engine/indicators/index.ts';
import type { DashboardRow } from './dashboardRows.ts';
import { message } from '../../i18n/message.ts';

const ROW_PX = 22;
const LABEL_PX = 120;
const BAR_PX = 150;
const MAX_PERCENT = 150;
export const STATUS_COLOUR: Record<IndicatorStatus, string> = {
  met: '#2e7d32',
  atRisk: '#ef8f00',
  violated: '#c62828',
  noTarget: '#8a949e',
};

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
  const width = LABEL_PX + BAR_PX + 60;
  const targetX = LABEL_PX + (100 / MAX_PERCENT) * BAR_PX;
  return (
    <svg
      className="indicator-chart"
      data-testid="indicator-chart"
      width={width}
      height={rows.length * ROW_PX + 16}
      role="img"
      aria-label={message(zh ? 'zh' : 'en', 'indicatorChartLabel')}
    >
      {rows.map((r, i) => {
        const percent = r.percentOfTarget ?? 0;
        const barPx = (Math.min(percent, MAX_PERCENT) / MAX_PERCENT) * BAR_PX;
        const y = i * ROW_PX + 4;
        return (
          <g key={r.id} data-indicator={r.indicator}>
            <title>{`${zh ? r.nameZh : r.nameEn}: ${percent.toFixed(1)} % · ${statusLabel(r)}`}</title>
            <text x={LABEL_PX - 4} y={y + 13} textAnchor="end" fontSize="11">
              {zh ? r.nameZh : r.nameEn}
            </text>
            <rect x={LABEL_PX} y={y + 3} width={barPx} height={ROW_PX - 8} fill={STATUS_COLOUR[r.status]} />
            <text x={LABEL_PX + barPx + 4} y={y + 13} fontSize="10">
              {percent > MAX_PERCENT ? '>' : ''}
              {Math.min(percent, 999).toFixed(0)}%
            </text>
          </g>
        );
      })}
      <line x1={targetX} x2={targetX} y1={0} y2={rows.length * ROW_PX + 8} stroke="#333" strokeDasharray="3 2" />
      <text x={targetX} y={rows.length * ROW_PX + 15} fontSize="10" textAnchor="middle">
        {message(zh ? 'zh' : 'en', 'indicatorChartTarget')}
      </text>
    </svg>
  );
}
