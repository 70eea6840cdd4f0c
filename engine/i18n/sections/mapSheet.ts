// Pure. The engine/mapSheet messages of the catalogue (see ../catalogue.ts): the words on a 专题图 sheet.
import type { Section } from '../types.ts';

export const mapSheetMessages = {
  'mapSheet.sheetText.crs-note': {
    zh: '坐标系：CGCS2000 3度带高斯-克吕格投影 第 {zone} 带{epsg}，中央经线 {meridian}°E；比例尺 {scale}；300 dpi',
    en: 'CRS: CGCS2000 / 3-degree Gauss-Krüger zone {zone}{epsg}, central meridian {meridian}°E; scale {scale}; 300 dpi',
  },
  'mapSheet.buildSheetSvg.unit': {
    zh: '制图单位：{unit}',
    en: 'Produced by: {unit}',
  },
  'mapSheet.buildSheetSvg.date': {
    zh: '制图日期：{date}',
    en: 'Date: {date}',
  },
  'mapSheet.buildSheetSvg.more': {
    zh: '……另有 {count} 项',
    en: '… {count} more',
  },
} as const satisfies Section;
