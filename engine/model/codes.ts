// Pure. Lookups in the classification code tables kept as data in schemas/codes/: 用地用海 2023 (`ydyh2023`),
// 三调 (`sandiao`) and the 三调 → 用地用海 same-name crosswalk. Never guess the scheme from a code: 三调 1001
// is 铁路用地 while 用地用海 1001 is 工业用地, so every lookup names the classification.
import ydyhTable from '../../schemas/codes/ydyh-2023.json' with { type: 'json' };
import sandiaoTable from '../../schemas/codes/sandiao-2017.json' with { type: 'json' };
import crosswalk from '../../schemas/codes/sandiao-to-ydyh.json' with { type: 'json' };
import type { Classification } from './types.ts';
import { say } from '../i18n/index.ts';

export type YdyhGroup = 'construction' | 'agricultural' | 'ecological-other' | 'sea';

export interface CodeInfo {
  code: string;
  name: string;
  /** English name (the table's `nameEn`: the standard's English term), shown in English. */
  nameEn: string;
  level: number;
  parent: string | null;
  /** Only for ydyh2023 codes: the rule-set grouping (product.md §4). */
  group?: YdyhGroup;
}

export const CLASSIFICATION_TITLE: Readonly<Record<Classification, { zh: string; en: string }>> = {
  ydyh2023: say('model.codes.ydyh2023'),
  sandiao: say('model.codes.sandiao'),
};

const tables: Record<Classification, ReadonlyMap<string, CodeInfo>> = {
  ydyh2023: new Map(ydyhTable.codes.map((c) => [c.code, { ...c, group: c.group as YdyhGroup }])),
  sandiao: new Map(sandiaoTable.codes.map((c) => [c.code, { ...c }])),
};

const crosswalkMap: ReadonlyMap<string, string> = new Map(Object.entries(crosswalk.map));
const crosswalkUnmapped: ReadonlySet<string> = new Set(crosswalk.unmapped);

export function codeInfo(classification: Classification, code: string): CodeInfo | undefined {
  return tables[classification].get(code);
}

/** A code's name in the language (the table's Chinese name, or its English `nameEn`); undefined for an unknown code. */
export function codeName(classification: Classification, code: string, language: 'zh' | 'en'): string | undefined {
  const info = tables[classification].get(code);
  return info && (language === 'zh' ? info.name : info.nameEn);
}

export function isKnownCode(classification: Classification, code: string): boolean {
  return tables[classification].has(code);
}

/** The rule-set group of a 用地用海 code (any level), or undefined for an unknown code. */
export function ydyhGroup(code: string): YdyhGroup | undefined {
  return tables.ydyh2023.get(code)?.group;
}

/**
 * The 用地用海 code for a 三调 code through the same-name crosswalk, or undefined when the code needs
 * attributes or a person to decide (05H1, 08H1, 1002 轨道交通 …) or is unknown.
 */
export function sandiaoToYdyh(code: string): string | undefined {
  return crosswalkMap.get(code);
}

/** True when the crosswalk says the 三调 code cannot be mapped one-to-one. */
export function needsManualMapping(code: string): boolean {
  return crosswalkUnmapped.has(code);
}

const byName = new Map<Classification, ReadonlyMap<string, CodeInfo>>();

/** The class whose Chinese name is `name` (names are unique within each table), or undefined: reads a stored class name. */
export function codeInfoByName(classification: Classification, name: string): CodeInfo | undefined {
  let names = byName.get(classification);
  if (!names) byName.set(classification, (names = new Map([...tables[classification].values()].map((c) => [c.name, c]))));
  return names.get(name);
}
