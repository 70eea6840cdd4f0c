// The import messages whose two languages branch differently are one catalogue entry per branch; each renders,
// in both languages, exactly the text the inline templates gave before the move (pinned here word for word).
import { describe, expect, it } from 'vitest';
import { say } from '../../../engine/i18n/index.ts';
import { unpackWorkspaceFile } from '../../../engine/workspaceFile/index.ts';

describe('import messages with a key per branch', () => {
  it('says whether $INSUNITS is missing or 0', () => {
    expect(say('import.readBoundaryDxf.dxf-units-missing', { file: 'a.dxf' })).toEqual({
      zh: 'a.dxf 未声明图形单位（$INSUNITS 缺失），按米读取；请核对面积。',
      en: 'a.dxf declares no drawing units ($INSUNITS missing); read as metres. Check the areas.',
    });
    expect(say('import.readBoundaryDxf.dxf-units-zero', { file: 'a.dxf' })).toEqual({
      zh: 'a.dxf 未声明图形单位（$INSUNITS 为 0），按米读取；请核对面积。',
      en: 'a.dxf declares no drawing units ($INSUNITS is 0); read as metres. Check the areas.',
    });
  });

  it('names ignored LINE entities and open polylines each in its own words', () => {
    const p = { file: 'a.dxf', layer: 'JZD', count: 2, handles: '1A, 1B' };
    expect(say('import.readBoundaryDxf.dxf-lines-ignored', p)).toEqual({
      zh: 'a.dxf 图层“JZD”上有 2 个 LINE 直线（句柄 1A, 1B）：LINE 直线不作为边界，已忽略。',
      en: 'a.dxf, layer “JZD”: 2 LINE entities (handles 1A, 1B); LINE entities are not boundaries and were ignored.',
    });
    expect(say('import.readBoundaryDxf.dxf-open-polylines-ignored', p)).toEqual({
      zh: 'a.dxf 图层“JZD”上有 2 个未闭合的多段线（句柄 1A, 1B）：未闭合的多段线不作为边界，已忽略。',
      en: 'a.dxf, layer “JZD”: 2 open polylines (handles 1A, 1B); open polylines are not boundaries and were ignored.',
    });
  });

  it('names a DXF entity with or without its handle', () => {
    expect(say('import.readBoundaryDxf.entity-without-handle', { file: 'a.dxf', layer: '0', entity: 3 })).toEqual({
      zh: 'a.dxf 图层“0”第 3 个实体（句柄 无）',
      en: 'a.dxf, layer “0”, entity 3 (handle none)',
    });
  });

  it('gives the 三调 reason in Chinese only, and the same English for both reasons', () => {
    const p = { code: '1203', named: { zh: '（田坎）', en: ' (ridge)' }, count: 11, features: { zh: '1、2', en: '1, 2' }, more: ' …' };
    const manual = say('import.prepareImport.sandiao-code-manual', p);
    const unknown = say('import.prepareImport.sandiao-code-unknown', p);
    expect(manual.zh).toBe(
      '三调代码 1203（田坎）没有一对一的用地用海代码（需要结合属性或人工判断），涉及 11 个要素（第 1、2 … 个），请人工确定。',
    );
    expect(unknown.zh).toBe(
      '三调代码 1203（田坎）没有一对一的用地用海代码（不在三调分类表或对照表中），涉及 11 个要素（第 1、2 … 个），请人工确定。',
    );
    expect(manual.en).toBe(
      'Third land survey code 1203 (ridge) has no one-to-one land and sea use code; 11 features (1, 2 …) need a person to decide.',
    );
    expect(unknown.en).toBe(manual.en);
  });

  it('labels a feature with its BSM in each language’s brackets', () => {
    expect(say('import.prepareImport.feature-bsm', { feature: 4, bsm: '7' })).toEqual({
      zh: '第 4 个要素（BSM=7）',
      en: 'feature 4 (BSM=7)',
    });
    expect(say('import.prepareImport.feature', { feature: 4 })).toEqual({ zh: '第 4 个要素', en: 'feature 4' });
  });

  it('refuses a damaged .lantu in the chosen language only, naming the file', () => {
    const bytes = new TextEncoder().encode('not a zip');
    expect(unpackWorkspaceFile(bytes, { fileName: '济源.lantu' })).toEqual({
      ok: false,
      error: {
        code: 'not-a-zip',
        message: '无法打开 济源.lantu：它不是有效的 zip 压缩包（文件可能已损坏或不完整）。当前工作空间未作改动。',
      },
    });
    expect(unpackWorkspaceFile(bytes, { lang: 'en' })).toEqual({
      ok: false,
      error: {
        code: 'not-a-zip',
        message:
          'Cannot open the workspace file: it is not a valid zip archive (the file may be damaged or incomplete). The current workspace was not changed.',
      },
    });
  });
});
