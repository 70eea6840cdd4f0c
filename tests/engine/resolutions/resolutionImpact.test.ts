// resolutionImpact: what a resolution does per feature, and when applying it needs a confirmation (a feature
// removed, an area or a crossing's length changed by more than the conflict's).
import { describe, expect, it } from 'vitest';
import { ellipsoidalAreaM2 } from '../../../engine/geometry/ellipsoidalAreaM2.ts';
import type { Geometry } from '../../../engine/model/types.ts';
import { resolutionImpact } from '../../../engine/resolutions/resolutionImpact.ts';
import type { FeatureEdit } from '../../../engine/resolutions/types.ts';
import { rect } from './resolutionPlans.ts';

const state = (geometry: Geometry, properties: Record<string, string> = {}) => ({
  geometry,
  properties: { BSM: '419001000010000011', YDYHFLDM: '0701', YDYHFLMC: '城镇住宅用地', ...properties },
});
const edit = (
  before: ReturnType<typeof state> | null,
  after: ReturnType<typeof state> | null,
  layer: FeatureEdit['layer'] = 'GHYDYH',
): FeatureEdit => ({ planId: 'p', featureId: 'f', layer, changeType: 3, before, after });
const whole = rect(0, 0, 0.002, 0.002);
const half = rect(0, 0, 0.001, 0.002);
const halfM2 = ellipsoidalAreaM2(whole) - ellipsoidalAreaM2(half);

describe('resolutionImpact', () => {
  it('reports area before and after and needs no confirmation when the change stays within the conflict area', () => {
    const impact = resolutionImpact({ edits: [edit(state(whole), state(half))] }, { measure: { areaM2: halfM2 } });
    expect(impact.features[0]).toMatchObject({
      change: 'reshaped',
      unit: 'area',
      bsm: '419001000010000011',
      name: '城镇住宅用地',
      exceedsConflict: false,
    });
    expect(impact.features[0]!.before).toBeCloseTo(ellipsoidalAreaM2(whole), 6);
    expect(impact.features[0]!.after).toBeCloseTo(ellipsoidalAreaM2(half), 6);
    expect(impact.needsConfirmation).toBe(false);
  });

  it('needs a confirmation when a feature is removed or changes by more than the conflict area', () => {
    const removed = resolutionImpact({ edits: [edit(state(whole), null)] }, { measure: { areaM2: ellipsoidalAreaM2(whole) } });
    expect(removed).toMatchObject({ removesFeature: true, needsConfirmation: true });
    expect(removed.features[0]).toMatchObject({ change: 'removed', after: null });
    const more = resolutionImpact({ edits: [edit(state(whole), state(half))] }, { measure: { areaM2: halfM2 / 2 } });
    expect(more).toMatchObject({ removesFeature: false, exceedsConflict: true, needsConfirmation: true });
  });

  it('does not count replacement farmland (补划), which must be at least the occupied area, as too much', () => {
    const comp = state(whole, { BSM: '419001BH0000000001' });
    const compensation = { bsm: '419001BH0000000001', geometry: whole, areaM2: ellipsoidalAreaM2(whole), requiredM2: halfM2 };
    const impact = resolutionImpact({ edits: [edit(null, comp, 'YJJBNT')], compensation }, { measure: { areaM2: halfM2 } });
    expect(impact.features[0]).toMatchObject({ change: 'added', exceedsConflict: false });
    expect(impact.needsConfirmation).toBe(false);
    expect(resolutionImpact({ edits: [edit(null, comp, 'YJJBNT')] }, { measure: { areaM2: halfM2 } }).needsConfirmation).toBe(true);
  });

  it('holds a line to the crossing length and lists the fields that change', () => {
    const road: Geometry = {
      type: 'LineString',
      coordinates: [
        [112.6, 35.05],
        [112.61, 35.05],
      ],
    };
    const cut: Geometry = {
      type: 'LineString',
      coordinates: [
        [112.6, 35.05],
        [112.605, 35.05],
      ],
    };
    const line = resolutionImpact({ edits: [edit(state(road), state(cut), 'JTXL')] }, { measure: { lengthM: 100 } });
    expect(line.features[0]).toMatchObject({ unit: 'length', exceedsConflict: true });
    const recoded = resolutionImpact(
      { edits: [edit(state(whole, { MJ: '1' }), state(whole, { YDYHFLDM: '01', YDYHFLMC: '耕地', MJ: '2' }))] },
      { measure: { areaM2: 1 } },
    );
    expect(recoded.features[0]).toMatchObject({ change: 'attributes', exceedsConflict: false });
    expect(recoded.features[0]!.fieldChanges).toEqual([
      { field: 'YDYHFLDM', before: '0701', after: '01' },
      { field: 'YDYHFLMC', before: '城镇住宅用地', after: '耕地' },
    ]);
  });
});
