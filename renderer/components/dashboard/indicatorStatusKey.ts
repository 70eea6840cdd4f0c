// Pure. indicatorStatusKey(status, direction) → the catalogue key of an indicator's status: a floor (≥) that is not
// met reads 未达标 ("Below minimum"), a ceiling (≤) that is passed reads 超标 ("Over limit"), as a planner says it.
import type { IndicatorStatus, TargetDirection } from '../../../engine/indicators/index.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';

export function indicatorStatusKey(status: IndicatorStatus, direction: TargetDirection): MessageKey {
  switch (status) {
    case 'met':
      return 'indicatorMet';
    case 'atRisk':
      return 'indicatorAtRisk';
    case 'violated':
      return direction === '>=' ? 'indicatorBelowFloor' : 'indicatorOverCeiling';
    case 'noTarget':
      return 'indicatorNoTarget';
  }
}
