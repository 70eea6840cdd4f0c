// Pure. The one table of file kinds by extension, shared by main (open dialogs, opened and recent paths)
// and the renderer (dropped files, file inputs), so both sides agree on what Lantu opens.
import type { FileKind } from './types.ts';

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  json: 'geojson',
  geojson: 'geojson',
  zip: 'shapefile-zip',
  shp: 'shapefile-part',
  dbf: 'shapefile-part',
  shx: 'shapefile-part',
  prj: 'shapefile-part',
  cpg: 'shapefile-part',
  gpkg: 'geopackage',
  lantu: 'workspace',
};

/** Extensions of plan files (everything Lantu opens except its own workspace files), in table order. */
export const PLAN_FILE_EXTENSIONS: readonly string[] = Object.keys(KIND_BY_EXTENSION).filter(
  (extension) => KIND_BY_EXTENSION[extension] !== 'workspace',
);

/** The lower-cased extension of a file name or path, or '' when it has none (a leading dot is no extension). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind of a file name, or undefined when Lantu does not open it. */
export function fileKindOf(name: string): FileKind | undefined {
  return KIND_BY_EXTENSION[extensionOf(name)];
}
