import { describe, expect, it } from 'vitest';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS, indicatorDefinition } from '../../../engine/indicators/definitions.ts';
import type { AreaMeasure, SourceSelector } from '../../../engine/indicators/types.ts';
import { isLayerCode } from '../../../engine/model/layers.ts';
import { codeInfo } from '../../../engine/model/codes.ts';

const selectorsOf = (m: AreaMeasure): SourceSelector[] => [...m.of, ...(m.within ?? [])];

describe('indicator definitions', () => {
  it('has unique ids, Chinese and English names and formulas in words', () => {
    expect(new Set(INDICATOR_IDS).size).toBe(INDICATOR_IDS.length);
    for (const d of INDICATOR_DEFINITIONS) {
      expect(d.nameZh).toMatch(/\p{Script=Han}/u);
      expect(d.nameEn.length).toBeGreaterThan(3);
      expect(d.formulaZh).toMatch(/\p{Script=Han}/u);
      expect(d.formulaEn.length).toBeGreaterThan(10);
    }
  });

  it('reads only known layers and 用地用海 codes that exist in the 2023 table', () => {
    for (const d of INDICATOR_DEFINITIONS) {
      const f = d.formula;
      const measures = f.kind === 'area' ? [f.measure] : f.kind === 'areaRatio' ? [f.numerator, f.denominator] : [f.numerator];
      for (const s of measures.flatMap(selectorsOf)) {
        expect(isLayerCode(s.layer), `${d.id} ${s.layer}`).toBe(true);
        for (const p of s.codePrefixes ?? []) expect(codeInfo('ydyh2023', p), `${d.id} ${p}`).toBeDefined();
      }
    }
  });

  it('gives ratios a percent or multiple unit and areas hectares', () => {
    for (const d of INDICATOR_DEFINITIONS)
      expect(d.unit).toBe(d.formula.kind === 'area' ? 'ha' : d.formula.kind === 'areaRatio' ? 'percent' : 'ratio');
  });

  it('defines the expansion ratio against the 2020 baseline and the urban space share inside the territory', () => {
    const expansion = indicatorDefinition('urbanBoundaryExpansion');
    expect(expansion.formula).toMatchObject({ kind: 'baselineRatio', baseline: 'urbanConstructionLand2020' });
    expect(expansion.direction).toBe('<=');
    const share = indicatorDefinition('urbanSpaceShare').formula;
    expect(share.kind === 'areaRatio' && share.numerator.within?.[0]?.layer).toBe('XZQ');
    expect(() => indicatorDefinition('nonsense' as never)).toThrow();
  });
});
