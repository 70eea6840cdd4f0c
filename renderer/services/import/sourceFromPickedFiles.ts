// Browser shell. Turns the files the user chose (one .geojson/.json, .zip or .gpkg, or the loose members
// of a Shapefile chosen together) into the engine's ImportSource; undefined with a reason otherwise.
import type { ImportSource } from '../../../engine/import/index.ts';
import type { PickedFile } from '../platform/types.ts';
import { messages } from '../../i18n/message.ts';

export type PickedSource = { ok: true; source: ImportSource } | { ok: false; reason: { zh: string; en: string } };

export async function sourceFromPickedFiles(files: readonly PickedFile[]): Promise<PickedSource> {
  if (files.length === 0) return { ok: false, reason: messages('importNoFileChosen') };
  const parts = files.filter((f) => f.kind === 'shapefile-part');
  if (parts.length > 0 && parts.length === files.length) {
    const map = new Map<string, Uint8Array>();
    for (const f of parts) map.set(f.name, await f.read());
    const shp = parts.find((f) => f.name.toLowerCase().endsWith('.shp'));
    return { ok: true, source: { format: 'shapefile', file: shp?.name ?? parts[0]!.name, files: map } };
  }
  if (files.length > 1) {
    return { ok: false, reason: messages('importOneFileAtATime') };
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
      return { ok: false, reason: messages('importNotPlanFile', { file: file.name }) };
  }
}
