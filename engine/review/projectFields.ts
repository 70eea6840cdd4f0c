// Pure. The fields of a project document's facts, read from schemas/project.schema.json (the authority): key,
// Chinese title, English name and aliases. projectFieldForAlias maps a column name (项目名称) to its field (XMMC).
import schema from '../../schemas/project.schema.json' with { type: 'json' };
import type { ProjectFacts } from './types.ts';

export type ProjectField = keyof ProjectFacts;

export interface ProjectFieldInfo {
  key: ProjectField;
  titleZh: string;
  titleEn: string;
  aliases: readonly string[];
}

const EN: Readonly<Record<ProjectField, string>> = {
  XMDM: 'unified project code',
  XMMC: 'project name',
  JSDW: 'developer',
  XMLX: 'project type',
  NYDYT: 'intended land use',
  ZDXM: 'national major construction project',
  DDXZ: 'separately sited project',
  DDXZLX: 'kind of separate siting',
  GYLB: 'industry class',
};

interface RawFact {
  title: string;
  'x-aliases'?: string[];
}

export const PROJECT_FIELDS: readonly ProjectFieldInfo[] = Object.entries(schema.$defs.facts.properties as Record<string, RawFact>).map(
  ([key, raw]) => ({
    key: key as ProjectField,
    titleZh: raw.title,
    titleEn: EN[key as ProjectField] ?? key,
    aliases: raw['x-aliases'] ?? [],
  }),
);

export function projectFieldInfo(key: ProjectField): ProjectFieldInfo {
  const info = PROJECT_FIELDS.find((f) => f.key === key);
  if (!info) throw new Error(`no project field ${key}`);
  return info;
}

/** The field a column name stands for: its key (any case) or one of its aliases, else undefined. */
export function projectFieldForAlias(column: string): ProjectFieldInfo | undefined {
  const name = column.trim();
  const upper = name.toUpperCase();
  return (
    PROJECT_FIELDS.find((f) => f.key === upper) ??
    PROJECT_FIELDS.find((f) => f.aliases.some((a) => a === name || a.toUpperCase() === upper))
  );
}
