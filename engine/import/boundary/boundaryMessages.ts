// Pure. boundaryFinding(code, where, params) → a finding of the 界址点 TXT reader with its Chinese and English
// message (catalogue entries import.boundaryMessages.<code>); every message names the file, then the 地块 (index
// and 编号), the 点号 and the line when known. Parameters render as the templates did (String of each value).
import { say, type Bilingual } from '../../i18n/index.ts';
import type { BoundaryFinding, BoundaryFindingLevel } from './types.ts';

export interface BoundaryWhere {
  fileName: string;
  line?: number;
  parcelIndex?: number;
  parcelId?: string;
  pointId?: string;
}

type P = Record<string, string | number>;
type Text = (p: P) => Bilingual;

/** A message kept out of the catalogue: its English quotes the 部标 TXT format's own Chinese keywords ([属性描述], 圈号,
 * 界址点数, …) as they appear in the file, which the catalogue's no-Chinese-in-English rule refuses. */
const kept = (zh: string, en: string): Bilingual => ({ zh, en });

const MESSAGES: Record<string, { level: BoundaryFindingLevel; text: Text }> = {
  TXT_EMPTY: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_EMPTY') },
  TXT_ENCODING: {
    level: 'fatal',
    text: (p) =>
      kept(
        `无法按 UTF-8 或 GBK 读取（${p.detail}），请另存为 GBK 或 UTF-8 的部标界址点坐标 TXT`,
        `cannot be read as UTF-8 or GBK (${p.detailEn ?? p.detail}); save it as a GBK or UTF-8 部标 界址点 TXT`,
      ),
  },
  TXT_SECTION_MISSING: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_SECTION_MISSING', { section: String(p.section) }) },
  TXT_ATTRIBUTE_CONFLICT: {
    level: 'fatal',
    text: (p) =>
      kept(
        `[属性描述] 中“${p.key}”出现两次且取值不同（第 ${p.first} 行为“${p.firstValue}”，此行为“${p.value}”）：无法确定以哪个为准`,
        `"${p.key}" appears twice in [属性描述] with different values (line ${p.first} says "${p.firstValue}", this line "${p.value}"): which one applies is unclear`,
      ),
  },
  TXT_FIELD_TOO_LONG: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.TXT_FIELD_TOO_LONG', {
        field: String(p.field),
        value: String(p.value),
        length: String(p.length),
        max: String(p.max),
      }),
  },
  TXT_OTHER_FORMAT: {
    level: 'fatal',
    text: (p) =>
      kept(`内容是 ${p.format}，不是部标界址点坐标 TXT：${p.advice}`, `the content is ${p.format}, not a 部标 界址点 TXT: ${p.adviceEn}`),
  },
  TXT_ATTRIBUTE_LINE: {
    level: 'fatal',
    text: (p) => kept(`[属性描述] 中的行不是“键=值”：${p.text}`, `a line in [属性描述] is not key=value: ${p.text}`),
  },
  TXT_DATUM_UNSUPPORTED: {
    level: 'fatal',
    text: (p) =>
      kept(
        `坐标系“${p.datum}”不受支持：请先转换到 2000国家大地坐标系（CGCS2000）`,
        `the coordinate system "${p.datum}" is not supported: convert it to CGCS2000 (2000国家大地坐标系) first`,
      ),
  },
  TXT_DATUM_MISSING: {
    level: 'warning',
    text: () => kept('[属性描述] 未写坐标系，按 2000国家大地坐标系 读取', '[属性描述] names no 坐标系; read as CGCS2000'),
  },
  TXT_ZONE_WIDTH: {
    level: 'fatal',
    text: (p) => kept(`几度分带“${p.value}”无效：应为 3 或 6`, `几度分带 "${p.value}" is invalid: it must be 3 or 6`),
  },
  TXT_ZONE_WIDTH_MISSING: {
    level: 'warning',
    text: () => kept('[属性描述] 未写几度分带，按 3 度带读取', '[属性描述] has no 几度分带; read as 3-degree zones'),
  },
  TXT_UNIT: {
    level: 'fatal',
    text: (p) => kept(`计量单位“${p.value}”不受支持：应为 米`, `计量单位 "${p.value}" is not supported: it must be 米 (metres)`),
  },
  TXT_PROJECTION: {
    level: 'fatal',
    text: (p) =>
      kept(`投影类型“${p.value}”不受支持：应为 高斯克吕格`, `投影类型 "${p.value}" is not supported: it must be 高斯克吕格 (Gauss-Krüger)`),
  },
  TXT_ZONE_MISSING: {
    level: 'fatal',
    text: () =>
      kept(
        'Y 坐标不带带号，且 [属性描述] 未写带号，无法确定投影带',
        'the Y coordinates carry no zone prefix and [属性描述] has no 带号: the zone cannot be determined',
      ),
  },
  TXT_ZONE_INVALID: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_ZONE_INVALID', { zone: String(p.zone), width: String(p.width) }),
  },
  TXT_ZONE_MIXED: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_ZONE_MIXED', { zone: String(p.zone), first: String(p.first) }),
  },
  TXT_ZONE_HEADER_MISMATCH: {
    level: 'warning',
    text: (p) =>
      kept(
        `[属性描述] 带号=${p.header}，但 Y 坐标带号为 ${p.prefix}；按第 ${p.used} 带读取（坐标落在${p.territory}内）`,
        `[属性描述] says 带号=${p.header} but the Y coordinates carry zone ${p.prefix}; read in zone ${p.used} (the points then lie in ${p.territory})`,
      ),
  },
  TXT_OUTSIDE_TERRITORY: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.TXT_OUTSIDE_TERRITORY', {
        zone: String(p.zone),
        width: String(p.width),
        lon: String(p.lon),
        lat: String(p.lat),
        territory: String(p.territory),
      }),
  },
  TXT_XY_SWAPPED: {
    level: 'warning',
    text: () => say('import.boundaryMessages.TXT_XY_SWAPPED'),
  },
  TXT_COORDINATE_RANGE: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_COORDINATE_RANGE', { x: String(p.x), y: String(p.y) }),
  },
  TXT_PARCEL_HEADER: {
    level: 'fatal',
    text: (p) =>
      kept(
        `地块头行应为“界址点数,地块面积,地块编号,地块名称,记录图形属性,图幅号,地块用途,地类编码,…,@”：${p.text}`,
        `a 地块 header must read "界址点数,地块面积,地块编号,地块名称,记录图形属性,图幅号,地块用途,地类编码,…,@": ${p.text}`,
      ),
  },
  // Counts, ring and zone numbers are whole numbers from 1: "0" or "-5" is a number, just not one of those.
  TXT_NUMBER: {
    level: 'fatal',
    text: (p) =>
      p.whole
        ? say('import.boundaryMessages.TXT_NUMBER_WHOLE', { field: String(p.field), value: String(p.value) })
        : say('import.boundaryMessages.TXT_NUMBER', { field: String(p.field), value: String(p.value) }),
  },
  TXT_POINT_LINE: {
    level: 'fatal',
    text: (p) => kept(`界址点行应为“点号,圈号,X,Y”：${p.text}`, `a point line must read "点号,圈号,X,Y": ${p.text}`),
  },
  TXT_POINT_BEFORE_HEADER: {
    level: 'fatal',
    text: (p) => kept(`界址点行前没有地块头行：${p.text}`, `a point line comes before any 地块 header: ${p.text}`),
  },
  TXT_NO_PARCELS: { level: 'fatal', text: () => kept('[地块坐标] 中没有地块', '[地块坐标] holds no 地块') },
  TXT_POINT_COUNT: {
    level: 'fatal',
    text: (p) => kept(`界址点数写为 ${p.stated}，实有 ${p.actual} 个点`, `界址点数 states ${p.stated} points but ${p.actual} follow`),
  },
  TXT_DUPLICATE_PARCEL: {
    level: 'fatal',
    text: (p) =>
      kept(`地块编号“${p.id}”重复（第 ${p.first} 个地块已用）`, `地块编号 "${p.id}" is repeated (already used by 地块 ${p.first})`),
  },
  TXT_RING_ORDER: {
    level: 'fatal',
    text: (p) =>
      kept(
        `圈号 ${p.ring} 出现在圈号 ${p.previous} 之后或重复出现：每圈的点须连续，外圈为 1`,
        `圈号 ${p.ring} comes after 圈号 ${p.previous} or again: each ring's points must be together, the outer ring is 1`,
      ),
  },
  TXT_RING_MISSING_OUTER: { level: 'fatal', text: () => kept('缺少圈号为 1 的外圈', 'the outer ring (圈号 1) is missing') },
  TXT_RING_TOO_SHORT: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_RING_TOO_SHORT', { ring: String(p.ring), count: String(p.count) }),
  },
  TXT_RING_UNCLOSED: {
    level: 'warning',
    text: (p) => say('import.boundaryMessages.TXT_RING_UNCLOSED', { ring: String(p.ring), first: String(p.first) }),
  },
  TXT_SELF_INTERSECTION: {
    level: 'fatal',
    text: (p) =>
      kept(
        `边界自相交（圈号 ${p.ring} 与圈号 ${p.other}），位于 X=${p.x}, Y=${p.y} 附近`,
        `the boundary crosses itself (圈号 ${p.ring} and 圈号 ${p.other}) near X=${p.x}, Y=${p.y}`,
      ),
  },
  TXT_HOLE_OUTSIDE: {
    level: 'fatal',
    text: (p) => kept(`内圈（圈号 ${p.ring}）不在外圈之内`, `the hole (圈号 ${p.ring}) is not inside the outer ring`),
  },
  TXT_AREA_MISMATCH: {
    level: 'quality',
    text: (p) =>
      kept(
        `地块面积写为 ${p.stated} 公顷，按坐标在第 ${p.zone} 带平面上计算为 ${p.plane} 公顷（椭球面积 ${p.grs80} 公顷）`,
        `地块面积 states ${p.stated} ha; the coordinates give ${p.plane} ha on the plane of zone ${p.zone} (${p.grs80} ha on the GRS80 ellipsoid)`,
      ),
  },
  TXT_SHAPE_KIND: {
    level: 'fatal',
    text: (p) => kept(`记录图形属性为“${p.value}”：只能读取“面”`, `记录图形属性 is "${p.value}": only 面 (polygons) can be read`),
  },
  TXT_WRITE_GBK: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_WRITE_GBK', { char: String(p.char) }),
  },
  TXT_DWG: {
    level: 'fatal',
    text: (p) =>
      kept(
        `是 DWG 文件（${p.version}），不是界址点坐标 TXT：请在 CAD 中“另存为” DXF（ASCII）后按 DXF 导入`,
        `is a DWG file (${p.version}), not a 界址点 TXT: save it from CAD as an ASCII DXF and import that`,
      ),
  },
  TABLE_EMPTY: { level: 'fatal', text: () => kept('表格中没有界址点', 'the table holds no 界址点') },
  TABLE_ROW: {
    level: 'fatal',
    text: (p) =>
      kept(
        `每行应为“点号 圈号 X Y”（最前可加一列地块编号；以制表符或逗号分隔），此行有 ${p.count} 列：${p.text}`,
        `each row must read "点号 圈号 X Y" (optionally 地块编号 first; tab- or comma-separated); this row has ${p.count} columns: ${p.text}`,
      ),
  },
  TABLE_HEADER: {
    level: 'fatal',
    text: (p) =>
      kept(
        `表头缺少“${p.column}”列（可识别的列：地块编号、点号、圈号、X、Y）`,
        `the header has no "${p.column}" column (known columns: 地块编号, 点号, 圈号, X, Y)`,
      ),
  },
  TABLE_ZONE_MISSING: {
    level: 'fatal',
    text: () => kept('Y 坐标不带带号，请选择投影带（带号）', 'the Y coordinates carry no zone prefix: choose the zone (带号)'),
  },
  BOUNDARY_NO_POLYGONS: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.BOUNDARY_NO_POLYGONS', { detail: { zh: String(p.detail), en: String(p.detailEn) } }),
  },
  BOUNDARY_NOT_POLYGON: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.BOUNDARY_NOT_POLYGON', { feature: String(p.feature), type: String(p.type) }),
  },
  BOUNDARY_CRS_UNSUPPORTED: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.BOUNDARY_CRS_UNSUPPORTED', { crs: String(p.crs) }),
  },
  BOUNDARY_COORDINATE: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.BOUNDARY_COORDINATE', {
        feature: String(p.feature),
        x: String(p.x),
        y: String(p.y),
        crs: String(p.crs),
      }),
  },
  TXT_UTF16: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_UTF16') },
};

function prefixZh(w: BoundaryWhere): string {
  let s = w.fileName;
  if (w.parcelIndex !== undefined) s += `：地块 ${w.parcelIndex}${w.parcelId ? `（编号 ${w.parcelId}）` : ''}`;
  if (w.pointId) s += ` 点 ${w.pointId}`;
  if (w.line !== undefined) s += `（第 ${w.line} 行）`;
  return s + '：';
}

function prefixEn(w: BoundaryWhere): string {
  let s = w.fileName;
  if (w.parcelIndex !== undefined) s += `: 地块 ${w.parcelIndex}${w.parcelId ? ` (编号 ${w.parcelId})` : ''}`;
  if (w.pointId) s += `, point ${w.pointId}`;
  if (w.line !== undefined) s += ` (line ${w.line})`;
  return s + ': ';
}

export function boundaryFinding(code: keyof typeof MESSAGES & string, where: BoundaryWhere, params: P = {}): BoundaryFinding {
  const m = MESSAGES[code];
  if (!m) throw new Error(`unknown boundary finding ${code}`);
  const message = m.text(params);
  const f: BoundaryFinding = { level: m.level, code, messageZh: prefixZh(where) + message.zh, messageEn: prefixEn(where) + message.en };
  if (where.line !== undefined) f.line = where.line;
  if (where.parcelIndex !== undefined) f.parcelIndex = where.parcelIndex;
  if (where.parcelId) f.parcelId = where.parcelId;
  if (where.pointId) f.pointId = where.pointId;
  return f;
}
