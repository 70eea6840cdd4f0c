// Browser shell. Turns the files the user chose (one .geojson/.json, .zip or .gpkg, or the loose members
// of a Shapefile chosen together) into the engine's ImportSource; undefined with a reason otherwise.
import type { ImportSource } from '../../../engine/import/index.ts';
import type { PickedFile } from '../platform/types.ts';

export type PickedSource = { ok: true; source: ImportSource } | { ok: false; reason: { zh: string; en: string } };

export async function sourceFromPickedFiles(files: readonly PickedFile[]): Promise<PickedSource> {
  if (files.length === 0) return { ok: false, reason: { zh: '没有选择文件', en: 'no file chosen' } };
  const parts = files.filter((f) => f.kind === 'shapefile-part');
  if (parts.length > 0 && parts.length === files.length) {
    const map = new Map<string, Uint8Array>();
    for (const f of parts) map.set(f.name, await f.read());
    const shp = parts.find((f) => f.name.toLowerCase().endsWith('.shp'));
    return { ok: true, source: { format: 'shapefile', file: shp?.name ?? parts[0]!.name, files: map } };
  }
  if (files.length > 1) {
    return { ok: false, reason: { zh: '一次只能导入一个文件（Shapefile 的 .shp/.shx/.dbf/.prj/.cpg 可一起选择）', en: 'import one file at a time (a Shapefile’s .shp/.shx/.dbf/.prj/.cpg may be chosen together)' } };
  }
  const file = files[0]!;
  const bytes = await file.read();
  switch (file.kind) {
    case 'geojson':
      return { ok: true, source: { format: 'geojson', file: file.name, bytes } };
    case 'shapefile-zip':
      return { ok: true, source: { format: 'shapefile-zip', file: file.name, bytes } };
    case 'geopackage':
      return { ok: true, source: { format: 'geopackage', file: file.name, bytes } };
    default:
      return { ok: false, reason: { zh: `${file.name} 不是可导入的规划文件（GeoJSON、Shapefile、GeoPackage）`, en: `${file.name} is not an importable plan file (GeoJSON, Shapefile, GeoPackage)` } };
  }
}
