import { describe, expect, it } from 'vitest';
import { autoMapFields } from '../../../../engine/import/mapping/autoMapFields.ts';
import { coerceFieldValue } from '../../../../engine/import/mapping/coerceFieldValue.ts';
import { fieldOf } from '../../../../engine/model/fieldSchema.ts';

describe('autoMapFields', () => {
  it('maps national keys in any case and Chinese aliases from the schema', () => {
    const m = autoMapFields(['bsm', '用地用海分类代码', '行政区名称', '面积', '其他'], 'GHYDYH');
    expect(m.columns).toEqual({ bsm: 'BSM', 用地用海分类代码: 'YDYHFLDM', 行政区名称: 'XZQMC', 面积: 'MJ' });
    expect(m.basis).toEqual({ bsm: 'key', 用地用海分类代码: 'alias', 行政区名称: 'alias', 面积: 'alias' });
    expect(m.unmappedColumns).toEqual(['其他']);
    expect(m.missingRequired).toEqual([]);
  });

  it('lets the user mapping win, drop a column with null, and reports unknown targets', () => {
    const m = autoMapFields(['编号', 'BSM', '代码', '备注'], 'GHYDYH', { 编号: 'BSM', BSM: null, 代码: 'YDYHFLDM', 备注: 'NOPE' });
    expect(m.columns).toEqual({ 编号: 'BSM', 代码: 'YDYHFLDM' });
    expect(m.unknownTargets).toEqual(['NOPE']);
  });

  it('fills each field from one column only and lists missing required fields', () => {
    const m = autoMapFields(['标识码', 'BSM'], 'GHYDYH');
    expect(m.columns).toEqual({ 标识码: 'BSM' });
    expect(m.missingRequired).toEqual(['YDYHFLDM']);
  });

  it('lists columns named after Object.prototype members as unmapped instead of dropping them unseen', () => {
    const m = autoMapFields(['BSM', '__proto__', 'constructor', 'toString', 'YDYHFLDM'], 'GHYDYH');
    expect(m.unmappedColumns).toEqual(['__proto__', 'constructor', 'toString']);
    expect(Object.keys(m.columns)).toEqual(['BSM', 'YDYHFLDM']);
  });

  it('maps a user-chosen "__proto__" column as an own entry, leaving the prototype alone', () => {
    // An object literal with __proto__ sets the prototype, so build the override as JSON would.
    const overrides = JSON.parse('{"__proto__":"BSM"}') as Record<string, string>;
    const mapped = autoMapFields(['__proto__', 'YDYHFLDM'], 'GHYDYH', overrides);
    expect(Object.entries(mapped.columns)).toEqual([
      ['__proto__', 'BSM'],
      ['YDYHFLDM', 'YDYHFLDM'],
    ]);
    expect(Object.getPrototypeOf(mapped.columns)).toBe(Object.prototype);
    expect(mapped.unmappedColumns).toEqual([]);
  });
});

describe('coerceFieldValue', () => {
  const code = fieldOf('GHYDYH', 'YDYHFLDM')!;
  const area = fieldOf('GHYDYH', 'MJ')!;
  const flag = fieldOf('GYXM', 'SFZDXM')!;
  it('restores the leading zero of a code a numeric column lost', () => {
    expect(coerceFieldValue(103, code)).toEqual({ ok: true, value: '0103' });
    expect(coerceFieldValue(100102, code)).toEqual({ ok: true, value: '100102' });
  });
  it('reads numbers from numeric text and refuses words', () => {
    expect(coerceFieldValue('1,234.5', area)).toEqual({ ok: true, value: 1234.5 });
    expect(coerceFieldValue('很大', area)).toEqual({ ok: false, found: '很大' });
  });
  it('reads booleans from 是/否, Y/N and 1/0', () => {
    expect(coerceFieldValue('是', flag)).toEqual({ ok: true, value: true });
    expect(coerceFieldValue('N', flag)).toEqual({ ok: true, value: false });
    expect(coerceFieldValue(1, flag)).toEqual({ ok: true, value: true });
    expect(coerceFieldValue('也许', flag)).toEqual({ ok: false, found: '也许' });
  });
  it('turns blank text into null', () => {
    expect(coerceFieldValue('  ', code)).toEqual({ ok: true, value: null });
  });
});
