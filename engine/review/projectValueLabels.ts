// Pure. English words for the Chinese values a project document stores (stage, 项目类型, 是/否, 工业类别), so an
// English screen or report names them in English while files keep the national values.
import type { ProjectStage, ProjectType } from './types.ts';

const EN: Readonly<Record<string, string>> = {
  策划生成: 'project planning',
  用地预审与选址: 'land pre-approval and siting',
  用地规划许可: 'land-use planning permit',
  工程规划许可: 'construction planning permit',
  工业: 'industrial',
  仓储: 'warehousing',
  交通: 'transport',
  能源: 'energy',
  水利: 'water',
  公共服务: 'public service',
  住宅: 'housing',
  商业: 'commercial',
  其他: 'other',
  是: 'yes',
  否: 'no',
  一类: 'class I',
  二类: 'class II',
  三类: 'class III',
};

/** The value as a reader of `language` reads it: Chinese values unchanged, English ones translated when known. */
export function projectValueLabel(value: ProjectStage | ProjectType | string, language: 'zh' | 'en'): string {
  return language === 'en' ? (EN[value] ?? value) : value;
}
