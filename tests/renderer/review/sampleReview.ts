// Test helpers: a small 并联审批 project near the editor fixture plans, the six Jiyuan departments (a local copy
// until seeds/jiyuan/departments.json is in main), and opinions on the project.
import { projectVersion } from '../../../engine/review/projectVersion.ts';
import type { Consultation, Department, DepartmentOpinion, JointOpinion, ProjectDocument, Verdict } from '../../../engine/review/types.ts';

export const JIYUAN_DEPARTMENTS: Department[] = [
  {
    id: 'zrzy',
    nameZh: '济源市自然资源和规划局',
    nameEn: 'Jiyuan Natural Resources and Planning Bureau',
    shortZh: '自然资源',
    shortEn: 'Natural resources',
    kind: 'natural-resources',
    planKinds: ['land'],
    responsibilitiesZh: '三条控制线、耕地占用、用地兼容性',
    responsibilitiesEn: 'control lines, farmland, land-use compatibility',
  },
  {
    id: 'lyj',
    nameZh: '济源市林业局',
    nameEn: 'Jiyuan Forestry Bureau',
    shortZh: '林业',
    shortEn: 'Forestry',
    kind: 'forestry',
    planKinds: [],
    responsibilitiesZh: '自然保护地',
    responsibilitiesEn: 'protected areas',
  },
  {
    id: 'sthj',
    nameZh: '济源市生态环境局',
    nameEn: 'Jiyuan Ecology and Environment Bureau',
    shortZh: '生态环境',
    shortEn: 'Ecology',
    kind: 'ecology',
    planKinds: ['ecology'],
    responsibilitiesZh: '生态保护红线监管、饮用水水源、二类三类工业',
    responsibilitiesEn: 'red line supervision, water sources, class II/III industry',
  },
  {
    id: 'fgw',
    nameZh: '济源市发展和改革委员会',
    nameEn: 'Jiyuan Development and Reform Commission',
    shortZh: '发改',
    shortEn: 'Development',
    kind: 'development',
    planKinds: ['industry'],
    responsibilitiesZh: '园区布局、产业类别、项目代码',
    responsibilitiesEn: 'parks, industry category, project code',
  },
  {
    id: 'jtys',
    nameZh: '济源市交通运输局',
    nameEn: 'Jiyuan Transport Bureau',
    shortZh: '交通',
    shortEn: 'Transport',
    kind: 'transport',
    planKinds: ['transport'],
    responsibilitiesZh: '公路建筑控制区',
    responsibilitiesEn: 'road setbacks',
  },
  {
    id: 'tl',
    nameZh: '铁路监督管理部门',
    nameEn: 'Railway authority',
    shortZh: '铁路',
    shortEn: 'Railway',
    kind: 'railway',
    planKinds: [],
    responsibilitiesZh: '铁路线路安全保护区',
    responsibilitiesEn: 'railway protection zones',
  },
];

export function sampleProject(id = 'p-0001', name = '济源某新材料项目'): ProjectDocument {
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id,
      stage: '用地预审与选址',
      source: { format: 'txt', fileName: 'jiyuan.txt', crs: 'EPSG:4527', points: [] },
    },
    properties: { XMMC: name, XMDM: '2026-419001-30-03-000001', XMLX: '工业', NYDYT: '1001', ZDXM: '否', GYLB: '二类' },
    geometry: {
      type: 'MultiPolygon',
      coordinates: [
        [
          [
            [112.6, 35.1],
            [112.602, 35.1],
            [112.602, 35.102],
            [112.6, 35.102],
            [112.6, 35.1],
          ],
        ],
      ],
    },
  };
}

export function sampleConsultation(project: ProjectDocument, department: string): Consultation {
  return {
    projectId: project.project.id,
    projectVersion: projectVersion(project),
    department,
    sentOn: '2026-12-01',
    deadline: '2026-12-08',
  };
}

export function sampleOpinion(project: ProjectDocument, department: string, verdict: Verdict = 'pass'): DepartmentOpinion {
  return {
    projectId: project.project.id,
    projectVersion: projectVersion(project),
    department,
    verdict,
    conditions: verdict === 'conditional' ? ['落实占补平衡'] : [],
    basis: '《土地管理法》第四十四条',
    reviewer: '王工',
    date: '2026-12-03',
    documentNo: `济${department}函〔2026〕1号`,
  };
}

export function sampleJointOpinion(project: ProjectDocument, verdict: Verdict = 'pass'): JointOpinion {
  return {
    projectId: project.project.id,
    projectVersion: projectVersion(project),
    verdict,
    documentNo: '济并审〔2026〕1号',
    date: '2026-12-05',
    coordinator: '李主任',
  };
}
