// Pure. projectFromBoundary(reading, facts, stage, id) → the project document (EPSG:4490 MultiPolygon, its
// source with the 界址点), and checkProjectFacts(facts, stage) → what is wrong with the facts form, one
// message per field in both languages (XMMC and XMLX required; XMDM well formed, and required from
// 用地预审与选址 on; NYDYT a 用地用海 code).
import {
  PROJECT_STAGES,
  projectValueLabel,
  type ProjectDocument,
  type ProjectFacts,
  type ProjectStage,
  type ProjectType,
} from '../../../engine/review/index.ts';
import type { BoundaryFileReading } from './readBoundaryFile.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { messages, type MessageParams } from '../../i18n/message.ts';

export const PROJECT_TYPES: readonly ProjectType[] = ['工业', '仓储', '交通', '能源', '水利', '公共服务', '住宅', '商业', '其他'];
const XMDM_PATTERN = /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/;
const NYDYT_PATTERN = /^\d{2}(\d{2}){0,2}[A-Z]?$/;

export interface FactProblem {
  field: keyof ProjectFacts;
  zh: string;
  en: string;
}

/** A stored value (项目类型, stage) as each language names it: the national value in Chinese, its English word in English. */
const valueIn = (value: string) => ({ zh: value, en: projectValueLabel(value, 'en') });

export function checkProjectFacts(facts: ProjectFacts, stage: ProjectStage): FactProblem[] {
  const problems: FactProblem[] = [];
  const problem = (field: keyof ProjectFacts, key: MessageKey, params: MessageParams = {}) =>
    problems.push({ field, ...messages(key, params) });
  if (!facts.XMMC?.trim()) problem('XMMC', 'projectFactsNameRequired');
  if (!PROJECT_TYPES.includes(facts.XMLX)) {
    const types = PROJECT_TYPES.map(valueIn);
    const separator = messages('listSeparator');
    problem('XMLX', 'projectFactsTypeNotListed', {
      types: { zh: types.map((t) => t.zh).join(separator.zh), en: types.map((t) => t.en).join(separator.en) },
    });
  }
  const code = facts.XMDM?.trim() ?? '';
  if (code && !XMDM_PATTERN.test(code)) problem('XMDM', 'projectFactsCodeMalformed', { code });
  else if (!code && PROJECT_STAGES.indexOf(stage) >= PROJECT_STAGES.indexOf('用地预审与选址'))
    problem('XMDM', 'projectFactsCodeRequired', { stage: valueIn(stage) });
  const use = facts.NYDYT?.trim() ?? '';
  if (use && !NYDYT_PATTERN.test(use)) problem('NYDYT', 'projectFactsUseNotCode', { use });
  if (facts.XMLX === '工业' && !facts.GYLB) problem('GYLB', 'projectFactsIndustryClass');
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
