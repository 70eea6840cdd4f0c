// Pure. dashboardRows(values, options) → the rows the indicator dashboard shows, in the engine's order
// (catalogue order, the whole territory first, then towns): every indicator with a 下达 target — for the
// territory and for each town where the targets file has one — plus, on request, the territory-wide values
// without a target. Each row carries its value as a share of the target for the chart.
import { indicatorDefinition } from '../../../engine/indicators/index.ts';
import type { IndicatorStatus, IndicatorUnit, IndicatorValue, TargetDirection } from '../../../engine/indicators/index.ts';

export interface DashboardRow {
  /** `<indicator>|<town code or "all">`: stable across recomputations. */
  id: string;
  indicator: IndicatorValue['indicator'];
  nameZh: string;
  nameEn: string;
  /** null for the whole territory. */
  townCode: string | null;
  townName: string | null;
  value: number;
  unit: IndicatorUnit;
  direction: TargetDirection;
  target?: number;
  gap?: number;
  status: IndicatorStatus;
  demo: boolean;
  /** value / target in percent; undefined without a target or with a target of 0. */
  percentOfTarget?: number;
}

export interface DashboardSummary {
  met: number;
  atRisk: number;
  violated: number;
}

export function dashboardRows(values: readonly IndicatorValue[], options: { withoutTargets?: boolean } = {}): DashboardRow[] {
  return values
    .filter((v) => v.target !== undefined || (options.withoutTargets === true && v.townCode === null))
    .map((v) => {
      const def = indicatorDefinition(v.indicator);
      return {
        id: `${v.indicator}|${v.townCode ?? 'all'}`,
        indicator: v.indicator,
        nameZh: def.nameZh,
        nameEn: def.nameEn,
        townCode: v.townCode,
        townName: v.townName,
        value: v.value,
        unit: v.unit,
        direction: v.direction,
        ...(v.target !== undefined ? { target: v.target } : {}),
        ...(v.gap !== undefined ? { gap: v.gap } : {}),
        status: v.status,
        demo: v.demo === true,
        ...(v.target !== undefined && v.target !== 0 ? { percentOfTarget: (v.value / v.target) * 100 } : {}),
      };
    });
}

export function dashboardSummary(rows: readonly DashboardRow[]): DashboardSummary {
  const summary = { met: 0, atRisk: 0, violated: 0 };
  for (const r of rows) if (r.status !== 'noTarget') summary[r.status] += 1;
  return summary;
}
