import { describe, expect, it } from 'vitest';
import { indicatorStatusKey } from '../../../../renderer/components/dashboard/indicatorStatusKey.ts';
import { en, zh } from '../../../../renderer/i18n/dictionary.ts';

describe('indicatorStatusKey', () => {
  it('calls a floor that is not met 未达标 / Below minimum, and a passed ceiling 超标 / Over limit', () => {
    expect(zh[indicatorStatusKey('violated', '>=')]).toBe('未达标');
    expect(en[indicatorStatusKey('violated', '>=')]).toBe('Below minimum');
    expect(zh[indicatorStatusKey('violated', '<=')]).toBe('超标');
    expect(en[indicatorStatusKey('violated', '<=')]).toBe('Over limit');
  });

  it('keeps 达标, 临界 and 无目标 whatever the direction', () => {
    for (const direction of ['>=', '<='] as const) {
      expect(zh[indicatorStatusKey('met', direction)]).toBe('达标');
      expect(zh[indicatorStatusKey('atRisk', direction)]).toBe('临界');
      expect(zh[indicatorStatusKey('noTarget', direction)]).toBe('无目标');
    }
  });
});
