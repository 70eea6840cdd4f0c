// Shared inputs of the opinion tests: three departments of the Jiyuan list and two projects.
import type { Department, ProjectDocument } from '../../../engine/review/types.ts';

function department(id: string, nameZh: string, shortZh: string, nameEn: string, shortEn: string, kind: Department['kind']): Department {
  return { id, nameZh, nameEn, shortZh, shortEn, kind, planKinds: [], responsibilitiesZh: '', responsibilitiesEn: '' };
}

export const DEPARTMENTS: Department[] = [
  department(
    'zrzy',
    '济源市自然资源和规划局',
    '自然资源',
    'Natural Resources and Planning Bureau',
    'Natural Resources',
    'natural-resources',
  ),
  department('sthj', '济源市生态环境局', '生态环境', 'Ecology and Environment Bureau', 'Ecology', 'ecology'),
  department('jtys', '济源市交通运输局', '交通运输', 'Transport Bureau', 'Transport', 'transport'),
];

export function project(id: string, name: string, dx = 0): ProjectDocument {
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id,
      stage: '用地预审与选址',
      source: { format: 'drawn', fileName: null, crs: 'EPSG:4490', points: [] },
    },
    properties: { XMMC: name, XMLX: '工业', GYLB: '二类', ZDXM: '否' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [112.5 + dx, 35.1],
            [112.51 + dx, 35.1],
            [112.51 + dx, 35.11],
            [112.5 + dx, 35.11],
            [112.5 + dx, 35.1],
          ],
        ],
      ],
    },
  };
}

export const PLANT = project('7d2c1f1e-0000-4000-8000-000000000001', '济源钢铁深加工项目');
export const DEPOT = project('7d2c1f1e-0000-4000-8000-000000000002', '物流仓储中心', 0.05);
