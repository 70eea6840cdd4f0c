// Small plans for the resolution tests: farmland occupied by an ordinary project (R08 blocker) and by a
// national major project (R08 major, needs 补划), and a project whose use differs from the master plan (R14).
import { featureId } from '../../../engine/model/featureId.ts';
import type { Geometry, LayerCode, PlanDocument, PlanId, PlanKind, Properties } from '../../../engine/model/types.ts';
import type { RulePack } from '../../../engine/rules/types.ts';
import type { Policy } from '../../../engine/resolutions/types.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SEEDS = join(import.meta.dirname, '..', '..', '..', 'seeds');
const pack = JSON.parse(readFileSync(join(SEEDS, 'rules', 'jiyuan-default.json'), 'utf8')) as unknown;
const policy = JSON.parse(readFileSync(join(SEEDS, 'rules', 'policy-default.json'), 'utf8')) as unknown;

const X0 = 112.6;
const Y0 = 35.05;

export function rect(x: number, y: number, w: number, h: number): Geometry {
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

export function resolutionPlans(): PlanDocument[] {
  return [
    plan('land', 'res-land', '测试国土空间规划', [
      ['XZQ', '419001000000000001', rect(-0.01, -0.01, 0.04, 0.03), { XZQDM: '419001001', XZQMC: '沁园街道' }],
      ['YJJBNT', '419001000000000002', rect(0, 0, 0.002, 0.002), { DLBM: '0101', DLMC: '水田' }],
      ['YJJBNT', '419001000000000003', rect(0.004, 0, 0.002, 0.002), { DLBM: '0101', DLMC: '水田' }],
      ['GHYDYH', '419001000000000004', rect(0.008, 0, 0.002, 0.002), { YDYHFLDM: '0701', YDYHFLMC: '城镇住宅用地' }],
    ]),
    plan('industry', 'res-industry', '测试产业规划', [
      [
        'GYXM',
        '419001000000000101',
        rect(0.001, 0, 0.002, 0.002),
        { XMMC: '精密铸件项目', YDYHFLDM: '100102', GYLX: '二类工业', SFZDXM: false },
      ],
      [
        'GYXM',
        '419001000000000102',
        rect(0.005, 0, 0.002, 0.002),
        { XMMC: '国家储备库项目', YDYHFLDM: '100101', GYLX: '一类工业', SFZDXM: true },
      ],
      [
        'GYXM',
        '419001000000000103',
        rect(0.008, 0, 0.002, 0.002),
        { XMMC: '装备制造项目', YDYHFLDM: '100101', GYLX: '一类工业', SFZDXM: false },
      ],
    ]),
  ];
}

/** The default pack narrowed to the rules these plans exercise (fast, and no unrelated conflicts). */
export function resolutionPack(): RulePack {
  const full = pack as unknown as RulePack;
  return { ...full, rules: full.rules.filter((r) => r.id === 'R08' || r.id === 'R14').map((r) => ({ ...r, tests: [] })) };
}

export const defaultPolicy = policy as unknown as Policy;
