// Pure. indicatorValueText(value, unit, t) → "9738.1000 公顷": a fixed number of decimals per unit, trailing zeros
// kept, so a column of values lines up and reads as the conflict list and the reports give them (hectares 4
// decimals, formatArea's hectaresText; percentages 2; ratios 4).
import type { IndicatorUnit } from '../../../engine/indicators/index.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { hectaresText } from '../formatArea.ts';

const UNIT_KEY = { ha: 'hectare', percent: 'dashboardUnitPercent', ratio: 'dashboardUnitRatio' } as const satisfies Record<
  IndicatorUnit,
  MessageKey
>;

export function indicatorValueText(value: number, unit: IndicatorUnit, t: (key: MessageKey) => string): string {
  const digits = unit === 'ha' ? hectaresText(value) : value.toFixed(unit === 'percent' ? 2 : 4);
  return `${digits} ${t(UNIT_KEY[unit])}`;
}
