// Pure. The format filters of open and save dialogs (Chinese or English) and the extension a saved file
// must carry; the plan extensions come from the contract's one table of file kinds (engine/ipc/fileKindOf.ts).
import { extensionOf, PLAN_FILE_EXTENSIONS, type OpenPurpose, type SaveFormat, type UiLanguage } from '../../engine/ipc/index.ts';
import { say } from '../i18n/index.ts';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export function openDialogFilters(purpose: OpenPurpose, lang: UiLanguage): DialogFilter[] {
  if (purpose === 'workspace') {
    return [{ name: say('node.dialogFilters.SAVE_FILTERS_lantu')[lang], extensions: ['lantu'] }];
  }
  return [
    { name: say('node.dialogFilters.openDialogFilters_name')[lang], extensions: [...PLAN_FILE_EXTENSIONS] },
    { name: say('node.dialogFilters.openDialogFilters_name-2')[lang], extensions: ['json', 'geojson'] },
    { name: 'GeoJSON (*.geojson)', extensions: ['geojson'] },
    {
      name: say('node.dialogFilters.openDialogFilters_name-3')[lang],
      extensions: ['shp', 'dbf', 'shx', 'prj', 'cpg', 'zip'],
    },
    { name: 'GeoPackage (*.gpkg)', extensions: ['gpkg'] },
  ];
}

const SAVE_FILTERS: Record<SaveFormat, { zh: string; en: string; extensions: string[] }> = {
  zip: { ...say('node.dialogFilters.SAVE_FILTERS_zip'), extensions: ['zip'] },
  gpkg: { ...say('node.dialogFilters.SAVE_FILTERS_gpkg'), extensions: ['gpkg'] },
  geojson: { ...say('node.dialogFilters.SAVE_FILTERS_geojson'), extensions: ['geojson'] },
  csv: { ...say('node.dialogFilters.SAVE_FILTERS_csv'), extensions: ['csv'] },
  json: { ...say('node.dialogFilters.SAVE_FILTERS_json'), extensions: ['json'] },
  html: { ...say('node.dialogFilters.SAVE_FILTERS_html'), extensions: ['html'] },
  lantu: { ...say('node.dialogFilters.SAVE_FILTERS_lantu'), extensions: ['lantu'] },
  pdf: { ...say('node.dialogFilters.SAVE_FILTERS_pdf'), extensions: ['pdf'] },
  txt: { ...say('node.dialogFilters.SAVE_FILTERS_txt'), extensions: ['txt'] },
  pub: { ...say('node.dialogFilters.SAVE_FILTERS_pub'), extensions: ['pub'] },
  png: { ...say('node.dialogFilters.SAVE_FILTERS_png'), extensions: ['png'] },
};

export function saveDialogFilters(format: SaveFormat, lang: UiLanguage): DialogFilter[] {
  const filter = SAVE_FILTERS[format];
  return [{ name: lang === 'en' ? filter.en : filter.zh, extensions: filter.extensions }];
}

/** Ensures a chosen save path ends with the format's extension (dialogs on Linux do not add it). */
export function withSaveExtension(path: string, format: SaveFormat): string {
  const wanted = SAVE_FILTERS[format].extensions[0] ?? format;
  return extensionOf(path) === wanted ? path : `${path}.${wanted}`;
}
