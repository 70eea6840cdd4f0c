// Pure. The format filters of open and save dialogs (Chinese or English) and the extension a saved file
// must carry; the plan extensions come from the contract's one table of file kinds (engine/ipc/fileKindOf.ts).
import { extensionOf, PLAN_FILE_EXTENSIONS, type OpenPurpose, type SaveFormat, type UiLanguage } from '../../engine/ipc/index.ts';

export interface DialogFilter {
  name: string;
  extensions: string[];
}

export function openDialogFilters(purpose: OpenPurpose, lang: UiLanguage): DialogFilter[] {
  const en = lang === 'en';
  if (purpose === 'workspace') {
    return [{ name: en ? 'Lantu workspace (*.lantu)' : '蓝图工作空间 (*.lantu)', extensions: ['lantu'] }];
  }
  return [
    { name: en ? 'All plan formats' : '所有规划格式', extensions: [...PLAN_FILE_EXTENSIONS] },
    { name: en ? 'Plan documents (*.json, *.geojson)' : '规划文档 (*.json, *.geojson)', extensions: ['json', 'geojson'] },
    { name: 'GeoJSON (*.geojson)', extensions: ['geojson'] },
    {
      name: en
        ? 'Shapefile set or zip (*.shp, *.dbf, *.shx, *.prj, *.cpg, *.zip)'
        : 'Shapefile 文件组或压缩包 (*.shp, *.dbf, *.shx, *.prj, *.cpg, *.zip)',
      extensions: ['shp', 'dbf', 'shx', 'prj', 'cpg', 'zip'],
    },
    { name: 'GeoPackage (*.gpkg)', extensions: ['gpkg'] },
  ];
}

const SAVE_FILTERS: Record<SaveFormat, { zh: string; en: string; extensions: string[] }> = {
  zip: { zh: '成果包 (*.zip)', en: 'Blueprint package (*.zip)', extensions: ['zip'] },
  gpkg: { zh: 'GeoPackage (*.gpkg)', en: 'GeoPackage (*.gpkg)', extensions: ['gpkg'] },
  geojson: { zh: 'GeoJSON (*.geojson)', en: 'GeoJSON (*.geojson)', extensions: ['geojson'] },
  csv: { zh: 'CSV 表格 (*.csv)', en: 'CSV table (*.csv)', extensions: ['csv'] },
  json: { zh: 'JSON (*.json)', en: 'JSON (*.json)', extensions: ['json'] },
  html: { zh: 'HTML 报告 (*.html)', en: 'HTML report (*.html)', extensions: ['html'] },
  lantu: { zh: '蓝图工作空间 (*.lantu)', en: 'Lantu workspace (*.lantu)', extensions: ['lantu'] },
  pdf: { zh: 'PDF 文档 (*.pdf)', en: 'PDF document (*.pdf)', extensions: ['pdf'] },
  txt: { zh: '界址点坐标文本 (*.txt)', en: 'Boundary-point text (*.txt)', extensions: ['txt'] },
  pub: { zh: '工作站公钥 (*.pub)', en: 'Station public key (*.pub)', extensions: ['pub'] },
  png: { zh: '专题图 PNG 图像 (*.png)', en: 'Map sheet PNG image (*.png)', extensions: ['png'] },
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
