// Pure. readBoundaryTable(text, options) → the 地块 of 界址点 typed or pasted from a spreadsheet: rows
// `点号 圈号 X Y`, optionally with a 地块编号 column first, separated by tabs, commas or spaces, with or without a
// header row (Chinese or X/Y headers, any column order). Checked by the TXT reader's own code
// (checkBoundaryParcels): zone from the Y prefix or the chosen 带号, X/Y swapped, territory, closure, rings, areas.
import { JIYUAN_TERRITORY, type Territory } from '../crs/territory.ts';
import { boundaryFinding } from './boundaryMessages.ts';
import { BOUNDARY_TXT_TERMS as T } from './boundaryTxtTerms.ts';
import { addFinding, checkBoundaryParcels, decimalsOf, type RawParcel } from './checkBoundaryParcels.ts';
import type { BoundaryReadResult } from './types.ts';
import { defaultBoundaryAttributes } from './writeBoundaryTxt.ts';

export interface ReadBoundaryTableOptions {
  /** Named in messages (default 界址点表). */
  fileName?: string;
  /** 带号 for Y without the zone prefix, and the zone width (default 3). */
  zone?: number;
  zoneWidthDeg?: 3 | 6;
  territory?: Territory;
}

type Column = 'parcel' | 'point' | 'ring' | 'x' | 'y';

const HEADER_NAMES: Record<string, Column> = {
  地块编号: 'parcel',
  地块号: 'parcel',
  宗地号: 'parcel',
  宗地编号: 'parcel',
  地块: 'parcel',
  dkbh: 'parcel',
  parcel: 'parcel',
  点号: 'point',
  界址点号: 'point',
  点名: 'point',
  界址点: 'point',
  jzdh: 'point',
  point: 'point',
  圈号: 'ring',
  环号: 'ring',
  圈: 'ring',
  qh: 'ring',
  ring: 'ring',
  x: 'x',
  x坐标: 'x',
  北坐标: 'x',
  纵坐标: 'x',
  northing: 'x',
  y: 'y',
  y坐标: 'y',
  东坐标: 'y',
  横坐标: 'y',
  easting: 'y',
};
const COLUMN_ZH: Record<Column, string> = { parcel: T.parcelIdField, point: T.pointIdField, ring: T.ringNoField, x: 'X', y: 'Y' };

function headerName(cell: string): Column | undefined {
  const key = cell
    .replace(/\s+/g, '')
    .replace(/[(（](m|米)[)）]$/i, '')
    .toLowerCase();
  return HEADER_NAMES[key];
}

export function readBoundaryTable(text: string, options: ReadBoundaryTableOptions = {}): BoundaryReadResult {
  const fileName = options.fileName ?? '界址点表';
  const width = options.zoneWidthDeg ?? 3;
  const attributes = [
    { key: '坐标系', value: '2000国家大地坐标系' },
    { key: '几度分带', value: String(width) },
    { key: '投影类型', value: '高斯克吕格' },
    { key: '计量单位', value: '米' },
    ...(options.zone !== undefined ? [{ key: '带号', value: String(options.zone) }] : []),
  ];
  const result: BoundaryReadResult = {
    parcels: [],
    attributes,
    encoding: 'gbk',
    bom: false,
    lineEnding: '\r\n',
    coordinateDecimals: 0,
    findings: [],
  };
  const add = (
    code: Parameters<typeof boundaryFinding>[0],
    where: Parameters<typeof boundaryFinding>[1],
    params?: Parameters<typeof boundaryFinding>[2],
  ): void => addFinding(result, boundaryFinding(code, where, params));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n|\r/);
  const separator = body.includes('\t') ? /\t/ : /[,，]/.test(body) ? /\s*[,，]\s*/ : /\s+/;
  const rows: { line: number; cells: string[] }[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '') return;
    const cells = raw
      .trim()
      .split(separator)
      .map((c) => c.trim());
    // A spreadsheet's empty cells to the right of the data.
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    rows.push({ line: i + 1, cells });
  });
  if (rows.length === 0) {
    add('TABLE_EMPTY', { fileName });
    return result;
  }

  let columns: (Column | null)[];
  const named = rows[0]!.cells.map(headerName);
  if (named.some((c) => c !== undefined)) {
    // Columns it does not know (备注, 边长 …) are left out.
    columns = named.map((c) => c ?? null);
    rows.shift();
    for (const needed of ['point', 'x', 'y'] as const)
      if (!columns.includes(needed)) add('TABLE_HEADER', { fileName, line: 1 }, { column: COLUMN_ZH[needed] });
    if (result.findings.length > 0) return result;
    if (rows.length === 0) {
      add('TABLE_EMPTY', { fileName });
      return result;
    }
  } else columns = rows[0]!.cells.length === 5 ? ['parcel', 'point', 'ring', 'x', 'y'] : ['point', 'ring', 'x', 'y'];

  const parcels: RawParcel[] = [];
  const firstIndexById = new Map<string, number>();
  const at = (name: Column, cells: string[]): string | undefined => {
    const k = columns.indexOf(name);
    return k < 0 ? undefined : cells[k];
  };
  let lastNeeded = 0;
  columns.forEach((c, k) => {
    if (c !== null) lastNeeded = k;
  });
  for (const { line, cells } of rows) {
    if (cells.length <= lastNeeded || cells.length > columns.length) {
      add('TABLE_ROW', { fileName, line }, { count: cells.length, text: cells.join(' ').slice(0, 60) });
      continue;
    }
    const id = at('parcel', cells) ?? '1';
    let parcel = parcels[parcels.length - 1];
    if (!parcel || parcel.fields[2] !== id) {
      const index = parcels.length + 1;
      const first = firstIndexById.get(id);
      if (first !== undefined) add('TXT_DUPLICATE_PARCEL', { fileName, line, parcelIndex: index, parcelId: id }, { id, first });
      else firstIndexById.set(id, index);
      parcel = { index, line, fields: ['0', '', id, '', '面', '', '', ''], statedCount: 0, points: [] };
      parcels.push(parcel);
    }
    const pointId = at('point', cells) ?? '';
    const where = { fileName, line, parcelIndex: parcel.index, parcelId: id, pointId };
    const ringText = at('ring', cells) ?? '1';
    if (!/^\d+$/.test(ringText) || Number(ringText) < 1) {
      add('TXT_NUMBER', where, { field: T.ringNoField, value: ringText, whole: 1 });
      continue;
    }
    const xText = at('x', cells) ?? '';
    const yText = at('y', cells) ?? '';
    const xDecimals = decimalsOf(xText);
    const yDecimals = decimalsOf(yText);
    if (xDecimals < 0) add('TXT_NUMBER', where, { field: 'X', value: xText });
    if (yDecimals < 0) add('TXT_NUMBER', where, { field: 'Y', value: yText });
    if (xDecimals < 0 || yDecimals < 0) continue;
    result.coordinateDecimals = Math.max(result.coordinateDecimals, xDecimals, yDecimals);
    parcel.points.push({ pointId, ringNo: Number(ringText), xM: Number(xText), yM: Number(yText), line });
  }
  if (result.findings.some((f) => f.level === 'fatal')) return result;
  // A typed table states no 界址点数: it is the count of its rows.
  for (const p of parcels) {
    p.statedCount = p.points.length;
    p.fields[0] = String(p.points.length);
  }
  const prefixed = parcels.some((p) => p.points.some((q) => q.yM >= 1e7 || q.xM >= 1e7));
  if (!prefixed && options.zone === undefined) {
    add('TABLE_ZONE_MISSING', { fileName });
    return result;
  }
  const checked = checkBoundaryParcels(parcels, result, fileName, options.territory ?? JIYUAN_TERRITORY);
  // Written back as a 部标 TXT, the table gets the standard [属性描述] of the zone it was read in.
  if (checked.crs) checked.attributes = defaultBoundaryAttributes(checked.crs, checked.coordinateDecimals);
  return checked;
}
