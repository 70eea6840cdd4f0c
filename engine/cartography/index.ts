// Public face of engine/cartography: the map furniture (scale bar, north arrow, legend and swatches) shared by
// the review report's SVG maps and the 专题图 sheet.
export { lengthLabel, niceLengthM } from './niceLengthM.ts';
export { svgScaleBar, type ScaleBarFrame } from './svgScaleBar.ts';
export { svgNorthArrow } from './svgNorthArrow.ts';
export { areaSwatch, legendHeightPx, lineSwatch, svgLegend, type LegendItem, type LegendOptions } from './svgLegend.ts';
export { hatchPatterns, polygonSymbols, type LayerSymbol } from './layerSymbols.ts';
