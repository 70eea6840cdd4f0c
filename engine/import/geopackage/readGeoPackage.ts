// Pure. readGeoPackage(bytes, file, sqlJs, options) → SourceRead for one feature table of a GeoPackage:
// tables from gpkg_contents, CRS from gpkg_spatial_ref_sys, geometry from the GPKG blob header + WKB.
// Takes an initialised sql.js module (port). Throws ImportFailure on unusable input.
import { describeSqliteError } from '../describeLibraryError.ts';
import type { PropertyValue } from '../../model/types.ts';
import { parsePrjWkt } from '../crs/parsePrjWkt.ts';
import { fail, ImportFailure, importIssue } from '../importFailure.ts';
import type { DeclaredCrs, ImportIssue, SourceFeature, SourceRead } from '../types.ts';
import { MalformedWkb, readWkb } from './readWkb.ts';
import type { SqlJsDatabase, SqlJsPort, SqlValue } from './sqlJsPort.ts';

export interface GeoPackageOptions {
  /** Table to read when the GeoPackage holds several feature tables. */
  sourceLayer?: string;
  /** Plan layer code: a table of that name is chosen when there are several. */
  targetLayer?: string;
}

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function rows(db: SqlJsDatabase, sql: string, params?: SqlValue[]): Record<string, SqlValue>[] {
  const result = db.exec(sql, params)[0];
  if (!result) return [];
  return result.values.map((vals) => Object.fromEntries(result.columns.map((c, i) => [c, vals[i] ?? null])));
}

export function readGeoPackage(bytes: Uint8Array, file: string, sqlJs: SqlJsPort, options: GeoPackageOptions = {}): SourceRead {
  const magic = String.fromCharCode(...bytes.subarray(0, 16));
  if (magic !== SQLITE_MAGIC) fail('gpkg-invalid', `${file} 不是 GeoPackage（不是 SQLite 数据库）。`, `${file} is not a GeoPackage (not an SQLite database).`, { file });
  let db: SqlJsDatabase | undefined;
  try {
    db = new sqlJs.Database(bytes);
    return readTables(db, file, options);
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    const why = describeSqliteError(e);
    throw new ImportFailure(importIssue('gpkg-invalid', 'fatal', `${file} 无法作为 GeoPackage 读取（${why.zh}）。`, `${file} cannot be read as a GeoPackage (${why.en}).`, { file }));
  } finally {
    db?.close();
  }
}

function readTables(db: SqlJsDatabase, file: string, options: GeoPackageOptions): SourceRead {
  const tables = rows(db, `SELECT c.table_name AS t, g.column_name AS g, g.srs_id AS s FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name`);
  const names = tables.map((t) => String(t.t));
  if (tables.length === 0) fail('gpkg-no-features', `${file} 中没有要素表。`, `${file} holds no feature table.`, { file });
  let chosen = tables[0]!;
  if (options.sourceLayer !== undefined) {
    const hit = tables.find((t) => String(t.t).toLowerCase() === options.sourceLayer!.toLowerCase());
    if (!hit) fail('gpkg-layer-missing', `${file} 中没有名为“${options.sourceLayer}”的图层；可选：${names.join('、')}。`, `${file} has no layer “${options.sourceLayer}”; available: ${names.join(', ')}.`, { file });
    chosen = hit;
  } else if (tables.length > 1) {
    const hit = options.targetLayer === undefined ? undefined : tables.find((t) => String(t.t).toUpperCase() === options.targetLayer!.toUpperCase());
    if (!hit) fail('gpkg-layer-ambiguous', `${file} 含有多个图层（${names.join('、')}），请选择要导入的一个。`, `${file} holds several layers (${names.join(', ')}); choose one.`, { file });
    chosen = hit;
  }
  const table = String(chosen.t);
  const geomColumn = String(chosen.g);
  const srs = rows(db, 'SELECT organization AS o, organization_coordsys_id AS c, definition AS d FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [chosen.s ?? null])[0];
  let declaredCrs: DeclaredCrs | null = null;
  if (srs && Number(chosen.s) > 0) {
    if (String(srs.o).toUpperCase() === 'EPSG') declaredCrs = { epsg: Number(srs.c), raw: `EPSG:${Number(srs.c)}`, from: 'gpkg' };
    else {
      const parsed = parsePrjWkt(String(srs.d ?? ''));
      declaredCrs = parsed.ok ? { epsg: parsed.epsg, raw: String(srs.d), from: 'gpkg' } : { raw: String(srs.d ?? srs.o), from: 'gpkg' };
    }
  }
  const info = rows(db, `PRAGMA table_info(${quote(table)})`);
  const pk = info.find((c) => Number(c.pk) === 1);
  const fields = info.map((c) => String(c.name)).filter((n) => n !== geomColumn && n !== pk?.name);
  const result = db.exec(`SELECT * FROM ${quote(table)}${pk ? ` ORDER BY ${quote(String(pk.name))}` : ''}`)[0];
  const issues: ImportIssue[] = [];
  const features: SourceFeature[] = [];
  let hadZOrM = false;
  let blobs = 0;
  if (result) {
    const gi = result.columns.indexOf(geomColumn);
    const pi = pk ? result.columns.indexOf(String(pk.name)) : -1;
    const fieldIdx = fields.map((f) => result.columns.indexOf(f));
    result.values.forEach((vals, index) => {
      const properties: Record<string, PropertyValue> = {};
      fields.forEach((f, k) => {
        const value = vals[fieldIdx[k]!] ?? null;
        if (value instanceof Uint8Array) {
          blobs++;
          properties[f] = null;
        } else properties[f] = value;
      });
      const blob = vals[gi];
      let geometry = null;
      if (blob instanceof Uint8Array) {
        try {
          const parsed = readGpkgGeometry(blob);
          geometry = parsed.geometry;
          hadZOrM ||= parsed.hadZOrM;
        } catch (e) {
          const who = featureNames(index, pi >= 0 ? (vals[pi] ?? null) : null, properties);
          if (e instanceof MalformedWkb) {
            fail('geometry-invalid', `${file} 图层 ${table} ${who.zh}的几何数据有误：${e.detail.zh}。`, `${who.en} of layer ${table} in ${file} has malformed geometry: ${e.detail.en}.`, { file, featureIndex: index });
          }
          fail('geometry-invalid', `${file} 图层 ${table} ${who.zh}的几何数据已损坏。`, `${who.en} of layer ${table} in ${file} has damaged geometry data.`, { file, featureIndex: index });
        }
      }
      const feature: SourceFeature = { index, geometry, properties };
      if (pi >= 0 && vals[pi] !== null) feature.sourceId = String(vals[pi]);
      features.push(feature);
    });
  }
  if (hadZOrM) issues.push(importIssue('gpkg-z-dropped', 'info', `${file} 图层 ${table} 含有 Z/M 值，已舍去。`, `Layer ${table} in ${file} carries Z/M values; they were dropped.`, { file }));
  if (blobs > 0) issues.push(importIssue('gpkg-blob-dropped', 'warning', `${file} 图层 ${table} 有 ${blobs} 个二进制属性值，无法导入，已置空。`, `${blobs} binary attribute values in layer ${table} of ${file} cannot be imported and were left empty.`, { file }));
  return { format: 'geopackage', file, features, fields, declaredCrs, layers: names, layer: table, issues };
}

/** "第 3 个要素（fid 7，BSM 419001000000000002）" / "Feature 3 (fid 7, BSM 419001000000000002)": its row, key and BSM column. */
function featureNames(index: number, key: SqlValue, properties: Record<string, PropertyValue>): { zh: string; en: string } {
  const bsmColumn = Object.keys(properties).find((k) => k.toUpperCase() === 'BSM');
  const bsm = bsmColumn === undefined ? null : properties[bsmColumn];
  const zh: string[] = [];
  const en: string[] = [];
  if (key !== null && !(key instanceof Uint8Array)) {
    zh.push(`fid ${String(key)}`);
    en.push(`fid ${String(key)}`);
  }
  if (bsm !== null && bsm !== undefined && bsm !== '') {
    zh.push(`BSM ${String(bsm)}`);
    en.push(`BSM ${String(bsm)}`);
  }
  return { zh: `第 ${index + 1} 个要素${zh.length ? `（${zh.join('，')}）` : ''}`, en: `Feature ${index + 1}${en.length ? ` (${en.join(', ')})` : ''}` };
}

/** GeoPackage binary: "GP", version, flags (byte order, envelope kind, empty bit), srs_id, envelope, WKB. */
function readGpkgGeometry(blob: Uint8Array): ReturnType<typeof readWkb> {
  if (blob[0] !== 0x47 || blob[1] !== 0x50) throw new RangeError('not a GeoPackage geometry');
  const flags = blob[3]!;
  if (flags & 0x10) return { geometry: null, hadZOrM: false };
  const envelope = [0, 32, 48, 48, 64][(flags >> 1) & 0x07];
  if (envelope === undefined) throw new RangeError('bad envelope indicator');
  return readWkb(blob, 8 + envelope);
}
