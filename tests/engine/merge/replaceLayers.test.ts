import { describe, expect, it } from 'vitest';
import { replaceLayers } from '../../../engine/merge/replaceLayers.ts';
import { diffPlanVersions } from '../../../engine/merge/diffPlanVersions.ts';
import { mergePlanVersions } from '../../../engine/merge/mergePlanVersions.ts';
import type { LayerCode, PlanDocument } from '../../../engine/model/types.ts';
import { basePlan, edit, parcel } from './planVersions.ts';

/** The base plan's three GHYDYH parcels plus two farmland (YJJBNT) and one boundary (CZKFBJ) feature. */
function multiLayerPlan(): PlanDocument {
  return edit(basePlan(), (fs) => {
    const on = (serial: number, layer: LayerCode, x: number) => ({ ...parcel(serial, '0101', x), layer });
    fs.unshift(on(11, 'YJJBNT', 112.6), on(12, 'YJJBNT', 112.62));
    fs.push(on(21, 'CZKFBJ', 112.7));
  });
}

/** A file that holds only GHYDYH: parcel 1 kept, 2 and 3 gone, 4 new. */
function ghydyhFile(previous: PlanDocument): PlanDocument {
  return {
    ...previous,
    plan: { ...previous.plan, version: 'v2' },
    features: [parcel(1, '0101', 112.5), parcel(4, '0301', 112.56)],
  };
}

describe('replaceLayers', () => {
  const previous = multiLayerPlan();
  const imported = ghydyhFile(previous);
  const result = replaceLayers(previous, imported, ['GHYDYH']);

  it('replaces only the layers the file brings and keeps the others unchanged', () => {
    expect(result.document.features.map((f) => `${f.layer}:${f.properties.BSM as string}`)).toEqual([
      'YJJBNT:419001000000000011',
      'YJJBNT:419001000000000012',
      'GHYDYH:419001000000000001',
      'GHYDYH:419001000000000004',
      'CZKFBJ:419001000000000021',
    ]);
    expect(result.document.plan.version).toBe('v2');
    expect(result.replaced).toEqual([{ layer: 'GHYDYH', before: 3, after: 2 }]);
    expect(result.kept).toEqual([
      { layer: 'YJJBNT', features: 2 },
      { layer: 'CZKFBJ', features: 1 },
    ]);
  });

  it('makes a version diff that deletes nothing outside the replaced layers', () => {
    const diff = diffPlanVersions(previous, result.document);
    expect(diff.removed.map((f) => f.layer)).toEqual(['GHYDYH', 'GHYDYH']);
    expect(diff.added.map((f) => f.bsm)).toEqual(['419001000000000004']);
    expect(diff.unchanged).toBe(4);
  });

  it('keeps local edits on the kept layers through the three-way merge', () => {
    const ours = edit(previous, (fs) => {
      fs.find((f) => f.properties.BSM === '419001000000000021')!.properties.BZ = '本地核实';
    });
    const merged = mergePlanVersions(previous, ours, result.document);
    expect(merged.conflicts).toEqual([]);
    const boundary = merged.merged.features.find((f) => f.properties.BSM === '419001000000000021')!;
    expect(boundary.properties.BZ).toBe('本地核实');
    expect(merged.merged.features.filter((f) => f.layer === 'YJJBNT')).toHaveLength(2);
  });

  it('counts a layer the file was mapped to but holds no feature of as replaced (emptied)', () => {
    const empty = replaceLayers(previous, { ...imported, features: [] }, ['CZKFBJ']);
    expect(empty.replaced).toEqual([{ layer: 'CZKFBJ', before: 1, after: 0 }]);
    expect(empty.document.features).toHaveLength(5);
  });

  it('lets a feature of the file win over a kept feature with the same id, and leaves its inputs alone', () => {
    const before = structuredClone(previous);
    const moved = { ...previous.features[0]!, layer: 'GHYDYH' as LayerCode };
    const r = replaceLayers(previous, { ...imported, features: [moved] }, ['GHYDYH']);
    expect(r.document.features.filter((f) => f.id === moved.id)).toEqual([moved]);
    expect(r.kept).toEqual([
      { layer: 'YJJBNT', features: 1 },
      { layer: 'CZKFBJ', features: 1 },
    ]);
    expect(previous).toEqual(before);
  });
});
