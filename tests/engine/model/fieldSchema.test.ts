import { describe, expect, it } from 'vitest';
import { fieldForAlias, fieldOf, fieldsOfLayer, fieldTitle } from '../../../engine/model/fieldSchema.ts';
import { LAYERS } from '../../../engine/model/layers.ts';

describe('fieldSchema', () => {
  it('gives every layer a required BSM and a Chinese title and description for every field', () => {
    for (const layer of LAYERS) {
      const fields = fieldsOfLayer(layer.code);
      expect(fields.find((f) => f.key === 'BSM')?.required).toBe(true);
      for (const f of fields) {
        expect(f.title, `${layer.code}.${f.key}`).toMatch(/[\u4e00-\u9fff]/);
        expect(f.description.length, `${layer.code}.${f.key}`).toBeGreaterThan(0);
      }
    }
  });

  it('reads enums without null and marks optional fields', () => {
    const gylx = fieldOf('GYXM', 'GYLX');
    expect(gylx?.required).toBe(true);
    expect(gylx?.enum).toEqual(['一类工业', '二类工业', '三类工业', '非工业']);
    const jb = fieldOf('ZRBHD', 'JB');
    expect(jb?.required).toBe(false);
    expect(jb?.enum).toEqual(['国家级', '省级', '市县级']);
    expect(fieldOf('JTXL', 'KD')?.exclusiveMinimum).toBe(0);
  });

  it('maps Chinese and legacy column names to national field names', () => {
    expect(fieldForAlias('GHYDYH', '用地用海分类代码')?.key).toBe('YDYHFLDM');
    expect(fieldForAlias('GHYDYH', '规划地类代码')?.key).toBe('YDYHFLDM');
    expect(fieldForAlias('GHYDYH', '面积')?.key).toBe('MJ');
    expect(fieldForAlias('GYXM', '项目名称')?.key).toBe('XMMC');
    expect(fieldForAlias('GYXM', 'xmmc')?.key).toBe('XMMC');
    expect(fieldForAlias('GHYDYH', 'SHAPE_Area')).toBeUndefined();
    expect(fieldForAlias('GHYDYH', 'DLBM')).toBeUndefined();
  });

  it('has no MJ on lines and returns the key for unknown fields', () => {
    expect(fieldOf('JTXL', 'MJ')).toBeUndefined();
    expect(fieldTitle('GHYDYH', 'YDYHFLDM')).toBe('用地用海分类代码');
    expect(fieldTitle('GHYDYH', 'FOO')).toBe('FOO');
  });

  it('gives every field of every layer an English title (x-titleEn) and every pattern its words in both languages', () => {
    for (const layer of LAYERS) {
      for (const f of fieldsOfLayer(layer.code)) {
        expect(f.titleEn, `${layer.code}.${f.key}`).toMatch(/^[A-Z][A-Za-z ,/-]+$/);
        if (f.pattern !== undefined) {
          expect(f.formatZh, `${layer.code}.${f.key}`).toMatch(/[\u4e00-\u9fff]/);
          expect(f.formatEn, `${layer.code}.${f.key}`).toMatch(/^[a-z0-9]/);
        }
      }
    }
  });
});
