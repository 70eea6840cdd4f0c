// Pure. projectFromBoundary(reading, facts, stage, id) → the project document (EPSG:4490 MultiPolygon, its
// source with the 界址点), and checkProjectFacts(facts, stage) → what is wrong with the facts form, one
// message per field in both languages (XMMC and XMLX required; XMDM well formed, and required from
// 用地预审与选址 on; NYDYT a 用地用海 code).
import { PROJECT_STAGES, type ProjectDocument, type ProjectFacts, type ProjectStage, type ProjectType } from '../../../engine/review/index.ts';
import type { BoundaryFileReading } from './readBoundaryFile.ts';

export const PROJECT_TYPES: readonly ProjectType[] = ['工业', '仓储', '交通', '能源', '水利', '公共服务', '住宅', '商业', '其他'];
const XMDM_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;
const NYDYT_PATTERN = /^\d{2}(\d{2}){0,2}[A-Z]?$/;

export interface FactProblem {
  field: keyof ProjectFacts;
  zh: string;
  en: string;
}

export function checkProjectFacts(facts: ProjectFacts, stage: ProjectStage): FactProblem[] {
  const problems: FactProblem[] = [];
  if (!facts.XMMC?.trim()) problems.push({ field: 'XMMC', zh: '项目名称 XMMC 必填', en: 'project name XMMC is required' });
  if (!PROJECT_TYPES.includes(facts.XMLX)) problems.push({ field: 'XMLX', zh: `项目类型 XMLX 应为 ${PROJECT_TYPES.join('、')} 之一`, en: `project type XMLX must be one of ${PROJECT_TYPES.join(', ')}` });
  const code = facts.XMDM?.trim() ?? '';
  if (code && !XMDM_PATTERN.test(code)) {
    problems.push({ field: 'XMDM', zh: `统一项目代码 XMDM「${code}」格式应为 YYYY-XXXXXX-XX-XX-XXXXXX`, en: `project code XMDM "${code}" must look like YYYY-XXXXXX-XX-XX-XXXXXX` });
  } else if (!code && PROJECT_STAGES.indexOf(stage) >= PROJECT_STAGES.indexOf('用地预审与选址')) {
    problems.push({ field: 'XMDM', zh: `「${stage}」阶段须填写统一项目代码 XMDM`, en: `the project code XMDM is required at the stage ${stage}` });
  }
  const use = facts.NYDYT?.trim() ?? '';
  if (use && !NYDYT_PATTERN.test(use)) problems.push({ field: 'NYDYT', zh: `拟用途 NYDYT「${use}」不是用地用海分类代码（如 1001）`, en: `planned use NYDYT "${use}" is not a land-use code (e.g. 1001)` });
  if (facts.XMLX === '工业' && !facts.GYLB) problems.push({ field: 'GYLB', zh: '工业项目须选择工业类别 GYLB', en: 'an industrial project needs its industry class GYLB' });
  return problems;
}

/** Empty optional facts are left out, so the document says only what was given. */
function cleanFacts(facts: ProjectFacts): ProjectFacts {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(facts)) {
    const v = typeof value === 'string' ? value.trim() : value;
    if (v !== '' && v !== null && v !== undefined) out[key] = v;
  }
  return out as unknown as ProjectFacts;
}

export function projectFromBoundary(reading: BoundaryFileReading, facts: ProjectFacts, stage: ProjectStage, id: string): ProjectDocument {
  return {
    type: 'Feature',
    project: {
      schemaVersion: '1.0.0',
      id,
      stage,
      source: { format: reading.format, fileName: reading.fileName, crs: reading.crs ?? 'EPSG:4490', points: reading.points },
    },
    properties: cleanFacts(facts),
    geometry: { type: 'MultiPolygon', coordinates: reading.parcels.map((p) => p.geometry.coordinates) },
  };
}
