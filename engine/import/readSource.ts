// Pure. readSource(source, options) → the SourceRead of any supported format, or the fatal issue that stops
// it (a reader's ImportFailure becomes a report entry; nothing else escapes).
import { say } from '../i18n/index.ts';
import { ImportFailure, importIssue } from './importFailure.ts';
import { readGeoJson } from './geojson/readGeoJson.ts';
import { readGeoPackage, type GeoPackageOptions } from './geopackage/readGeoPackage.ts';
import type { SqlJsPort } from './geopackage/sqlJsPort.ts';
import { readShapefile } from './shapefile/readShapefile.ts';
import type { ImportAudience } from './remedyWording.ts';
import type { ImportIssue, SourceRead, TextEncodingName } from './types.ts';
import { DEFAULT_ZIP_LIMITS, unzipSafely, type ZipLimits } from './zip/unzipSafely.ts';

export type ImportSource =
  | { format: 'geojson'; file: string; bytes: Uint8Array }
  /** A .zip holding a Shapefile. */
  | { format: 'shapefile-zip'; file: string; bytes: Uint8Array }
  /** The loose member files of a Shapefile chosen together, by file name. */
  | { format: 'shapefile'; file: string; files: ReadonlyMap<string, Uint8Array> }
  | { format: 'geopackage'; file: string; bytes: Uint8Array };

export interface ReadSourceOptions {
  encoding?: TextEncodingName;
  /** Who reads the messages: their fixes name CLI flags (default) or the dialog's fields. */
  audience?: ImportAudience;
  sourceLayer?: string;
  targetLayer?: string;
  zipLimits?: Partial<ZipLimits>;
  /** Required for GeoPackage: an initialised sql.js module. */
  sqlJs?: SqlJsPort;
  /** GeoPackage: most rows read from one table (default DEFAULT_GPKG_MAX_ROWS). */
  maxRows?: number;
  /** GeoPackage: told each table before it is queried (a shell's deadline names it). */
  onTable?: (table: string) => void;
}

export type SourceOutcome = { ok: true; read: SourceRead } | { ok: false; issues: ImportIssue[] };

export function readSource(source: ImportSource, options: ReadSourceOptions = {}): SourceOutcome {
  try {
    switch (source.format) {
      case 'geojson':
        return { ok: true, read: readGeoJson(source.bytes, source.file) };
      case 'shapefile-zip': {
        const files = unzipSafely(source.bytes, source.file, options.zipLimits ?? DEFAULT_ZIP_LIMITS);
        return { ok: true, read: readShapefile(files, source.file, options) };
      }
      case 'shapefile':
        return { ok: true, read: readShapefile(source.files, source.file, options) };
      case 'geopackage': {
        if (!options.sqlJs) throw new Error('readSource: a GeoPackage needs the sql.js port');
        const gpkgOptions: GeoPackageOptions = {};
        if (options.sourceLayer !== undefined) gpkgOptions.sourceLayer = options.sourceLayer;
        if (options.targetLayer !== undefined) gpkgOptions.targetLayer = options.targetLayer;
        if (options.maxRows !== undefined) gpkgOptions.maxRows = options.maxRows;
        if (options.onTable !== undefined) gpkgOptions.onTable = options.onTable;
        return { ok: true, read: readGeoPackage(source.bytes, source.file, options.sqlJs, gpkgOptions) };
      }
    }
  } catch (e) {
    if (e instanceof ImportFailure) return { ok: false, issues: [e.issue] };
    if (e instanceof RangeError) {
      return {
        ok: false,
        issues: [
          importIssue('file-truncated', 'fatal', say('import.readSource.file-truncated', { file: source.file }), { file: source.file }),
        ],
      };
    }
    throw e;
  }
}
