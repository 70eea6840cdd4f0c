// Public face of engine/mapSheet: the 专题图 sheet — paper and layout, its ground in CGCS2000 Gauss-Krüger at a
// chosen or fitted scale, the legend of what is drawn, the sheet as SVG and as printable HTML, PNG resolution.
export { CSS_DPI, mmToCssPx, mmToPx, PAPER_SIZES, paperMm, PRINT_DPI, type Orientation, type PaperSize } from './paper.ts';
export { sheetLayout, SHEET_MARGIN_MM, type RectMm, type SheetLayout } from './sheetLayout.ts';
export {
  extentMToLonLatBox,
  FALSE_EASTING_M,
  fitScaleDenominator,
  gaussKrugerZone,
  gkZoneOfLon,
  lonLatBoxToM,
  mapExtentM,
  MAX_SCALE_DENOMINATOR,
  MIN_SCALE_DENOMINATOR,
  roundUpTwoDigits,
  SCALE_CHOICES,
  sheetGround,
  type ExtentM,
  type GaussKrugerZone,
  type SheetGround,
} from './sheetGeometry.ts';
export { crsNote, gkEpsg, groupDigits, scaleText, type SheetLanguage } from './sheetText.ts';
export { sheetLegendItems, type DrawnContent } from './sheetLegendItems.ts';
export { buildSheetSvg, type SheetInput } from './buildSheetSvg.ts';
export { buildSheetHtml, sheetPageCss } from './buildSheetHtml.ts';
export { pngWithDpi } from './pngWithDpi.ts';
export { sheetTiles } from './sheetTiles.ts';
