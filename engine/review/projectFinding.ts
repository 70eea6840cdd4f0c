// Pure. The findings of reading a project document (readProjectDocument): stable codes, their level (fatal: no
// project; quality: the project is kept but flagged; warning: worth knowing) and messages in Chinese and
// English that name the file and the field (its Chinese title and national name).
import type { FindingLevel, FindingValue } from '../validate/types.ts';

export const PROJECT_FATAL_CODES = [
  'empty-file',
  'not-utf8',
  'truncated-json',
  'invalid-json',
  'too-deep',
  'string-too-long',
  'forbidden-key',
  'number-out-of-range',
  'not-an-object',
  'not-a-feature',
  'missing-project',
  'missing-project-field',
  'invalid-project-field',
  'properties-not-object',
  'null-geometry',
  'empty-geometry',
  'geometry-type-mismatch',
  'invalid-geometry',
  'coordinate-out-of-range',
  'ring-too-few-positions',
  'ring-not-closed',
  'file-too-large',
] as const;

export const PROJECT_QUALITY_CODES = [
  'missing-field',
  'missing-project-code',
  'invalid-value',
  'wrong-type',
  'pattern-mismatch',
  'self-intersection',
  'hole-outside-shell',
  'parts-overlap',
] as const;

export const PROJECT_WARNING_CODES = ['utf8-bom', 'alias-field', 'alias-shadowed', 'polygon-as-multipolygon'] as const;

export type ProjectFindingCode =
  (typeof PROJECT_FATAL_CODES)[number] | (typeof PROJECT_QUALITY_CODES)[number] | (typeof PROJECT_WARNING_CODES)[number];

export interface ProjectFinding {
  level: FindingLevel;
  code: ProjectFindingCode;
  /** JSON pointer into the document as read ('' for the whole file). */
  path: string;
  /** National field name (XMDM …) or project-metadata key (stage, source.crs …). */
  field?: string;
  expected?: FindingValue;
  found?: FindingValue;
  message: { zh: string; en: string };
}

export function projectFindingLevel(code: ProjectFindingCode): FindingLevel {
  if ((PROJECT_FATAL_CODES as readonly string[]).includes(code)) return 'fatal';
  if ((PROJECT_QUALITY_CODES as readonly string[]).includes(code)) return 'quality';
  return 'warning';
}

/** A finding whose message is "<file>：<zh>" / "<file>: <en>". */
export function projectFinding(
  fileName: string,
  code: ProjectFindingCode,
  path: string,
  text: { zh: string; en: string },
  extra: { field?: string; expected?: FindingValue; found?: FindingValue } = {},
): ProjectFinding {
  const f: ProjectFinding = {
    level: projectFindingLevel(code),
    code,
    path,
    message: { zh: `${fileName}：${text.zh}`, en: `${fileName}: ${text.en}` },
  };
  if (extra.field !== undefined) f.field = extra.field;
  if (extra.expected !== undefined) f.expected = extra.expected;
  if (extra.found !== undefined) f.found = extra.found;
  return f;
}

const LEVEL_RANK = { fatal: 0, quality: 1, warning: 2 } as const;

/** Level, then path, then code: a stable order. */
export function sortProjectFindings(findings: readonly ProjectFinding[]): ProjectFinding[] {
  return [...findings].sort(
    (a, b) =>
      LEVEL_RANK[a.level] - LEVEL_RANK[b.level] ||
      (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
