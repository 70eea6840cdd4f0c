import { describe, expect, it } from 'vitest';
import { derivedClassNames, derivedNameFields } from '../../../engine/model/derivedClassNames.ts';

describe('derivedClassNames', () => {
  it('renames the class when the code changes: 0103 旱地 → 0101 水田', () => {
    const before = { BSM: 'a', YDYHFLDM: '0103', YDYHFLMC: '旱地' };
    const after = { ...before, YDYHFLDM: '0101' };
    expect(derivedClassNames('GHYDYH', before, after, 'ydyh2023')).toEqual({ BSM: 'a', YDYHFLDM: '0101', YDYHFLMC: '水田' });
    expect(after.YDYHFLMC).toBe('旱地');
  });

  it('reads the code in the plan’s classification: 1001 is 工业用地 in 用地用海 and 铁路用地 in 三调', () => {
    const before = { YDYHFLDM: '0103', YDYHFLMC: '旱地' };
    const after = { ...before, YDYHFLDM: '1001' };
    expect(derivedClassNames('GHYDYH', before, after, 'ydyh2023')?.YDYHFLMC).toBe('工业用地');
    expect(derivedClassNames('GHYDYH', before, after, 'sandiao')?.YDYHFLMC).toBe('铁路用地');
  });

  it('names DLBM by the 三调 table whatever the plan’s classification', () => {
    const before = { DLBM: '0103', DLMC: '旱地' };
    expect(derivedClassNames('YJJBNT', before, { ...before, DLBM: '1001' }, 'ydyh2023')?.DLMC).toBe('铁路用地');
  });

  it('removes the name when the code is cleared or not in the table', () => {
    const before = { YDYHFLDM: '0103', YDYHFLMC: '旱地' };
    expect(derivedClassNames('GHYDYH', before, { YDYHFLMC: '旱地' }, 'ydyh2023')).toEqual({});
    expect(derivedClassNames('GHYDYH', before, { ...before, YDYHFLDM: '9999' }, 'ydyh2023')).toEqual({ YDYHFLDM: '9999' });
  });

  it('leaves the name alone when the code did not change, and returns null when nothing changes', () => {
    const before = { YDYHFLDM: '0103', YDYHFLMC: '旱地（原始）', BZ: 'x' };
    expect(derivedClassNames('GHYDYH', before, { ...before, BZ: 'y' }, 'ydyh2023')).toBeNull();
    const named = { YDYHFLDM: '0103', YDYHFLMC: '旱地' };
    expect(derivedClassNames('GHYDYH', { YDYHFLDM: '0101', YDYHFLMC: '水田' }, named, 'ydyh2023')).toBeNull();
  });

  it('lists the name fields a layer derives, and none for a layer without the pair', () => {
    expect(derivedNameFields('GHYDYH')).toEqual(['YDYHFLMC']);
    expect(derivedNameFields('YJJBNT')).toEqual(['DLMC']);
    expect(derivedNameFields('CZKFBJ')).toEqual([]);
  });
});
