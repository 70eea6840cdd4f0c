import { describe, expect, it } from 'vitest';
import sandiaoTable from '../../../schemas/codes/sandiao-2017.json' with { type: 'json' };
import { codeInfo, isKnownCode, needsManualMapping, sandiaoToYdyh, ydyhGroup } from '../../../engine/model/codes.ts';

describe('code tables', () => {
  it('keeps the 1001 trap apart: 用地用海 工业用地 vs 三调 铁路用地', () => {
    expect(codeInfo('ydyh2023', '1001')?.name).toBe('工业用地');
    expect(codeInfo('sandiao', '1001')?.name).toBe('铁路用地');
    expect(sandiaoToYdyh('1001')).toBe('1201');
  });

  it('knows codes per classification', () => {
    expect(isKnownCode('ydyh2023', '100102')).toBe(true);
    expect(isKnownCode('sandiao', '100102')).toBe(false);
    expect(isKnownCode('ydyh2023', '1009')).toBe(false);
    expect(isKnownCode('sandiao', '1009')).toBe(true);
  });

  it('groups 用地用海 codes for rules', () => {
    expect(ydyhGroup('100103')).toBe('construction');
    expect(ydyhGroup('0103')).toBe('agricultural');
    expect(ydyhGroup('1704')).toBe('agricultural');
    expect(ydyhGroup('17')).toBe('ecological-other');
    expect(ydyhGroup('9999')).toBeUndefined();
  });

  it('marks 三调 codes that need a person to map', () => {
    expect(needsManualMapping('1002')).toBe(true);
    expect(sandiaoToYdyh('1002')).toBeUndefined();
  });

  it('names every 三调 code in English too, without Chinese, and 1001 as railway land', () => {
    expect(sandiaoTable.codes).toHaveLength(68);
    for (const { code } of sandiaoTable.codes) expect(codeInfo('sandiao', code)?.nameEn).toMatch(/^[A-Z][A-Za-z ,-]+$/);
    expect(codeInfo('sandiao', '1001')?.nameEn).toBe('Railway land');
    expect(codeInfo('ydyh2023', '1001')?.nameEn).toBe('Industrial land');
  });
});
