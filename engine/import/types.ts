// Pure. Types shared by the import readers, CRS detection, field mapping and the import report.
// A reader turns bytes into SourceFeatures (source columns, source CRS); later steps map and reproject.
import type { Bilingual } from '../i18n/index.ts';
import type { Geometry, PropertyValue } from '../model/types.ts';

/** fatal: nothing is imported; quality: imported only when the user accepts; warning/info: shown only. */
export type ImportSeverity = 'fatal' | 'quality' | 'warning' | 'info';

export interface ImportIssue {
  /** Stable machine code, e.g. `zip-path-traversal`, `dbf-missing`, `crs-unknown`. */
  code: string;
  severity: ImportSeverity;
  messageZh: string;
  messageEn: string;
  file?: string;
  /** 0-based index of the feature in the source. */
  featureIndex?: number;
  bsm?: string;
  field?: string;
}

export interface SourceFeature {
  /** 0-based position in the source file. */
  index: number;
  geometry: Geometry | null;
  /** Source columns as read (names as in the file). */
  properties: Record<string, PropertyValue>;
  /** An id the source carried (GeoJSON `id`, GeoPackage fid), used only when no BSM is mapped. */
  sourceId?: string;
}

export type TextEncodingName = 'utf-8' | 'gbk' | 'gb18030';

export interface EncodingChoice {
  encoding: TextEncodingName;
  /** Where the choice came from, so the user sees why and can override it. */
  source: 'user' | 'cpg' | 'dbf-language-byte' | 'detected';
  /** Why, in both languages (`.cpg 声明 GBK` / `declared by the .cpg: GBK`). */
  detail: Bilingual;
}

export interface DeclaredCrs {
  /** EPSG code when known (after parsing WKT or the document). */
  epsg?: number;
  /** Raw declaration for provenance (WKT, URN or `EPSG:n`). */
  raw: string;
  from: 'prj' | 'gpkg' | 'geojson-crs' | 'plan-member';
}

export interface SourceRead {
  format: 'geojson' | 'shapefile' | 'geopackage';
  /** File name shown in messages. */
  file: string;
  features: SourceFeature[];
  /** Source column names in file order. */
  fields: string[];
  declaredCrs: DeclaredCrs | null;
  encoding?: EncodingChoice;
  /** Layers/tables available in a multi-layer source (GeoPackage), and the one read. */
  layers?: string[];
  layer?: string;
  /** The plan's title from the source's own metadata (GeoJSON name/title/metadata, GeoPackage identifier),
   *  never its file or table name. */
  title?: string;
  /** A Lantu plan member found in the source (GeoJSON exported by Lantu), unvalidated. */
  planMember?: unknown;
  /** Lantu `layer` foreign members per feature index (GeoJSON exported by Lantu). */
  featureLayers?: (string | undefined)[];
  issues: ImportIssue[];
}
