// Renderer. The limits the editor reads hostile files under, in one mutable object so the browser tests (and a
// future settings panel) can set them: the GeoPackage read deadline and row cap of the import worker, and the
// inflate limits of a dropped or opened package zip (engine/zip; a Shapefile zip keeps the importer's own).
import { DEFAULT_GPKG_MAX_ROWS } from '../../../engine/import/index.ts';
import { PACKAGE_ZIP_LIMITS, type ZipLimits } from '../../../engine/zip/index.ts';

export interface ReadLimits {
  /** Reading a GeoPackage (its 'read' phase) longer than this terminates the import worker. */
  gpkgDeadlineMs: number;
  gpkgMaxRows: number;
  packageZip: ZipLimits;
}

export const readLimits: ReadLimits = { gpkgDeadlineMs: 120_000, gpkgMaxRows: DEFAULT_GPKG_MAX_ROWS, packageZip: { ...PACKAGE_ZIP_LIMITS } };
