// Reads a GeoJSON, Shapefile (.zip, or the .shp with its sibling files) or GeoPackage named on the command line
// into the importer's source, for `lantu import` and for boundaries given to `lantu review`. An unknown kind of
// file is a usage error naming it.
import { readdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { ImportSource } from '../../engine/import/index.ts';
import { fileKindOf } from '../../engine/ipc/index.ts';
import { UsageError } from './parseArgs.ts';
import { say } from '../i18n/index.ts';

/** Reads the source from the paths given: one file, or the loose members of a Shapefile (siblings found). */
export async function readSourceFiles(paths: string[], cwd: string): Promise<ImportSource> {
  const first = resolve(cwd, paths[0]!);
  const ext = extname(first).toLowerCase();
  const file = basename(first);
  const kind = fileKindOf(first);
  if (paths.length === 1 && kind === 'shapefile-zip') return { format: 'shapefile-zip', file, bytes: await readFile(first) };
  if (paths.length === 1 && kind === 'geojson') return { format: 'geojson', file, bytes: await readFile(first) };
  if (paths.length === 1 && kind === 'geopackage') return { format: 'geopackage', file, bytes: await readFile(first) };
  if (kind === 'shapefile-part') {
    const files = new Map<string, Uint8Array>();
    if (paths.length > 1) {
      for (const p of paths) files.set(basename(p), await readFile(resolve(cwd, p)));
    } else {
      // The .shp alone names the set: its siblings with the same stem come along (any letter case).
      const stem = basename(first, extname(first)).toLowerCase();
      for (const name of await readdir(dirname(first))) {
        if (fileKindOf(name) === 'shapefile-part' && basename(name, extname(name)).toLowerCase() === stem)
          files.set(name, await readFile(join(dirname(first), name)));
      }
      if (!files.has(basename(first))) await readFile(first); // surfaces ENOENT for a missing .shp
    }
    return { format: 'shapefile', file: `${basename(first, extname(first))}.shp`, files };
  }
  throw new UsageError(say('cli.readSourceFiles.readSourceFiles', { value: ext || file }));
}
