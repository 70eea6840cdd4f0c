// Two small valid plan documents for the `lantu check` tests: a land plan (farmland, a planned residential
// parcel, the urban boundary, one town) and an industry plan whose project overlaps the farmland.
import { featureId } from '../../../engine/model/featureId.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, PlanKind, Properties } from '../../../engine/model/types.ts';

const X0 = 112.6;
const Y0 = 35.05;

function rect(x: number, y: number, w: number, h: number): Geometry {
  const [a, b, c, d] = [X0 + x, Y0 + y, X0 + x + w, Y0 + y + h];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [a, b],
        [c, b],
        [c, d],
        [a, d],
        [a, b],
      ],
    ],
  };
}

function plan(kind: PlanKind, id: string, title: string, features: [LayerCode, string, Geometry, Properties][]): PlanDocument {
  return {
    type: 'FeatureCollection',
    plan: {
      schemaVersion: '1.0.0',
      kind,
      id: id as PlanId,
      title,
      department: kind === 'land' ? '自然资源和规划局' : '发展改革委',
      version: 'v1',
      period: { start: 2021, end: 2035 },
      classification: 'ydyh2023',
      sourceCrs: 'EPSG:4490',
    },
    features: features.map(([layer, bsm, geometry, properties]) => ({
      type: 'Feature',
      id: featureId(id, bsm),
      layer,
      geometry,
      properties: { BSM: bsm, ...properties },
    })),
  };
}

export function checkPlans(): { land: PlanDocument; industry: PlanDocument } {
  const land = plan('land', 'cli-land', '测试国土空间规划', [
    ['XZQ', '419001000000000001', rect(-0.01, -0.01, 0.03, 0.03), { XZQDM: '419001001', XZQMC: '沁园街道' }],
    ['YJJBNT', '419001000000000002', rect(0, 0, 0.002, 0.002), { DLBM: '0101', DLMC: '水田' }],
    ['CZKFBJ', '419001000000000003', rect(0.005, 0.005, 0.004, 0.004), { GHFQMC: '城镇集中建设区' }],
  ]);
  const industry = plan('industry', 'cli-industry', '测试产业规划', [
    [
      'GYXM',
      '419001000000000101',
      rect(0.001, 0, 0.002, 0.002),
      { XMMC: '精密铸件项目', YDYHFLDM: '100102', GYLX: '二类工业', SFZDXM: false },
    ],
  ]);
  return { land, industry };
}
