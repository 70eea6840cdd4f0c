// The 专题图 dialog's defaults: the title from the plans' shared place name, the producing unit remembered per
// workstation (and a blocked storage costing only the memory), the visible layers in drawing order.
import { describe, expect, it } from 'vitest';
import type { FeatureId, LayerCode, PlanFeature, PlanId, PlanMeta } from '../../../engine/model/types.ts';
import { defaultSheetTitle } from '../../../renderer/print/defaultSheetTitle.ts';
import { readProducingUnit, writeProducingUnit } from '../../../renderer/print/producingUnit.ts';
import { sheetLayers } from '../../../renderer/print/sheetLayers.ts';
import type { PlanEntry, WorkspaceData } from '../../../renderer/store/types.ts';

describe('defaultSheetTitle', () => {
  it('takes the place the plan titles share, up to its 市/县/区/镇', () => {
    expect(defaultSheetTitle(['济源市国土空间总体规划（2021—2035年）', '济源市生态环境保护规划（2021—2035年）'], 'zh')).toBe(
      '济源市多规合一专题图',
    );
    expect(defaultSheetTitle(['济源市国土空间总体规划'], 'zh')).toBe('济源市多规合一专题图');
    expect(defaultSheetTitle(['某某规划', '另一规划'], 'zh')).toBe('多规合一专题图');
    expect(defaultSheetTitle([], 'zh')).toBe('多规合一专题图');
    expect(defaultSheetTitle(['济源市国土空间总体规划'], 'en')).toBe('Integrated plan map');
  });
});

describe('producing unit', () => {
  it('is kept trimmed in the browser profile and read back', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(readProducingUnit(storage)).toBe('');
    writeProducingUnit('  济源市自然资源和规划局 ', storage);
    expect(readProducingUnit(storage)).toBe('济源市自然资源和规划局');
  });

  it('survives a storage that refuses (quota, private mode)', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(readProducingUnit(refusing)).toBe('');
    expect(() => writeProducingUnit('x', refusing)).not.toThrow();
  });
});

describe('sheetLayers', () => {
  const feature = (id: string, layer: LayerCode): PlanFeature => ({
    type: 'Feature',
    id: id as FeatureId,
    layer,
    geometry: { type: 'Point', coordinates: [112.6, 35.1] },
    properties: {},
  });
  const plan = (id: string, features: PlanFeature[]): PlanEntry => ({
    meta: { id } as unknown as PlanMeta,
    features: new Map(features.map((f) => [f.id, f])),
  });
  it('lists visible layers only, plans bottom first and each plan in catalogue order, with their opacity', () => {
    const a = plan('a', [feature('1', 'XZQ'), feature('2', 'GHYDYH'), feature('3', 'YJJBNT')]);
    const b = plan('b', [feature('4', 'JTXL')]);
    const workspace = {
      plans: new Map([
        ['a' as PlanId, a],
        ['b' as PlanId, b],
      ]),
      planOrder: ['b', 'a'] as PlanId[],
    } as unknown as WorkspaceData;
    const layers = sheetLayers({
      workspace,
      layerViews: { 'a/YJJBNT': { visible: false, opacity: 1 }, 'a/XZQ': { visible: true, opacity: 0.5 } },
    });
    expect(layers.map((l) => [l.layer, l.opacity, l.features.map((f) => f.id)])).toEqual([
      ['JTXL', 1, ['4']],
      ['GHYDYH', 1, ['2']],
      ['XZQ', 0.5, ['1']],
    ]);
  });
});
