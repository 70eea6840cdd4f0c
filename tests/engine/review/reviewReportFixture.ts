// Hand-built inputs for the review report tests: a project in zone 38 (EPSG:4526) whose boundary has `pointCount`
// 界址点 on a circle near 济源 (112.60°E, 35.10°N), its review (farmland fail, a road setback, a conflict, an indicator),
// two departments, and a small blueprint (two towns, coverage, farmland, development boundary, a road) for the maps.
import { createReprojector } from '../../../engine/import/crs/createReprojector.ts';
import { crsInfo } from '../../../engine/import/crs/crsCatalog.ts';
import { transverseMercator } from '../../../engine/geometry/transverseMercator.ts';
import type { Blueprint, BlueprintFeature } from '../../../engine/model/blueprint.ts';
import type { FeatureId, Geometry, LayerCode, Position } from '../../../engine/model/types.ts';
import type { Department, ProjectDocument, ProjectReview } from '../../../engine/review/types.ts';

export const PROJECT_ID = '5b0c9a52-1f3a-4c1e-9d5e-000000000012';
export const VERSION = '0123456789abcdef';

/** 界址点 on a circle of radius 120 m in zone 38 with prefix, clockwise from the north, closed (J1 … J1). */
export function circleProject(pointCount: number, name = '济源示例<产业>项目 & "一期"'): ProjectDocument {
  const tm = transverseMercator(114);
  const [e0, n0] = tm.forward(112.6, 35.1);
  const toLonLat = createReprojector(crsInfo(4526)!);
  const points: ProjectDocument['project']['source']['points'] = [];
  const ring: Position[] = [];
  for (let i = 0; i < pointCount; i++) {
    const a = (2 * Math.PI * i) / pointCount;
    const xM = Math.round((n0 + 120 * Math.cos(a)) * 1000) / 1000;
    const yM = Math.round((38_000_000 + 500_000 + e0 + 120 * Math.sin(a)) * 1000) / 1000;
    points.push({ parcelId: '1', pointId: `J${i + 1}`, ringNo: 1, xM, yM });
    ring.push(toLonLat(yM, xM));
  }
  points.push({ ...points[0]!, pointId: 'J1' });
  ring.push(ring[0]!);
  // GeoJSON outer rings run counter-clockwise: the points run clockwise.
  ring.reverse();
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id: PROJECT_ID,
      stage: '用地预审与选址',
      source: { format: 'txt', fileName: 'jiezhidian.txt', crs: 'EPSG:4526', points },
    },
    properties: { XMMC: name, XMDM: '2026-419001-30-01-000012', JSDW: '济源某公司', XMLX: '工业', NYDYT: '1001', ZDXM: '否', GYLB: '二类' },
    geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
  };
}

export const DEPARTMENTS: Department[] = [
  {
    id: 'zrzy',
    nameZh: '济源市自然资源和规划局',
    nameEn: 'Jiyuan Natural Resources and Planning Bureau',
    shortZh: '自然资源',
    shortEn: 'Nat. resources',
    kind: 'natural-resources',
    planKinds: ['land'],
    responsibilitiesZh: '三线与用地',
    responsibilitiesEn: 'Control lines and land use',
  },
  {
    id: 'jtys',
    nameZh: '济源市交通运输局',
    nameEn: 'Jiyuan Transport Bureau',
    shortZh: '交通',
    shortEn: 'Transport',
    kind: 'transport',
    planKinds: ['transport'],
    responsibilitiesZh: '公路控制区',
    responsibilitiesEn: 'Road control zones',
  },
];

export function sampleReview(): ProjectReview {
  return {
    measurement: {
      projectId: PROJECT_ID,
      projectVersion: VERSION,
      areaM2: 45_212.345,
      layers: [
        {
          layer: 'YJJBNT',
          areaM2: 12_000.126,
          features: [
            {
              featureId: 'f-nt-1',
              layer: 'YJJBNT',
              bsm: '419001000020000007',
              name: null,
              areaM2: 12_000.126,
              properties: { DLBM: '0101', DLMC: '水田' },
            },
            { featureId: 'f-nt-2', layer: 'YJJBNT', bsm: '419001000020000008', name: null, areaM2: 0.4, properties: { DLBM: '0103' } },
          ],
        },
        { layer: 'STBHHX', areaM2: 0.3, features: [] },
        {
          layer: 'JTXL',
          areaM2: 0,
          features: [
            {
              featureId: 'f-road',
              layer: 'JTXL',
              bsm: '419001000010000003',
              name: '济源<环>路',
              areaM2: 0,
              lengthM: 240.5,
              properties: { DJ: '省道', KD: 30 },
            },
          ],
        },
      ],
      insideDevelopmentBoundaryM2: 33_212.345,
      outsideDevelopmentBoundaryM2: 12_000,
      landUse: [
        { code: '0101', nameZh: '水田', areaM2: 12_000.126 },
        { code: '1001', nameZh: '工业用地', areaM2: 33_212.2 },
        { code: '1207', nameZh: '城镇道路用地', areaM2: 0.5 },
      ],
      setbacks: [
        {
          featureId: 'f-road',
          bsm: '419001000010000003',
          name: '济源<环>路',
          grade: '省道',
          kind: 'road',
          setting: null,
          requiredM: 15,
          distanceM: 0,
          insideAreaM2: 9_000.25,
          corridorWidthM: 30,
        },
      ],
      conflicts: [{ key: 'R01-abc', ruleId: 'R01', title: '建设用地占用永久基本农田', severity: 'blocker', areaM2: 500 }],
      undetermined: [{ id: 'DD-0003', areaM2: 20 }],
      indicators: [
        {
          indicator: 'permanentFarmland',
          nameZh: '永久基本农田保护面积',
          nameEn: 'Permanent basic farmland',
          unit: 'ha',
          before: 20_000,
          after: 19_998.8,
          target: 19_999,
          violatesTarget: true,
        },
      ],
      towns: [{ code: '419001005', name: '玉泉街道' }],
    },
    departments: [
      {
        department: 'zrzy',
        verdict: 'fail',
        checks: [
          {
            checkId: 'farmland',
            department: 'zrzy',
            verdict: 'fail',
            conditionsZh: [],
            conditionsEn: [],
            reasonZh: '占用永久基本农田 1.2000 公顷，非国家重大建设项目',
            reasonEn: 'Occupies 1.2000 ha of permanent basic farmland; not a national major project',
            legalBasis: '《土地管理法》第三十五条',
          },
        ],
      },
      {
        department: 'jtys',
        verdict: 'conditional',
        checks: [
          {
            checkId: 'road-setback',
            department: 'jtys',
            verdict: 'conditional',
            conditionsZh: ['取得公路管理机构同意'],
            conditionsEn: ['Consent of the road authority'],
            reasonZh: '位于省道建筑控制区内',
            reasonEn: 'Inside the provincial road control zone',
            legalBasis: '《公路安全保护条例》第十一条',
          },
        ],
      },
    ],
    verdict: 'fail',
  };
}

const feature = (layer: LayerCode, id: string, geometry: Geometry, properties: BlueprintFeature['properties']): BlueprintFeature => ({
  id: id as FeatureId,
  layer,
  geometry,
  properties,
  provenance: { planId: 'p', planTitle: 'p', planVersion: 'v1', sourceFeatureId: id, resolutions: [] },
});

const box = (x0: number, y0: number, x1: number, y1: number): Geometry => ({
  type: 'Polygon',
  coordinates: [
    [
      [x0, y0],
      [x1, y0],
      [x1, y1],
      [x0, y1],
      [x0, y0],
    ],
  ],
});

export function sampleBlueprint(): Pick<Blueprint, 'layers' | 'coverage'> {
  return {
    layers: [
      { layer: 'YJJBNT', features: [feature('YJJBNT', 'nt1', box(112.59, 35.09, 112.6, 35.11), { BSM: '419001000020000007' })] },
      { layer: 'CZKFBJ', features: [feature('CZKFBJ', 'kf1', box(112.6, 35.05, 112.7, 35.15), {})] },
      {
        layer: 'XZQ',
        features: [
          feature('XZQ', 'x1', box(112.0, 34.9, 112.5, 35.3), { XZQMC: '王屋镇' }),
          feature('XZQ', 'x2', box(112.5, 34.9, 112.8, 35.3), { XZQMC: '玉泉街道' }),
        ],
      },
      {
        layer: 'JTXL',
        features: [
          feature(
            'JTXL',
            'r1',
            {
              type: 'LineString',
              coordinates: [
                [112.598, 35.0],
                [112.6015, 35.2],
              ],
            },
            { DJ: '省道', KD: 30 },
          ),
          // An L-shaped motorway whose box covers the site but which never comes near it.
          feature(
            'JTXL',
            'r2',
            {
              type: 'LineString',
              coordinates: [
                [112.0, 34.95],
                [112.8, 34.95],
                [112.8, 35.25],
              ],
            },
            { DJ: '高速', KD: 40 },
          ),
        ],
      },
    ],
    coverage: [
      {
        id: 'GHYDYH-a',
        classCode: '0101',
        classNameZh: '水田',
        sourceLayer: 'GHYDYH',
        sourceFeatureId: 'a',
        sourceBsm: null,
        planId: 'p',
        rank: 0,
        geometry: box(112.59, 35.09, 112.6, 35.11),
        areaM2: 1,
      },
      {
        id: 'GHYDYH-b',
        classCode: '1001',
        classNameZh: '工业用地',
        sourceLayer: 'GHYDYH',
        sourceFeatureId: 'b',
        sourceBsm: null,
        planId: 'p',
        rank: 0,
        geometry: box(112.6, 35.09, 112.61, 35.11),
        areaM2: 1,
      },
      {
        id: 'GHYDYH-far',
        classCode: '0301',
        classNameZh: '乔木林地',
        sourceLayer: 'GHYDYH',
        sourceFeatureId: 'far',
        sourceBsm: null,
        planId: 'p',
        rank: 0,
        geometry: box(112.1, 35.2, 112.2, 35.25),
        areaM2: 1,
      },
    ],
  };
}
