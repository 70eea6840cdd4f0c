// Pure. Words each finding code in Chinese and English from its parameters: the feature (index from 1,
// BSM or id), the field's Chinese title, what was expected and what was found. One entry per code.
import type { FindingCode, FindingValue } from './types.ts';

export interface FeatureRef {
  /** 0-based index in `features`. */
  index: number;
  bsm?: string;
  id?: string;
}

export interface MessageParams {
  feature?: FeatureRef;
  /** Property or metadata key. */
  field?: string;
  /** Chinese title of the field (from the schema). */
  fieldTitle?: string;
  /** English title of the field (the schema's x-titleEn), for the English message; else the Chinese one. */
  fieldTitleEn?: string;
  expected?: FindingValue;
  found?: FindingValue;
  /** Code-specific values (a byte offset, a ring number, a classification name …). */
  detail?: Readonly<Record<string, string | number>>;
}

export type Bilingual = { zh: string; en: string };

export function show(value: FindingValue | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return `"${value.length > 80 ? `${value.slice(0, 77)}…` : value}"`;
  if (Array.isArray(value)) {
    // A position prints as [lon, lat]; a list of allowed values as "a" / "b".
    if (value.every((v) => typeof v === 'number')) return `[${value.join(', ')}]`;
    return value.map((v) => show(v)).join(' / ');
  }
  return JSON.stringify(value);
}

function featureLabel(f: FeatureRef | undefined): Bilingual {
  if (!f) return { zh: '', en: '' };
  const tag = f.bsm ? ` (BSM=${f.bsm})` : f.id ? ` (id=${f.id})` : '';
  return { zh: `第 ${f.index + 1} 个要素${tag}`, en: `feature ${f.index + 1}${tag}` };
}

/** "第 12 个要素 (BSM=…) 的 用地用海分类代码" / "feature 12 (BSM=…), field YDYHFLDM (Land and sea use code)". */
function subject(p: MessageParams): Bilingual {
  const f = featureLabel(p.feature);
  if (!p.field) return f;
  const title = p.fieldTitle ?? p.field;
  const titleEn = p.fieldTitleEn ?? title;
  const zhField = title === p.field ? p.field : title;
  const enField = titleEn === p.field ? p.field : `${p.field} (${titleEn})`;
  return {
    zh: f.zh ? `${f.zh} 的 ${zhField}` : zhField,
    en: f.en ? `${f.en}, field ${enField}` : `field ${enField}`,
  };
}

const d = (p: MessageParams, key: string): string => String(p.detail?.[key] ?? '');

type Wording = (p: MessageParams, s: Bilingual, f: Bilingual) => Bilingual;

const WORDING: Record<FindingCode, Wording> = {
  'empty-file': () => ({ zh: '文件为空，不是规划文档', en: 'the file is empty, not a plan document' }),
  'not-utf8': (p) => ({
    zh: `文件不是有效的 UTF-8 编码（第 ${d(p, 'offset')} 字节起；可能是 GBK 编码，请另存为 UTF-8）`,
    en: `the file is not valid UTF-8 (from byte ${d(p, 'offset')}; possibly GBK: save it as UTF-8)`,
  }),
  'truncated-json': () => ({
    zh: 'JSON 在文件末尾意外结束（文件可能被截断）',
    en: 'the JSON ends unexpectedly (the file may be truncated)',
  }),
  'invalid-json': (p) => ({
    zh: `不是有效的 JSON：第 ${d(p, 'line')} 行第 ${d(p, 'column')} 列附近有语法错误`,
    en: `not valid JSON: syntax error near line ${d(p, 'line')}, column ${d(p, 'column')}`,
  }),
  'too-deep': (p) => ({
    zh: `数组或对象嵌套过深（超过 ${show(p.expected)} 层），不是规划文档`,
    en: `arrays or objects are nested too deeply (more than ${show(p.expected)} levels): not a plan document`,
  }),
  'string-too-long': (p) => ({
    zh: `${d(p, 'where')}的字符串过长（${show(p.found)} 个字符，上限 ${show(p.expected)}）`,
    en: `a string at ${d(p, 'where')} is too long (${show(p.found)} characters, limit ${show(p.expected)})`,
  }),
  'forbidden-key': (p) => ({
    zh: `${d(p, 'where')}含有不允许的键 ${show(p.found)}（可能用于原型污染）`,
    en: `${d(p, 'where')} contains the forbidden key ${show(p.found)} (prototype pollution)`,
  }),
  'number-out-of-range': (p) => ({
    zh: `${d(p, 'where')}的数值超出双精度范围（如 1e400），无法表示`,
    en: `a number at ${d(p, 'where')} is outside the double range (e.g. 1e400)`,
  }),
  'not-an-object': (p) => ({
    zh: `文件顶层应为 JSON 对象（GeoJSON FeatureCollection），实际为 ${d(p, 'foundZh')}`,
    en: `the top level must be a JSON object (a GeoJSON FeatureCollection), found ${d(p, 'foundEn')}`,
  }),
  'not-feature-collection': (p) => ({
    zh: `type 应为 "FeatureCollection"，实际为 ${show(p.found) || '空'}`,
    en: `type must be "FeatureCollection", found ${show(p.found) || 'nothing'}`,
  }),
  'missing-plan': () => ({
    zh: '缺少规划元数据 plan（规划类型、编号、名称、部门、版本、期限、分类版本、来源坐标系）',
    en: 'the plan metadata member "plan" is missing (kind, id, title, department, version, period, classification, source CRS)',
  }),
  'unknown-kind': (p) => ({
    zh: `规划类型 plan.kind 为 ${show(p.found) || '空'}，应为 ${show(p.expected)} 之一`,
    en: `unknown plan kind ${show(p.found) || '(none)'}: expected one of ${show(p.expected)}`,
  }),
  'missing-plan-field': (p) => ({
    zh: `规划元数据缺少 ${p.fieldTitle ?? p.field}（${p.field}）`,
    en: `the plan metadata lacks ${p.field} (${p.fieldTitle ?? p.field})`,
  }),
  'invalid-plan-field': (p) => ({
    zh: `规划元数据的 ${p.fieldTitle ?? p.field}（${p.field}）无效：应为 ${show(p.expected)}，实际为 ${show(p.found)}`,
    en: `plan metadata ${p.field} (${p.fieldTitle ?? p.field}) is invalid: expected ${show(p.expected)}, found ${show(p.found)}`,
  }),
  'features-not-array': () => ({ zh: 'features 应为要素数组', en: 'features must be an array of features' }),
  'invalid-feature': (p, s, f) => ({
    zh: `${f.zh || '要素'} 不是有效的 GeoJSON 要素：${d(p, 'zh')}`,
    en: `${f.en || 'a feature'} is not a valid GeoJSON feature: ${d(p, 'en')}`,
  }),
  'unknown-layer': (p, s, f) => ({
    zh: `${f.zh} 的图层 ${show(p.found) || '（空）'} 不属于该规划类型，应为 ${show(p.expected)} 之一`,
    en: `${f.en}: layer ${show(p.found) || '(none)'} does not belong to this plan kind; expected one of ${show(p.expected)}`,
  }),
  'null-geometry': (p, s, f) => ({ zh: `${f.zh} 的几何为空（null）`, en: `${f.en} has a null geometry` }),
  'empty-geometry': (p, s, f) => ({ zh: `${f.zh} 的几何没有坐标`, en: `${f.en} has an empty geometry` }),
  'geometry-type-mismatch': (p, s, f) => ({
    zh: `${f.zh} 的几何类型为 ${show(p.found)}，该图层应为 ${show(p.expected)}`,
    en: `${f.en} has geometry type ${show(p.found)}; the layer expects ${show(p.expected)}`,
  }),
  'invalid-geometry': (p, s, f) => ({
    zh: `${f.zh} 的几何结构无效：${d(p, 'zh')}`,
    en: `${f.en} has an invalid geometry: ${d(p, 'en')}`,
  }),
  'coordinate-not-finite': (p, s, f) => ({
    zh: `${f.zh} 的坐标不是有限数值：${show(p.found)}`,
    en: `${f.en} has a coordinate that is not a finite number: ${show(p.found)}`,
  }),
  'coordinate-out-of-range': (p, s, f) => ({
    zh: `${f.zh} 的坐标 ${show(p.found)} 超出经纬度范围（经度 −180…180，纬度 −90…90）${d(p, 'hintZh')}`,
    en: `${f.en} has coordinate ${show(p.found)} outside lon/lat range (lon −180…180, lat −90…90)${d(p, 'hintEn')}`,
  }),
  'ring-not-closed': (p, s, f) => ({
    zh: `${f.zh} 的第 ${d(p, 'ring')} 个环未闭合：首点 ${show(p.expected)}，末点 ${show(p.found)}`,
    en: `${f.en}: ring ${d(p, 'ring')} is not closed: first position ${show(p.expected)}, last ${show(p.found)}`,
  }),
  'ring-too-few-positions': (p, s, f) => ({
    zh: `${f.zh} 的第 ${d(p, 'ring')} 个环只有 ${show(p.found)} 个坐标，至少需要 4 个`,
    en: `${f.en}: ring ${d(p, 'ring')} has ${show(p.found)} positions; at least 4 are needed`,
  }),
  'line-too-few-positions': (p, s, f) => ({
    zh: `${f.zh} 的线只有 ${show(p.found)} 个坐标，至少需要 2 个`,
    en: `${f.en}: a line has ${show(p.found)} positions; at least 2 are needed`,
  }),
  'unknown-document': () => ({
    zh: '不是蓝图的规划文档（缺少 type "FeatureCollection" 与 plan），也不是其他已知的蓝图文档（规则包、指标目标、工作空间、冲突报告）',
    en: 'not a Lantu plan document (no type "FeatureCollection" and no plan) nor another known Lantu document (rule pack, targets, workspace, conflict report)',
  }),
  'schema-violation': (p) => ({
    zh: `${d(p, 'whereZh')} 不符合${d(p, 'schemaZh')}模式：${d(p, 'zh')}`,
    en: `${d(p, 'whereEn')} does not match the ${d(p, 'schemaEn')} schema: ${d(p, 'en')}`,
  }),
  'self-intersection': (p, s, f) => ({
    zh: `${f.zh} 的面自相交：${d(p, 'partZh')}${d(p, 'ringsZh')}在 ${show(p.found)} 处相交`,
    en: `${f.en} self-intersects: ${d(p, 'partEn')}${d(p, 'ringsEn')} meet at ${show(p.found)}`,
  }),
  'parts-overlap': (p, s, f) => ({
    zh: `${f.zh} 的第 ${d(p, 'first')} 个面与第 ${d(p, 'second')} 个面重叠（如 ${show(p.found)} 处），面积会被重复计算；请合并或修正这些面`,
    en: `${f.en}: parts ${d(p, 'first')} and ${d(p, 'second')} overlap (e.g. at ${show(p.found)}), so their area would be counted twice; merge or fix the parts`,
  }),
  'hole-outside-shell': (p, s, f) => ({
    zh: `${f.zh} 的${d(p, 'partZh')}第 ${d(p, 'ring')} 个环（内环）不在外环之内`,
    en: `${f.en}: ${d(p, 'partEn')}ring ${d(p, 'ring')} (a hole) lies outside its shell`,
  }),
  'duplicate-id': (p, s, f) => ({
    zh: `${f.zh} 的 id ${show(p.found)} 与第 ${d(p, 'first')} 个要素重复`,
    en: `${f.en}: id ${show(p.found)} repeats feature ${d(p, 'first')}`,
  }),
  'duplicate-bsm': (p, s, f) => ({
    zh: `${f.zh} 的 标识码 ${show(p.found)} 与第 ${d(p, 'first')} 个要素重复`,
    en: `${f.en}: BSM ${show(p.found)} repeats feature ${d(p, 'first')}`,
  }),
  'invalid-id': (p, s, f) => ({
    zh: `${f.zh} 的 id 应为 UUID（由规划编号与标识码派生），实际为 ${show(p.found) || '空'}`,
    en: `${f.en}: id must be a UUID (derived from plan id and BSM), found ${show(p.found) || 'nothing'}`,
  }),
  'unknown-code': (p, s) => ({
    zh: `${s.zh} ${show(p.found)} 不在${d(p, 'tableZh')}代码表中${d(p, 'hintZh')}`,
    en: `${s.en}: ${show(p.found)} is not in the code table of ${d(p, 'tableEn')}${d(p, 'hintEn')}`,
  }),
  'area-mismatch': (p, s) => ({
    zh: `${s.zh} 为 ${show(p.found)} 平方米，与椭球面积 ${show(p.expected)} 平方米相差 ${d(p, 'percent')}%（允许 ${d(p, 'tolerance')}%）`,
    en: `${s.en} is ${show(p.found)} m², the ellipsoidal area is ${show(p.expected)} m²: off by ${d(p, 'percent')} % (tolerance ${d(p, 'tolerance')} %)`,
  }),
  'missing-field': (p, s, f) => ({
    zh: `${f.zh} 缺少必填字段 ${p.fieldTitle ?? p.field}（${p.field}）`,
    en: `${f.en} lacks the required field ${p.field} (${p.fieldTitleEn ?? p.fieldTitle ?? p.field})`,
  }),
  'invalid-value': (p, s) => ({
    zh: `${s.zh} 的值 ${show(p.found)} 无效，应为 ${show(p.expected)}`,
    en: `${s.en}: ${show(p.found)} is invalid; expected ${show(p.expected)}`,
  }),
  'wrong-type': (p, s) => ({
    zh: `${s.zh} 应为${d(p, 'typeZh')}，实际为 ${show(p.found)}`,
    en: `${s.en} must be ${d(p, 'typeEn')}, found ${show(p.found)}`,
  }),
  'pattern-mismatch': (p, s) => ({
    zh: `${s.zh} 的值 ${show(p.found)} 格式不对${d(p, 'formatZh')}`,
    en: `${s.en}: ${show(p.found)} has the wrong format${d(p, 'formatEn')}`,
  }),
  'out-of-range': (p, s) => ({
    zh: `${s.zh} 的值 ${show(p.found)} 超出范围，应 ${d(p, 'rangeZh')}`,
    en: `${s.en}: ${show(p.found)} is out of range; must be ${d(p, 'rangeEn')}`,
  }),
  'crs-web-map': (p) => ({
    zh: `来源坐标系 ${show(p.found)} 是互联网地图的加偏坐标（GCJ-02/BD-09），与规划数据相差数百米，不能混用`,
    en: `source CRS ${show(p.found)} is an offset web-map datum (GCJ-02/BD-09), hundreds of metres off planning data`,
  }),
  'crs-zone-mismatch': (p) => ({
    zh: `来源坐标系 ${show(p.found)} 的中央经线为 ${d(p, 'cm')}°E，而数据中心在 ${d(p, 'lon')}°E，可能标错了投影带`,
    en: `source CRS ${show(p.found)} has its central meridian at ${d(p, 'cm')}°E but the data centre is at ${d(p, 'lon')}°E: wrong zone?`,
  }),
  'utf8-bom': () => ({ zh: '文件以 UTF-8 BOM 开头，已忽略', en: 'the file starts with a UTF-8 byte-order mark; ignored' }),
  'alias-field': (p) => ({
    zh: `${d(p, 'layer')} 图层的列 ${show(p.found)} 是 ${p.fieldTitle}（${p.field}）的别名，应使用标准字段名 ${p.field}（${d(p, 'count')} 个要素）`,
    en: `layer ${d(p, 'layer')}: column ${show(p.found)} is an alias of ${p.field} (${p.fieldTitleEn ?? p.fieldTitle}); use the standard name (${d(p, 'count')} features)`,
  }),
  'id-not-derived': (p, s, f) => ({
    zh: `${f.zh} 的 id ${show(p.found)} 不是由规划编号与标识码派生的 ${show(p.expected)}`,
    en: `${f.en}: id ${show(p.found)} is not the one derived from plan id and BSM, ${show(p.expected)}`,
  }),
};

export function messageFor(code: FindingCode, params: MessageParams): Bilingual {
  return WORDING[code](params, subject(params), featureLabel(params.feature));
}
