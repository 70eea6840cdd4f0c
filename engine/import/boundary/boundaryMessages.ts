// Pure. boundaryFinding(code, where, params) → a finding of the 界址点 TXT reader with its Chinese and English
// message (catalogue entries import.boundaryMessages.<code>); every message names the file, then the 地块 (index
// and 编号), the 点号 and the line when known. The format's own keywords come from BOUNDARY_TXT_TERMS.
import { say, type Bilingual, type ParamValue } from '../../i18n/index.ts';
import { BOUNDARY_TXT_TERMS as T } from './boundaryTxtTerms.ts';
import type { BoundaryFinding, BoundaryFindingLevel } from './types.ts';

export interface BoundaryWhere {
  fileName: string;
  line?: number;
  parcelIndex?: number;
  parcelId?: string;
  pointId?: string;
}

type P = Readonly<Record<string, ParamValue>>;
type Text = (p: P) => Bilingual;

/** A parameter as given (callers pass every one their message names; a missing one reads `undefined`, as before). */
const v = (value: ParamValue | undefined): ParamValue => value ?? String(value);

const MESSAGES: Record<string, { level: BoundaryFindingLevel; text: Text }> = {
  TXT_EMPTY: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_EMPTY') },
  TXT_ENCODING: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_ENCODING', { ...T, detail: v(p.detail) }) },
  TXT_SECTION_MISSING: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_SECTION_MISSING', { section: v(p.section) }) },
  TXT_ATTRIBUTE_CONFLICT: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.TXT_ATTRIBUTE_CONFLICT', {
        ...T,
        key: v(p.key),
        first: v(p.first),
        firstValue: v(p.firstValue),
        value: v(p.value),
      }),
  },
  TXT_FIELD_TOO_LONG: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.TXT_FIELD_TOO_LONG', { field: v(p.field), value: v(p.value), length: v(p.length), max: v(p.max) }),
  },
  TXT_OTHER_FORMAT: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_OTHER_FORMAT', { ...T, format: v(p.format), advice: v(p.advice) }),
  },
  TXT_ATTRIBUTE_LINE: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_ATTRIBUTE_LINE', { ...T, text: v(p.text) }) },
  TXT_DATUM_UNSUPPORTED: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_DATUM_UNSUPPORTED', { ...T, datum: v(p.datum) }) },
  TXT_DATUM_MISSING: { level: 'warning', text: () => say('import.boundaryMessages.TXT_DATUM_MISSING', T) },
  TXT_ZONE_WIDTH: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_ZONE_WIDTH', { ...T, value: v(p.value) }) },
  TXT_ZONE_WIDTH_MISSING: { level: 'warning', text: () => say('import.boundaryMessages.TXT_ZONE_WIDTH_MISSING', T) },
  TXT_UNIT: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_UNIT', { ...T, value: v(p.value) }) },
  TXT_PROJECTION: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_PROJECTION', { ...T, value: v(p.value) }) },
  TXT_ZONE_MISSING: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_ZONE_MISSING', T) },
  TXT_ZONE_INVALID: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_ZONE_INVALID', { zone: v(p.zone), width: v(p.width) }),
  },
  TXT_ZONE_MIXED: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_ZONE_MIXED', { zone: v(p.zone), first: v(p.first) }) },
  TXT_ZONE_HEADER_MISMATCH: {
    level: 'warning',
    text: (p) =>
      say('import.boundaryMessages.TXT_ZONE_HEADER_MISMATCH', {
        ...T,
        header: v(p.header),
        prefix: v(p.prefix),
        used: v(p.used),
        territory: v(p.territory),
      }),
  },
  TXT_OUTSIDE_TERRITORY: {
    level: 'fatal',
    text: (p) =>
      say('import.boundaryMessages.TXT_OUTSIDE_TERRITORY', {
        zone: v(p.zone),
        width: v(p.width),
        lon: v(p.lon),
        lat: v(p.lat),
        territory: v(p.territory),
      }),
  },
  TXT_XY_SWAPPED: { level: 'warning', text: () => say('import.boundaryMessages.TXT_XY_SWAPPED') },
  TXT_COORDINATE_RANGE: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_COORDINATE_RANGE', { x: v(p.x), y: v(p.y) }) },
  TXT_PARCEL_HEADER: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_PARCEL_HEADER', { ...T, text: v(p.text) }) },
  // Counts, ring and zone numbers are whole numbers from 1: "0" or "-5" is a number, just not one of those.
  TXT_NUMBER: {
    level: 'fatal',
    text: (p) =>
      p.whole
        ? say('import.boundaryMessages.TXT_NUMBER_WHOLE', { field: v(p.field), value: v(p.value) })
        : say('import.boundaryMessages.TXT_NUMBER', { field: v(p.field), value: v(p.value) }),
  },
  TXT_POINT_LINE: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_POINT_LINE', { ...T, text: v(p.text) }) },
  TXT_POINT_BEFORE_HEADER: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_POINT_BEFORE_HEADER', { ...T, text: v(p.text) }),
  },
  TXT_NO_PARCELS: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_NO_PARCELS', T) },
  TXT_POINT_COUNT: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_POINT_COUNT', { ...T, stated: v(p.stated), actual: v(p.actual) }),
  },
  TXT_DUPLICATE_PARCEL: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_DUPLICATE_PARCEL', { ...T, id: v(p.id), first: v(p.first) }),
  },
  TXT_RING_ORDER: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_RING_ORDER', { ...T, ring: v(p.ring), previous: v(p.previous) }),
  },
  TXT_RING_MISSING_OUTER: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_RING_MISSING_OUTER', T) },
  TXT_RING_TOO_SHORT: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_RING_TOO_SHORT', { ring: v(p.ring), count: v(p.count) }),
  },
  TXT_RING_UNCLOSED: {
    level: 'warning',
    text: (p) => say('import.boundaryMessages.TXT_RING_UNCLOSED', { ring: v(p.ring), first: v(p.first) }),
  },
  TXT_SELF_INTERSECTION: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.TXT_SELF_INTERSECTION', { ...T, ring: v(p.ring), other: v(p.other), x: v(p.x), y: v(p.y) }),
  },
  TXT_HOLE_OUTSIDE: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_HOLE_OUTSIDE', { ...T, ring: v(p.ring) }) },
  TXT_AREA_MISMATCH: {
    level: 'quality',
    text: (p) =>
      say('import.boundaryMessages.TXT_AREA_MISMATCH', {
        ...T,
        stated: v(p.stated),
        plane: v(p.plane),
        grs80: v(p.grs80),
        zone: v(p.zone),
      }),
  },
  TXT_SHAPE_KIND: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_SHAPE_KIND', { ...T, value: v(p.value) }) },
  TXT_WRITE_GBK: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_WRITE_GBK', { char: v(p.char) }) },
  TXT_DWG: { level: 'fatal', text: (p) => say('import.boundaryMessages.TXT_DWG', { ...T, version: v(p.version) }) },
  TABLE_EMPTY: { level: 'fatal', text: () => say('import.boundaryMessages.TABLE_EMPTY', T) },
  TABLE_ROW: { level: 'fatal', text: (p) => say('import.boundaryMessages.TABLE_ROW', { ...T, count: v(p.count), text: v(p.text) }) },
  TABLE_HEADER: { level: 'fatal', text: (p) => say('import.boundaryMessages.TABLE_HEADER', { ...T, column: v(p.column) }) },
  TABLE_ZONE_MISSING: { level: 'fatal', text: () => say('import.boundaryMessages.TABLE_ZONE_MISSING', T) },
  BOUNDARY_NO_POLYGONS: { level: 'fatal', text: (p) => say('import.boundaryMessages.BOUNDARY_NO_POLYGONS', { detail: v(p.detail) }) },
  BOUNDARY_NOT_POLYGON: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.BOUNDARY_NOT_POLYGON', { feature: v(p.feature), type: v(p.type) }),
  },
  BOUNDARY_CRS_UNSUPPORTED: { level: 'fatal', text: (p) => say('import.boundaryMessages.BOUNDARY_CRS_UNSUPPORTED', { crs: v(p.crs) }) },
  BOUNDARY_COORDINATE: {
    level: 'fatal',
    text: (p) => say('import.boundaryMessages.BOUNDARY_COORDINATE', { feature: v(p.feature), x: v(p.x), y: v(p.y), crs: v(p.crs) }),
  },
  TXT_UTF16: { level: 'fatal', text: () => say('import.boundaryMessages.TXT_UTF16') },
};

/** The finding's place and message: the file, then the 地块 (index and 编号), the 点号 and the line when known. */
function placed(w: BoundaryWhere, message: Bilingual): Bilingual {
  const id = w.parcelId ? say('import.boundaryMessages.where-parcel-id', { parcelNoWord: T.parcelNoWord, id: w.parcelId }) : '';
  return say('import.boundaryMessages.finding', {
    file: w.fileName,
    parcel:
      w.parcelIndex === undefined
        ? ''
        : say('import.boundaryMessages.where-parcel', { parcelWord: T.parcelWord, index: w.parcelIndex, id }),
    point: w.pointId ? say('import.boundaryMessages.where-point', { point: w.pointId }) : '',
    line: w.line === undefined ? '' : say('import.boundaryMessages.where-line', { line: w.line }),
    message,
  });
}

export function boundaryFinding(code: keyof typeof MESSAGES & string, where: BoundaryWhere, params: P = {}): BoundaryFinding {
  const m = MESSAGES[code];
  if (!m) throw new Error(`unknown boundary finding ${code}`);
  const message = placed(where, m.text(params));
  const f: BoundaryFinding = { level: m.level, code, messageZh: message.zh, messageEn: message.en };
  if (where.line !== undefined) f.line = where.line;
  if (where.parcelIndex !== undefined) f.parcelIndex = where.parcelIndex;
  if (where.parcelId) f.parcelId = where.parcelId;
  if (where.pointId) f.pointId = where.pointId;
  return f;
}
