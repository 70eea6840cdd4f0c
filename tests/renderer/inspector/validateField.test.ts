import { describe, expect, it } from 'vitest';
import { validateField } from '../../../renderer/inspector/validateField.ts';
import { fieldSpecsFor } from '../../../renderer/inspector/fieldSpecsFor.ts';

describe('fieldSpecsFor and validateField', () => {
  const specs = fieldSpecsFor('GYXM', { BSM: '419001000010000001', EXTRA: 3 });
  const spec = (name: string) => specs.find((s) => s.name === name)!;

  it('takes fields, titles, required flags and enums from the plan schema, then extra attributes', () => {
    expect(spec('XMMC').title).toBe('项目名称');
    expect(spec('XMMC').required).toBe(true);
    expect(spec('GYLX').enum).toContain('三类工业');
    expect(spec('YDYHFLDM').codeTable).toBe('ydyh2023');
    expect(spec('EXTRA').type).toBe('number');
    expect(specs.at(-1)!.name).toBe('EXTRA');
  });

  it('says what was expected and what was found, in Chinese or English', () => {
    const codes = new Set(['1001', '100102']);
    expect(validateField(spec('XMMC'), '', 'zh')).toEqual({ ok: false, message: '项目名称（XMMC）为必填项，当前为空。' });
    expect(validateField(spec('GYLX'), '四类工业', 'zh')).toMatchObject({ ok: false });
    expect(validateField(spec('YDYHFLDM'), '9999', 'en', codes)).toEqual({
      ok: false,
      message: 'Land and sea use code (YDYHFLDM) "9999" is not in the code table: pick one from the list.',
    });
    expect(validateField(spec('YDYHFLDM'), '100102', 'zh', codes)).toEqual({ ok: true, value: '100102' });
    expect(validateField(spec('EXTRA'), 'abc', 'zh')).toMatchObject({ ok: false });
    expect(validateField(spec('EXTRA'), '12.5', 'zh')).toEqual({ ok: true, value: 12.5 });
    expect(validateField(spec('SFZDXM'), true, 'zh')).toEqual({ ok: true, value: true });
    expect(validateField(spec('BSM'), '123', 'zh')).toMatchObject({ ok: false });
  });

  it('says a pattern in words, from the schema, never as a regex: BSM as the import report words it', () => {
    const zh = validateField(spec('BSM'), '123', 'zh');
    const en = validateField(spec('BSM'), '123', 'en');
    expect(zh).toEqual({ ok: false, message: '标识码（BSM）格式不符（应为 18 位：6 位行政区代码 + 0000 + 8 位顺序号），当前为「123」。' });
    expect(en).toEqual({
      ok: false,
      message: 'Identifier (BSM) has the wrong format (18 digits: 6-digit XZQDM + 0000 + 8-digit serial), found "123".',
    });
    const code = validateField(
      fieldSpecsFor('GHYDYH', {}).find((s) => s.name === 'YDYHFLDM')!,
      '7',
      'zh',
    );
    expect(code.ok ? '' : code.message).not.toMatch(/[\^$[\]{}]/);
  });
});
