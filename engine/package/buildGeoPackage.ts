// Pure (SQLite through the sql.js port). buildGeoPackage(sqlJs, layers, created) → the bytes of a GeoPackage
// 1.3: application id and user version, gpkg_spatial_ref_sys with EPSG:4490 (CGCS2000) registered,
// gpkg_contents and gpkg_geometry_columns, one feature table per layer with the national field names.
// No RTree spatial index: sql.js's default build lacks the R*Tree module (GDAL/QGIS read the file without it).
import { bbox, type BBox } from '../geometry/bbox.ts';
import { featurePositionCount, storedGeometryType, storeIndexOfFeature, storeOfFeature } from '../geometry/compactPlanDocument.ts';
import { writeStoreWkb, type GeometryStore } from '../geometry/geometryStore.ts';
import type { Geometry } from '../model/types.ts';
import { WKB_MULTI_OF, WkbWriter } from '../geometry/wkb.ts';
import { writeGpkgGeometry, writeGpkgHeader } from './encodeGpkgGeometry.ts';
import { coordinateAtPrecision } from './precision.ts';
import { layerColumns } from './layerColumns.ts';
import type { SqlJsWriterDatabase, SqlJsWriterPort, SqlValue } from './sqlJsWriterPort.ts';
import type { PackageLayer } from './types.ts';
import { visitProperties } from './visitProperties.ts';

export const SRS_ID = 4490;

const CGCS2000_WKT =
  'GEOGCS["China Geodetic Coordinate System 2000",DATUM["China_2000",SPHEROID["CGCS2000",6378137,298.257222101,AUTHORITY["EPSG","1024"]],AUTHORITY["EPSG","1043"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4490"]]';
const WGS84_WKT =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4326"]]';

/** GeoPackage "GPKG" application id and version 1.3.0. */
const APPLICATION_ID = 0x47504b47;
const USER_VERSION = 10300;

/**
 * About the GeoPackage's size: 16 bytes a vertex and an allowance for the blob header, attributes and page slack
 * (the synthetic city's GeoPackage comes out at 0.9 of it). Too little only means some MEMFS regrowth at the end.
 */
function estimatedBytes(layers: readonly PackageLayer[]): number {
  let bytes = 1 << 20;
  for (const layer of layers) {
    for (const f of layer.features) bytes += 16 * featurePositionCount(f) + 200;
  }
  return Math.ceil(bytes * 1.1);
}

/**
 * A database whose in-memory file is `image`, allocated once at about its final size. sql.js keeps the file in an
 * Emscripten MEMFS array that grows by 12.5 % with a full copy each time; for a city's GeoPackage those dozens of
 * copies each forced a full garbage collection. SQLite takes the database size from the header (one page here,
 * written exactly as a fresh database writes it), so the zeros after it are never read as data, and with no
 * rollback journal the pages are written in place.
 */
function openSized(sqlJs: SqlJsWriterPort, capacityBytes: number): SqlJsWriterDatabase {
  const fresh = new sqlJs.Database();
  let firstPage: Uint8Array;
  try {
    fresh.run(`PRAGMA application_id = ${APPLICATION_ID}`);
    firstPage = fresh.export();
  } finally {
    fresh.close();
  }
  const image = new Uint8Array(Math.max(capacityBytes, firstPage.length));
  image.set(firstPage);
  // sql.js copies the image into its file system; ours is dropped on return.
  const db = new sqlJs.Database(image);
  db.run('PRAGMA journal_mode = OFF');
  return db;
}

/**
 * The database's own bytes: page size × page count from its header (the file may be longer). A view, not a copy:
 * the buffer is the export's own, and a copy would add a second GeoPackage to the peak.
 */
function databaseBytes(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const pageSize = view.getUint16(16) === 1 ? 65536 : view.getUint16(16);
  return file.subarray(0, pageSize * view.getUint32(28));
}

export function buildGeoPackage(sqlJs: SqlJsWriterPort, layers: readonly PackageLayer[], created: string): Uint8Array {
  const db = openSized(sqlJs, estimatedBytes(layers));
  try {
    db.run(`PRAGMA user_version = ${USER_VERSION}`);
    db.run('BEGIN');
    db.run(
      `CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)`,
    );
    const srs = db.prepare('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)');
    srs.run(['Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system']);
    srs.run(['Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system']);
    srs.run(['WGS 84 geodetic', 4326, 'EPSG', 4326, WGS84_WKT, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
    srs.run([
      'China Geodetic Coordinate System 2000',
      SRS_ID,
      'EPSG',
      SRS_ID,
      CGCS2000_WKT,
      'CGCS2000 经纬度坐标（国土空间规划数据的存储坐标系）',
    ]);
    srs.free();
    db.run(
      `CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL, min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))`,
    );
    db.run(
      `CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT uk_gc_table_name UNIQUE (table_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))`,
    );
    const lastChange = `${created.slice(0, 19)}.000Z`;
    for (const layer of layers) writeLayer(db, layer, lastChange);
    db.run('COMMIT');
    return databaseBytes(db.export());
  } finally {
    db.close();
  }
}

function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** The declared type: the one type present, a Multi type when single and multi parts mix, else GEOMETRY. */
function geometryTypeOf(features: readonly { readonly geometry: Geometry }[]): { name: string; promote: boolean } {
  // A stored geometry's type is read without rebuilding it (a layer's geometries are never all built at once).
  const types = new Set<Geometry['type']>();
  for (const f of features) types.add(storedGeometryType(f) ?? f.geometry.type);
  if (types.size === 1) return { name: [...types][0]!.toUpperCase(), promote: false };
  for (const [single, multi] of [
    ['Polygon', 'MultiPolygon'],
    ['LineString', 'MultiLineString'],
    ['Point', 'MultiPoint'],
  ] as const) {
    if (types.size === 2 && types.has(single) && types.has(multi)) return { name: multi.toUpperCase(), promote: true };
  }
  return { name: 'GEOMETRY', promote: false };
}

function promoted(g: Geometry): Geometry {
  if (g.type === 'Polygon') return { type: 'MultiPolygon', coordinates: [g.coordinates] };
  if (g.type === 'LineString') return { type: 'MultiLineString', coordinates: [g.coordinates] };
  if (g.type === 'Point') return { type: 'MultiPoint', coordinates: [g.coordinates] };
  return g;
}

/** Writes the blob of `g` at the package's precision; returns its box. */
function writeBlob(writer: WkbWriter, g: Geometry, promote: boolean): BBox | null {
  const geometry = promote ? promoted(g) : g;
  const b = roundedBox(bbox(geometry));
  writeGpkgGeometry(writer, geometry, SRS_ID, b, coordinateAtPrecision);
  return b;
}

/** Writes the blob of store slot `i` at the package's precision, as writeBlob writes the geometry it holds. */
function writeStoredBlob(writer: WkbWriter, store: GeometryStore, i: number, promote: boolean): BBox | null {
  const at = 4 * i;
  // An empty geometry's box is inverted in the store (+∞ first), where bbox() gives null.
  const b =
    store.bboxes[at] === Infinity
      ? null
      : roundedBox([store.bboxes[at]!, store.bboxes[at + 1]!, store.bboxes[at + 2]!, store.bboxes[at + 3]!]);
  writeGpkgHeader(writer, SRS_ID, b);
  // The same bytes `promoted` gives: a Multi header and one member.
  const multi = promote ? WKB_MULTI_OF[store.types[i]!] : undefined;
  if (multi !== undefined) {
    writer.header(multi);
    writer.uint32(1);
  }
  writeStoreWkb(writer, store, i, coordinateAtPrecision);
  return b;
}

function roundedBox(b: BBox | null): BBox | null {
  return b && [coordinateAtPrecision(b[0]), coordinateAtPrecision(b[1]), coordinateAtPrecision(b[2]), coordinateAtPrecision(b[3])];
}

function writeLayer(db: SqlJsWriterDatabase, layer: PackageLayer, lastChange: string): void {
  const columns = layerColumns(layer);
  const table = quote(layer.name);
  const type = layer.name === 'DDQY' && layer.features.length === 0 ? { name: 'POLYGON', promote: false } : geometryTypeOf(layer.features);
  db.run(
    `CREATE TABLE ${table} (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom ${type.name}${columns.map((c) => `, ${quote(c.name)} ${c.sqlType}`).join('')})`,
  );
  let box: [number, number, number, number] | null = null;
  // One writer for every blob: sql.js copies the bound bytes into SQLite before the next row.
  const writer = new WkbWriter();
  const insert = db.prepare(
    `INSERT INTO ${table} (geom${columns.map((c) => `, ${quote(c.name)}`).join('')}) VALUES (?${columns.map(() => ', ?').join('')})`,
  );
  const cellOf = new Map(columns.map((c, i) => [c.name, { at: i + 1, text: c.sqlType === 'TEXT' }]));
  let row: SqlValue[] = [];
  const setCell = (key: string, v: unknown): void => {
    const cell = cellOf.get(key);
    if (!cell) return;
    row[cell.at] = v === undefined || v === null ? null : typeof v === 'boolean' ? (v ? 1 : 0) : cell.text ? String(v) : (v as SqlValue);
  };
  for (const f of layer.features) {
    // Each coordinate at the package's precision as it is written (the layers hold them as computed), so no rounded
    // copy of the geometry is made. Rounding is monotonic, so the rounded box is the box of the rounded coordinates.
    // A geometry read through a store is written from its typed arrays, without building it.
    writer.reset();
    const store = storeOfFeature(f);
    const b = store ? writeStoredBlob(writer, store, storeIndexOfFeature(f), type.promote) : writeBlob(writer, f.geometry, type.promote);
    if (b) box = box ? [Math.min(box[0], b[0]), Math.min(box[1], b[1]), Math.max(box[2], b[2]), Math.max(box[3], b[3])] : [...b];
    row = new Array<SqlValue>(columns.length + 1).fill(null);
    row[0] = writer.written();
    // Visited, not read as `properties`: a packaged feature would build that object for each row.
    visitProperties(f, setCell);
    insert.run(row);
  }
  insert.free();
  db.run(
    'INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      layer.name,
      'features',
      layer.name,
      layer.titleZh,
      lastChange,
      box ? box[0] : null,
      box ? box[1] : null,
      box ? box[2] : null,
      box ? box[3] : null,
      SRS_ID,
    ],
  );
  db.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [layer.name, 'geom', type.name, SRS_ID]);
}
