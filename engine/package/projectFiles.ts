// Pure. The project register in the blueprint package: projectsLayer(register, asOfDate) → the `projects` table
// of the GeoPackage and layers/projects.geojson (one MultiPolygon per project, sorted by id, with its facts, stage,
// version, GRS80 area and the joint opinion on its current version), and projectsCsv → projects.csv, the same rows
// with each department's state (未征求 … 意见已过期, as of the package's date).
import { ellipsoidalAreaM2 } from '../geometry/ellipsoidalAreaM2.ts';
import { roundM2 } from '../geometry/areaUnits.ts';
import { OPINION_CELL_LABELS, projectOpinionCells } from '../review/projectOpinionCells.ts';
import { projectVersion } from '../review/projectVersion.ts';
import type { ProjectDocument } from '../review/types.ts';
import { VERDICT_LABELS } from '../review/verdictLabels.ts';
import type { ReviewRegister } from '../review/writeReviewRegisterFiles.ts';
import { encodeCsv, type CsvCell } from './encodeCsv.ts';
import type { PackageLayer } from './types.ts';

export const PROJECTS_TABLE = 'projects';
export const PROJECTS_CSV = 'projects.csv';

/** Columns in order: 项目标识, the national fields, 项目阶段, 项目版本, 面积, 联合审查结论/文号/日期. */
export const PROJECT_COLUMNS = [
  'XMID',
  'XMDM',
  'XMMC',
  'JSDW',
  'XMLX',
  'NYDYT',
  'ZDXM',
  'DDXZ',
  'GYLB',
  'XMJD',
  'XMBB',
  'MJ',
  'LHJL',
  'LHWH',
  'LHRQ',
] as const;
const COLUMN_TITLES = [
  '项目标识',
  '统一项目代码',
  '项目名称',
  '建设单位',
  '项目类型',
  '拟用途',
  '国家重大建设项目',
  '单独选址',
  '工业类别',
  '项目阶段',
  '项目版本',
  '面积（平方米）',
  '联合审查结论',
  '联合审查文号',
  '联合审查日期',
];

interface ProjectRow {
  project: ProjectDocument;
  version: string;
  values: Record<(typeof PROJECT_COLUMNS)[number], string | number | null>;
}

function rows(register: ReviewRegister): ProjectRow[] {
  const sorted = [...register.projects].sort((a, b) => (a.project.id < b.project.id ? -1 : a.project.id > b.project.id ? 1 : 0));
  return sorted.map((project) => {
    const version = projectVersion(project);
    const joint = register.jointOpinions.filter((j) => j.projectId === project.project.id && j.projectVersion === version).pop();
    const p = project.properties;
    return {
      project,
      version,
      values: {
        XMID: project.project.id,
        XMDM: p.XMDM ?? null,
        XMMC: p.XMMC,
        JSDW: p.JSDW ?? null,
        XMLX: p.XMLX,
        NYDYT: p.NYDYT ?? null,
        ZDXM: p.ZDXM ?? null,
        DDXZ: p.DDXZ ?? null,
        GYLB: p.GYLB ?? null,
        XMJD: project.project.stage,
        XMBB: version,
        MJ: roundM2(ellipsoidalAreaM2(project.geometry)),
        LHJL: joint ? VERDICT_LABELS[joint.verdict].zh : null,
        LHWH: joint?.documentNo ?? null,
        LHRQ: joint?.date ?? null,
      },
    };
  });
}

export function projectsLayer(register: ReviewRegister): PackageLayer {
  return {
    name: PROJECTS_TABLE,
    titleZh: '项目库',
    columns: PROJECT_COLUMNS,
    features: rows(register).map((r) => ({ id: r.project.project.id, geometry: r.project.geometry, properties: { ...r.values } })),
  };
}

/** `asOfDate` (YYYY-MM-DD, the package's creation date) decides which consultations are 逾期. */
export function projectsCsv(register: ReviewRegister, asOfDate: string): Uint8Array {
  const header = [...COLUMN_TITLES.slice(0, 12), ...register.departments.map((d) => `${d.shortZh}意见`), ...COLUMN_TITLES.slice(12)];
  const body = rows(register).map((r): CsvCell[] => {
    const cells = projectOpinionCells(r.project, register.departments, register.consultations, register.opinions, asOfDate, r.version);
    const v = PROJECT_COLUMNS.map((c) => r.values[c]);
    return [...v.slice(0, 12), ...cells.map((c) => OPINION_CELL_LABELS[c.state].zh), ...v.slice(12)];
  });
  return encodeCsv(header, body);
}
