import { describe, expect, it } from 'vitest';
import { codedValueEn, fieldsOfLayer, GRADE_SYMBOLS, LAYERS, partyNameEn } from '../../../engine/model/index.ts';
import type { LayerCode } from '../../../engine/model/index.ts';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;

describe('codedValueEn', () => {
  it('names an enumerated value in English by the schema', () => {
    expect(codedValueEn('GYXM', 'GYLX', '一类工业')).toBe('Class 1 industry');
    expect(codedValueEn('GYXM', 'GYLX', '非工业')).toBe('Non-industrial');
    expect(codedValueEn('ZRBHD', 'GNFQ', '缓冲区')).toBe('Buffer zone');
    expect(codedValueEn('CZKFBJ', 'GHFQMC', '特别用途区')).toBe('Special-use zone');
  });

  it('names a stored class name by the code table of the plan, or of 三调 for DLMC', () => {
    expect(codedValueEn('GHYDYH', 'YDYHFLMC', '一类工业用地')).toBe('Class 1 industrial land');
    expect(codedValueEn('GHYDYH', 'YDYHFLMC', '铁路用地', 'sandiao')).toMatch(/^Railway/);
    expect(codedValueEn('YJJBNT', 'DLMC', '水田')).toBe('Paddy field');
  });

  it('leaves values no table codes as they are: user names, unknown values, codes and non-strings', () => {
    expect(codedValueEn('GYXM', 'XMMC', '一类工业')).toBeUndefined();
    expect(codedValueEn('GYXM', 'GYLX', '四类工业')).toBeUndefined();
    expect(codedValueEn('GHYDYH', 'YDYHFLMC', '不存在的地类')).toBeUndefined();
    expect(codedValueEn('GHYDYH', 'YDYHFLDM', '100101')).toBeUndefined();
    expect(codedValueEn('GYXM', 'GYLX', null)).toBeUndefined();
    expect(codedValueEn('GYXM', 'GYLX', '')).toBeUndefined();
  });

  it('has an English name without Chinese for every Chinese enumerated value of every layer', () => {
    for (const layer of LAYERS.map((l) => l.code) as LayerCode[])
      for (const field of fieldsOfLayer(layer)) {
        if (!field.enum?.some((v) => CJK.test(v))) continue;
        expect(field.enumEn?.length, `${layer}.${field.key}`).toBe(field.enum.length);
        for (const v of field.enum) expect(CJK.test(codedValueEn(layer, field.key, v) ?? '中'), `${layer}.${field.key} ${v}`).toBe(false);
      }
  });

  it('names road grades as the legend does', () => {
    for (const [grade, symbol] of Object.entries(GRADE_SYMBOLS)) expect(codedValueEn('JTXL', 'DJ', grade), grade).toBe(symbol.nameEn);
  });
});

describe('partyNameEn', () => {
  it('names a conflict side by its coded name field, and only where the layer has that field', () => {
    expect(partyNameEn('YJJBNT', '水浇地')).toBe('Irrigated land');
    expect(partyNameEn('CZKFBJ', '城镇集中建设区')).toBe('Concentrated urban construction zone');
    expect(partyNameEn('GHYDYH', '一类工业用地')).toBe('Class 1 industrial land');
    expect(partyNameEn('GYXM', '一类工业用地')).toBeUndefined();
    expect(partyNameEn('YJJBNT', null)).toBeUndefined();
  });
});
