// Pure. readGeoPackage(bytes, file, sqlJs, options) → SourceRead for one feature table of a GeoPackage:
// tables from gpkg_contents, CRS from gpkg_spatial_ref_sys, geometry from the GPKG blob header + WKB.
// Takes an initialised sql.js module (port). Throws ImportFailure on unusable input. Every query is stepped
// row by row under a row cap (a view with an endless recursive CTE stops there); sql.js cannot be interrupted,
// so a query that never yields a row is stopped by the shell's deadline, which `onTable` lets name the table.
import { metadataTitle } from '../metadataTitle.ts';
import { describeSqliteError } from '../describeLibraryError.ts';
import type { PropertyValue } from '../../model/types.ts';
import { parsePrjWkt } from '../crs/parsePrjWkt.ts';
import { fail, ImportFailure, importIssue } from '../importFailure.ts';
import type { DeclaredCrs, ImportIssue, SourceFeature, SourceRead } from '../types.ts';
import { MalformedWkb, readWkb } from '../../geometry/wkb.ts';
import type { SqlJsDatabase, SqlJsPort, SqlValue } from './sqlJsPort.ts';
import { say } from '../../i18n/index.ts';

export interface GeoPackageOptions {
  /** Table to read when the GeoPackage holds several feature tables. */
  sourceLayer?: string;
  /** Plan layer code: a table of that name is chosen when there are several. */
  targetLayer?: string;
  /** Most rows read from any one query (the feature table included); past it the import is refused. */
  maxRows?: number;
  /** Told the table each query reads before it runs, so a shell that stops a hung read can name it. */
  onTable?: (table: string) => void;
}

/** Far above the largest plan Lantu targets (300,000 parcels), far below what exhausts a worker's heap. */
export const DEFAULT_GPKG_MAX_ROWS = 2_000_000;

const SQLITE_MAGIC = 'SQLite format 3\u0000';
const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface Reader {
  db: SqlJsDatabase;
  file: string;
  maxRows: number;
  onTable: (table: string) => void;
}

/** Steps a query, handing each row to `each`; refuses past the row cap, naming the table. */
function stepRows(
  r: Reader,
  table: string,
  sql: string,
  params: SqlValue[] | undefined,
  each: (values: SqlValue[], columns: string[], index: number) => void,
): string[] {
  r.onTable(table);
  const statement = r.db.prepare(sql);
  try {
    if (params) statement.bind(params);
    const columns = statement.getColumnNames();
    let index = 0;
    while (statement.step()) {
      if (index >= r.maxRows) {
        fail(
          'gpkg-too-many-rows',
          `${r.file} 的表 ${table} 超过 ${r.maxRows} 行（行数上限），可能是无限递归的视图，已停止读取，未导入任何内容。`,
          `Table ${table} of ${r.file} has more than ${r.maxRows} rows (the row cap), possibly an endlessly recursive view; reading stopped and nothing was imported.`,
          { file: r.file },
        );
      }
      each(statement.get(), columns, index++);
    }
    return columns;
  } finally {
    statement.free();
  }
}

function rows(r: Reader, table: string, sql: string, params?: SqlValue[]): Record<string, SqlValue>[] {
  const out: Record<string, SqlValue>[] = [];
  stepRows(r, table, sql, params, (vals, columns) => out.push(Object.fromEntries(columns.map((c, i) => [c, vals[i] ?? null]))));
  return out;
}

export function readGeoPackage(bytes: Uint8Array, file: string, sqlJs: SqlJsPort, options: GeoPackageOptions = {}): SourceRead {
  const magic = String.fromCharCode(...bytes.subarray(0, 16));
  if (magic !== SQLITE_MAGIC)
    fail('gpkg-invalid', `${file} 不是 GeoPackage（不是 SQLite 数据库）。`, `${file} is not a GeoPackage (not an SQLite database).`, {
      file,
    });
  let db: SqlJsDatabase | undefined;
  try {
    db = new sqlJs.Database(bytes);
    return readTables(
      { db, file, maxRows: options.maxRows ?? DEFAULT_GPKG_MAX_ROWS, onTable: options.onTable ?? (() => undefined) },
      options,
    );
  } catch (e) {
    if (e instanceof ImportFailure) throw e;
    const why = describeSqliteError(e);
    throw new ImportFailure(
      importIssue(
        'gpkg-invalid',
        'fatal',
        `${file} 无法作为 GeoPackage 读取（${why.zh}）。`,
        `${file} cannot be read as a GeoPackage (${why.en}).`,
        { file },
      ),
    );
  } finally {
    db?.close();
  }
}

function readTables(r: Reader, options: GeoPackageOptions): SourceRead {
  const file = r.file;
  const tables = rows(
    r,
    'gpkg_contents',
    `SELECT c.table_name AS t, g.column_name AS g, g.srs_id AS s, c.identifier AS i FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' ORDER BY c.table_name`,
  );
  const names = tables.map((t) => String(t.t));
  if (tables.length === 0) fail('gpkg-no-features', `${file} 中没有要素表。`, `${file} holds no feature table.`, { file });
  let chosen = tables[0]!;
  if (options.sourceLayer !== undefined) {
    const hit = tables.find((t) => String(t.t).toLowerCase() === options.sourceLayer!.toLowerCase());
    if (!hit)
      fail(
        'gpkg-layer-missing',
        `${file} 中没有名为“${options.sourceLayer}”的图层；可选：${names.join('、')}。`,
        `${file} has no layer “${options.sourceLayer}”; available: ${names.join(', ')}.`,
        { file },
      );
    chosen = hit;
  } else if (tables.length > 1) {
    const hit =
      options.targetLayer === undefined ? undefined : tables.find((t) => String(t.t).toUpperCase() === options.targetLayer!.toUpperCase());
    if (!hit)
      fail(
        'gpkg-layer-ambiguous',
        `${file} 含有多个图层（${names.join('、')}），请选择要导入的一个。`,
        `${file} holds several layers (${names.join(', ')}); choose one.`,
        { file },
      );
    chosen = hit;
  }
  const table = String(chosen.t);
  const geomColumn = String(chosen.g);
  const srs = rows(
    r,
    'gpkg_spatial_ref_sys',
    'SELECT organization AS o, organization_coordsys_id AS c, definition AS d FROM gpkg_spatial_ref_sys WHERE srs_id = ?',
    [chosen.s ?? null],
  )[0];
  let declaredCrs: DeclaredCrs | null = null;
  if (srs && Number(chosen.s) > 0) {
    if (String(srs.o).toUpperCase() === 'EPSG') declaredCrs = { epsg: Number(srs.c), raw: `EPSG:${Number(srs.c)}`, from: 'gpkg' };
    else {
      const parsed = parsePrjWkt(String(srs.d ?? ''));
      declaredCrs = parsed.ok ? { epsg: parsed.epsg, raw: String(srs.d), from: 'gpkg' } : { raw: String(srs.d ?? srs.o), from: 'gpkg' };
    }
  }
  const info = rows(r, table, `PRAGMA table_info(${quote(table)})`);
  const pk = info.find((c) => Number(c.pk) === 1);
  const fields = info.map((c) => String(c.name)).filter((n) => n !== geomColumn && n !== pk?.name);
  const issues: ImportIssue[] = [];
  const features: SourceFeature[] = [];
  let hadZOrM = false;
  let blobs = 0;
  let gi = -1;
  let pi = -1;
  let fieldIdx: number[] = [];
  stepRows(
    r,
    table,
    `SELECT * FROM ${quote(table)}${pk ? ` ORDER BY ${quote(String(pk.name))}` : ''}`,
    undefined,
    (vals, columns, index) => {
      if (index === 0) {
        gi = columns.indexOf(geomColumn);
        pi = pk ? columns.indexOf(String(pk.name)) : -1;
        fieldIdx = fields.map((f) => columns.indexOf(f));
      }
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
            fail(
              'geometry-invalid',
              `${file} 图层 ${table} ${who.zh}的几何数据有误：${e.detail.zh}。`,
              `${who.en} of layer ${table} in ${file} has malformed geometry: ${e.detail.en}.`,
              { file, featureIndex: index },
            );
          }
          fail(
            'geometry-invalid',
            `${file} 图层 ${table} ${who.zh}的几何数据已损坏。`,
            `${who.en} of layer ${table} in ${file} has damaged geometry data.`,
            { file, featureIndex: index },
          );
        }
      }
      const feature: SourceFeature = { index, geometry, properties };
      if (pi >= 0 && vals[pi] !== null) feature.sourceId = String(vals[pi]);
      features.push(feature);
    },
  );
  if (hadZOrM)
    issues.push(
      importIssue(
        'gpkg-z-dropped',
        'info',
        `${file} 图层 ${table} 含有 Z/M 值，已舍去。`,
        `Layer ${table} in ${file} carries Z/M values; they were dropped.`,
        { file },
      ),
    );
  if (blobs > 0)
    issues.push(
      importIssue(
        'gpkg-blob-dropped',
        'warning',
        `${file} 图层 ${table} 有 ${blobs} 个二进制属性值，无法导入，已置空。`,
        `${blobs} binary attribute values in layer ${table} of ${file} cannot be imported and were left empty.`,
        { file },
      ),
    );
  const read: SourceRead = { format: 'geopackage', file, features, fields, declaredCrs, layers: names, layer: table, issues };
  const title = metadataTitle([chosen.i], file, table);
  if (title) read.title = title;
  return read;
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
  return say('import.readGeoPackage.featureNames', {
    index: index + 1,
    value: { zh: String(zh.length ? `（${zh.join('，')}）` : ''), en: String(en.length ? ` (${en.join(', ')})` : '') },
  });
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
