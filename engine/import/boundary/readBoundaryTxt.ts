// Pure. readBoundaryTxt(bytes, fileName, options) → the 地块 of a 部标 界址点坐标 TXT (自然资源部 建设用地报批 /
// 勘测定界 format) in the file's Gauss-Krüger zone and in EPSG:4490, the zone, and findings; no parcels at all when
// a finding is fatal. Linear in the file size apart from the O(n log n) self-intersection sweep.
import { JIYUAN_TERRITORY, type Territory } from '../crs/territory.ts';
import { say, type Bilingual } from '../../i18n/index.ts';
import { decodeText } from '../text/decodeText.ts';
import { boundaryFinding, type BoundaryWhere } from './boundaryMessages.ts';
import { BOUNDARY_TXT_TERMS as T } from './boundaryTxtTerms.ts';
import { checkBoundaryParcels, decimalsOf, MAX_FINDINGS, type RawParcel } from './checkBoundaryParcels.ts';
import type { BoundaryFinding, BoundaryReadResult } from './types.ts';

export interface ReadBoundaryOptions {
  /** The workspace territory the points must lie in (default 济源市). */
  territory?: Territory;
  /** Force an encoding instead of detecting it (BOM, then strict UTF-8, then GBK). */
  encoding?: 'utf-8' | 'gbk';
}

/** Limits of schemas/project.schema.json (地块编号 parcelId, 点号 pointId, XMMC, which a 地块名称 becomes). */
const MAX_PARCEL_ID = 100;
const MAX_POINT_ID = 50;
const MAX_PARCEL_NAME = 200;

/** A long value as quoted in a message: its first 20 characters. */
const shortened = (text: string): string => (text.length > 20 ? `${text.slice(0, 20)}…` : text);

function emptyResult(findings: BoundaryFinding[]): BoundaryReadResult {
  return { parcels: [], attributes: [], encoding: 'utf-8', bom: false, lineEnding: '\r\n', coordinateDecimals: 3, findings };
}

function decode(
  bytes: Uint8Array,
  fileName: string,
  forced: ReadBoundaryOptions['encoding'],
): { text: string; encoding: 'utf-8' | 'gbk'; bom: boolean } | BoundaryFinding {
  const where = { fileName };
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return boundaryFinding('TXT_UTF16', where);
  if (looksLikeBomlessUtf16(bytes)) return boundaryFinding('TXT_UTF16', where);
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const order: ('utf-8' | 'gbk')[] = forced ? [forced] : bom ? ['utf-8'] : ['utf-8', 'gbk'];
  for (const encoding of order) {
    const text = decodeText(bytes, encoding, true);
    if (text !== null) return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom };
  }
  return boundaryFinding('TXT_ENCODING', where, { detail: forced ?? (bom ? 'UTF-8 BOM' : 'UTF-8/GBK') });
}

export function readBoundaryTxt(bytes: Uint8Array, fileName: string, options: ReadBoundaryOptions = {}): BoundaryReadResult {
  const territory = options.territory ?? JIYUAN_TERRITORY;
  const findings: BoundaryFinding[] = [];
  const add = (f: BoundaryFinding): void => {
    if (findings.length < MAX_FINDINGS) findings.push(f);
  };
  const fatal = (): boolean => findings.some((f) => f.level === 'fatal');
  if (bytes.length === 0) return emptyResult([boundaryFinding('TXT_EMPTY', { fileName })]);
  // A DWG handed to the TXT reader (dropped with the wrong extension): say what it is and what to do.
  const head = String.fromCharCode(...bytes.subarray(0, 6));
  if (/^AC10\d\d$/.test(head)) return emptyResult([boundaryFinding('TXT_DWG', { fileName }, { version: head })]);
  const decoded = decode(bytes, fileName, options.encoding);
  if ('code' in decoded) return emptyResult([decoded]);
  const { text, encoding, bom } = decoded;
  const lineEnding: '\r\n' | '\n' = text.includes('\r\n') ? '\r\n' : '\n';
  const lines = text.split(/\r?\n|\r/);
  const result: BoundaryReadResult = { parcels: [], attributes: [], encoding, bom, lineEnding, coordinateDecimals: 0, findings };
  if (lines.every((l) => l.trim() === '')) return { ...result, findings: [boundaryFinding('TXT_EMPTY', { fileName })] };

  // Pass 1: sections, attributes, 地块 headers and point lines.
  let section = '';
  const seen = new Set<string>();
  const parcels: RawParcel[] = [];
  const firstIndexById = new Map<string, number>();
  const attributeLines = new Map<string, { line: number; value: string }>();
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const t = raw.trim();
    const where: BoundaryWhere = { fileName, line: i + 1 };
    const sec = /^\[(.+)\]$/.exec(t);
    if (sec) {
      section = sec[1]!.trim();
      seen.add(section);
      if (section === T.extensionSection) result.extension = [];
      continue;
    }
    if (section === T.extensionSection) {
      if (t !== '') result.extension!.push(t);
      continue;
    }
    if (t === '') continue;
    if (section === T.attributesSection) {
      // A 地块 header here means the [地块坐标] line is missing: say that once instead of flagging every line.
      if (t.endsWith('@')) {
        section = '';
        continue;
      }
      const eq = t.indexOf('=');
      if (eq <= 0) {
        add(boundaryFinding('TXT_ATTRIBUTE_LINE', where, { text: t.slice(0, 60) }));
        continue;
      }
      const key = t.slice(0, eq).trim();
      const value = t.slice(eq + 1).trim();
      // A second [属性描述] (two files pasted together) saying 带号=37 after 带号=38: the reader would use the first.
      const earlier = attributeLines.get(key);
      if (earlier !== undefined && earlier.value !== value) {
        add(
          boundaryFinding('TXT_ATTRIBUTE_CONFLICT', where, {
            key,
            first: earlier.line,
            firstValue: earlier.value.slice(0, 40),
            value: value.slice(0, 40),
          }),
        );
        continue;
      }
      if (earlier === undefined) attributeLines.set(key, { line: i + 1, value });
      result.attributes.push({ key, value });
      continue;
    }
    if (section !== T.parcelsSection) continue;
    if (t.endsWith('@')) {
      const fields = t
        .slice(0, -1)
        .replace(/,\s*$/, '')
        .split(',')
        .map((f) => f.trim());
      const index = parcels.length + 1;
      const id = fields[2] ?? '';
      const pw = { ...where, parcelIndex: index, parcelId: shortened(id) };
      // The project document's limits: a 5 MB 地块名称 would be repeated in every line and CSV row of a review.
      for (const [field, value, max] of [
        [T.parcelIdField, id, MAX_PARCEL_ID],
        [T.parcelNameField, fields[3] ?? '', MAX_PARCEL_NAME],
      ] as const) {
        if (value.length > max)
          add(boundaryFinding('TXT_FIELD_TOO_LONG', pw, { field, value: shortened(value), length: value.length, max }));
      }
      const parcel: RawParcel = { index, line: i + 1, fields, statedCount: 0, points: [] };
      parcels.push(parcel);
      if (fields.length < 3 || id === '') {
        add(boundaryFinding('TXT_PARCEL_HEADER', pw, { text: t.slice(0, 80) }));
        continue;
      }
      if (!/^\d+$/.test(fields[0]!)) add(boundaryFinding('TXT_NUMBER', pw, { field: T.pointCountField, value: fields[0]!, whole: 1 }));
      else parcel.statedCount = Number(fields[0]);
      if (fields[1] !== '' && decimalsOf(fields[1]!) < 0)
        add(boundaryFinding('TXT_NUMBER', pw, { field: T.parcelAreaField, value: fields[1]! }));
      const shape = fields[4] ?? '';
      if (shape !== '' && shape !== T.polygonValue) add(boundaryFinding('TXT_SHAPE_KIND', pw, { value: shape }));
      const first = firstIndexById.get(id);
      if (first !== undefined) add(boundaryFinding('TXT_DUPLICATE_PARCEL', pw, { id, first }));
      else firstIndexById.set(id, index);
      continue;
    }
    const parcel = parcels[parcels.length - 1];
    const f = t.split(',');
    if (!parcel) {
      add(boundaryFinding('TXT_POINT_BEFORE_HEADER', where, { text: t.slice(0, 60) }));
      continue;
    }
    for (let k = 0; k < f.length; k++) f[k] = f[k]!.trim();
    // Some software ends point lines with a comma; an empty fifth field carries nothing.
    if (f.length === 5 && f[4] === '') f.pop();
    // Built only for a finding: 100,000 point lines should not allocate one each.
    const pw = (): BoundaryWhere => ({
      ...where,
      parcelIndex: parcel.index,
      parcelId: shortened(parcel.fields[2] ?? ''),
      pointId: f[0] ?? '',
    });
    if (f.length !== 4) {
      add(boundaryFinding('TXT_POINT_LINE', pw(), { text: t.slice(0, 60) }));
      continue;
    }
    const [pointId, ringText, xText, yText] = f as [string, string, string, string];
    if (pointId.length > MAX_POINT_ID) {
      add(
        boundaryFinding(
          'TXT_FIELD_TOO_LONG',
          { ...pw(), pointId: shortened(pointId) },
          { field: T.pointIdField, value: shortened(pointId), length: pointId.length, max: MAX_POINT_ID },
        ),
      );
      continue;
    }
    if (!/^\d+$/.test(ringText) || Number(ringText) < 1) {
      add(boundaryFinding('TXT_NUMBER', pw(), { field: T.ringNoField, value: ringText, whole: 1 }));
      continue;
    }
    const xDecimals = decimalsOf(xText);
    if (xDecimals < 0) {
      add(boundaryFinding('TXT_NUMBER', pw(), { field: 'X', value: xText }));
      continue;
    }
    const yDecimals = decimalsOf(yText);
    if (yDecimals < 0) {
      add(boundaryFinding('TXT_NUMBER', pw(), { field: 'Y', value: yText }));
      continue;
    }
    if (xDecimals > result.coordinateDecimals) result.coordinateDecimals = xDecimals;
    if (yDecimals > result.coordinateDecimals) result.coordinateDecimals = yDecimals;
    parcel.points.push({ pointId, ringNo: Number(ringText), xM: Number(xText), yM: Number(yText), line: i + 1 });
  }
  const noSections = !seen.has(T.attributesSection) && !seen.has(T.parcelsSection);
  const other = noSections ? otherFormat(text) : null;
  if (other) add(boundaryFinding('TXT_OTHER_FORMAT', { fileName }, other));
  else if (noSections && hasHighBytes(bytes)) {
    // Neither section name decodes although the file has non-ASCII text: another encoding (Big5, …).
    const detail = say('import.readBoundaryTxt.no-sections', { ...T, encoding: encoding.toUpperCase() });
    add(boundaryFinding('TXT_ENCODING', { fileName }, { detail }));
  } else
    for (const name of [T.attributesSection, T.parcelsSection])
      if (!seen.has(name)) add(boundaryFinding('TXT_SECTION_MISSING', { fileName }, { section: name }));
  if (fatal()) return result;
  return checkBoundaryParcels(parcels, result, fileName, territory);
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

/** A file of another kind given with a .txt name (a GeoJSON, a project document, a DXF): what it is and what to do. */
function otherFormat(text: string): { format: string; advice: Bilingual } | null {
  const head = text.slice(0, 4096).trimStart();
  if (head.startsWith('{')) {
    const geojson = /"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon)"/.test(head);
    return geojson
      ? { format: 'GeoJSON', advice: say('import.readBoundaryTxt.advice-geojson') }
      : { format: 'JSON', advice: say('import.readBoundaryTxt.advice-json') };
  }
  if (/^(999\s*\r?\n[^\n]*\r?\n\s*)?0\s*\r?\n\s*SECTION\s*\r?\n/.test(head)) {
    return { format: 'DXF', advice: say('import.readBoundaryTxt.advice-dxf') };
  }
  return null;
}

/**
 * UTF-16 saved without a BOM (some Windows tools): ASCII text leaves a zero byte in every other position, on one
 * parity only. A file of zeros or other binary does not match, and is reported as an unreadable encoding.
 */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = bytes.length < 400 ? bytes.length - (bytes.length % 2) : 400;
  if (n < 8) return false;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const half = n / 2;
  return (evenZeros > half * 0.4 && oddZeros < half * 0.05) || (oddZeros > half * 0.4 && evenZeros < half * 0.05);
}
