import { describe, expect, it } from 'vitest';
import { indicatorValueText } from '../../../../renderer/components/dashboard/indicatorValueText.ts';
import { formatArea } from '../../../../renderer/components/formatArea.ts';
import { message } from '../../../../renderer/i18n/message.ts';

const t = (key: Parameters<typeof message>[1]) => message('zh', key);

describe('indicatorValueText', () => {
  it('keeps the trailing zeros: hectares with 4 decimals, as the conflict list and the reports give them', () => {
    expect(indicatorValueText(9738.1, 'ha', t)).toBe('9738.1000 公顷');
    expect(indicatorValueText(12, 'ha', t)).toBe('12.0000 公顷');
    // The same figure as formatArea gives the same area in m².
    expect(formatArea(97_381_000, t).startsWith(indicatorValueText(9738.1, 'ha', t))).toBe(true);
  });

  it('gives percentages 2 decimals and ratios 4, zeros kept', () => {
    expect(indicatorValueText(35.5, 'percent', t)).toBe(`35.50 ${message('zh', 'dashboardUnitPercent')}`);
    expect(indicatorValueText(1.2, 'ratio', t)).toBe(`1.2000 ${message('zh', 'dashboardUnitRatio')}`);
  });
});
