// Test data: a tiny land plan (three GHYDYH parcels) and helpers to edit a copy of it.
import { featureId } from '../../../engine/model/featureId.ts';
import type { PlanDocument, PlanFeature, PlanId } from '../../../engine/model/types.ts';

const PLAN_ID = 'jiyuan-land-2035';

export function parcel(serial: number, code: string, x0: number, sizeDeg = 0.01): PlanFeature {
  const BSM = `4190010000${String(serial).padStart(8, '0')}`;
  return {
    type: 'Feature',
    id: featureId(PLAN_ID, BSM),
    layer: 'GHYDYH',
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x0, 35],
          [x0 + sizeDeg, 35],
          [x0 + sizeDeg, 35 + sizeDeg],
          [x0, 35 + sizeDeg],
          [x0, 35],
        ],
      ],
    },
    properties: { BSM, YDYHFLDM: code, XZQMC: '梨林镇', BZ: null },
  };
}

export function basePlan(): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind: 'land',
      id: PLAN_ID as PlanId,
      title: '济源国土空间规划',
      department: '济源市自然资源和规划局',
      version: 'v1',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4526',
    },
    features: [parcel(1, '0101', 112.5), parcel(2, '0103', 112.52), parcel(3, '100102', 112.54)],
  };
}

export function edit(doc: PlanDocument, change: (features: PlanFeature[]) => void): PlanDocument {
  const copy = structuredClone(doc);
  change(copy.features);
  return copy;
}
