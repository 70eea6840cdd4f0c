// The 用地用海 code picker lists each code with its name in the chosen language, and finds a code by its
// English name as well as by its code or Chinese name.
import { describe, expect, it } from 'vitest';
import { ydyhOptions } from '../../../renderer/inspector/ydyhOptions.ts';

const CJK = /[\u3400-\u9fff]/;

describe('ydyhOptions', () => {
  it('labels every code with its English name in English', () => {
    const all = ydyhOptions('', 'en');
    expect(all.length).toBe(50);
    for (const o of all) expect(o.label, o.label).not.toMatch(CJK);
    const industry = ydyhOptions('1001', 'en');
    expect(industry).toContainEqual({ value: '1001', label: '1001 Industrial land' });
    expect(industry).toContainEqual({ value: '100101', label: '100101 Class 1 industrial land' });
    expect(ydyhOptions('16', 'en').find((o) => o.value === '16')!.label).not.toMatch(CJK);
  });

  it('labels them with the Chinese name in Chinese', () => {
    expect(ydyhOptions('1001', 'zh')).toContainEqual({ value: '1001', label: '1001 工业用地' });
  });

  it('finds a code by its English name in any case, or by its Chinese name', () => {
    expect(ydyhOptions('industrial land', 'en').map((o) => o.value)).toContain('1001');
    expect(ydyhOptions('工业用地', 'en').map((o) => o.value)).toContain('1001');
  });
});
