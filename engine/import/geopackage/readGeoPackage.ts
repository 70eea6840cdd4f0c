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
        fail('gpkg-too-many-rows', say('import.readGeoPackage.gpkg-too-many-rows', { file: r.file, table, maxRows: r.maxRows }), {
          file: r.file,
        });
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
    fail('gpkg-invalid', say('import.readGeoPackage.gpkg-invalid', { file }), {
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
    throw new ImportFailure(importIssue('gpkg-invalid', 'fatal', say('import.readGeoPackage.gpkg-unreadable', { file, why }), { file }));
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
  if (tables.length === 0) fail('gpkg-no-features', say('import.readGeoPackage.gpkg-no-features', { file }), { file });
  let chosen = tables[0]!;
  if (options.sourceLayer !== undefined) {
    const hit = tables.find((t) => String(t.t).toLowerCase() === options.sourceLayer!.toLowerCase());
    if (!hit)
      fail(
        'gpkg-layer-missing',
        say('import.readGeoPackage.gpkg-layer-missing', {
          file,
          sourceLayer: options.sourceLayer,
          layers: { zh: names.join('、'), en: names.join(', ') },
        }),
        { file },
      );
    chosen = hit;
  } else if (tables.length > 1) {
    const hit =
      options.targetLayer === undefined ? undefined : tables.find((t) => String(t.t).toUpperCase() === options.targetLayer!.toUpperCase());
    if (!hit)
      fail(
        'gpkg-layer-ambiguous',
        say('import.readGeoPackage.gpkg-layer-ambiguous', { file, layers: { zh: names.join('、'), en: names.join(', ') } }),
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
            fail('geometry-invalid', say('import.readGeoPackage.geometry-invalid', { file, table, who, detail: e.detail }), {
              file,
              featureIndex: index,
            });
          }
          fail('geometry-invalid', say('import.readGeoPackage.geometry-damaged', { file, table, who }), { file, featureIndex: index });
        }
      }
      const feature: SourceFeature = { index, geometry, properties };
      if (pi >= 0 && vals[pi] !== null) feature.sourceId = String(vals[pi]);
      features.push(feature);
    },
  );
  if (hadZOrM) issues.push(importIssue('gpkg-z-dropped', 'info', say('import.readGeoPackage.gpkg-z-dropped', { file, table }), { file }));
  if (blobs > 0)
    issues.push(
      importIssue('gpkg-blob-dropped', 'warning', say('import.readGeoPackage.gpkg-blob-dropped', { file, table, blobs }), { file }),
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
