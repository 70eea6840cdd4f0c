// Pure. A file's kind from its name (same table as the desktop's open dialogs).
import type { FileKind } from '../../../engine/ipc/index.ts';

const KINDS: Record<string, FileKind> = {
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

/** `accept` attribute for plan-file inputs. */
export const PLAN_FILE_ACCEPT = '.json,.geojson,.zip,.shp,.dbf,.shx,.prj,.cpg,.gpkg';

export function fileKindOfName(name: string): FileKind | undefined {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? KINDS[name.slice(dot + 1).toLowerCase()] : undefined;
}
