// Pure. sheetLegendItems(drawn, language) → the legend of a 专题图 sheet: what the map actually shows, in the
// map's own symbols — the plan layers drawn (editor symbols, engine/cartography), the road and rail grades
// drawn, then the 用地用海 classes drawn with their national colours, each group in a fixed order.
import { areaSwatch, lineSwatch, polygonSymbols, type LegendItem } from '../cartography/index.ts';
import { codeName } from '../model/codes.ts';
import { GRADE_SYMBOLS, gradeLabel, UNKNOWN_GRADE_SYMBOL } from '../model/gradeSymbols.ts';
import { layerInfo } from '../model/layers.ts';
import type { LayerCode } from '../model/types.ts';
import { landUseColourHex } from '../review/landUseColourHex.ts';
import type { SheetLanguage } from './sheetText.ts';

export interface DrawnContent {
  /** Layer codes with at least one feature drawn. */
  layers: ReadonlySet<LayerCode>;
  /** 用地用海 codes (YDYHFLDM) of the GHYDYH parcels drawn. */
  landUseCodes: ReadonlySet<string>;
  /** Road and rail grades (DJ) of the JTXL lines drawn. */
  grades: ReadonlySet<string>;
}

const sorted = (values: Iterable<string>): string[] => [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/** `prefix` names the hatch patterns (engine/cartography hatchPatterns) the sheet defines. */
export function sheetLegendItems(drawn: DrawnContent, language: SheetLanguage, prefix: string): LegendItem[] {
  const name = (layer: LayerCode) => (language === 'zh' ? layerInfo(layer).nameZh : layerInfo(layer).nameEn);
  const items: LegendItem[] = [];
  for (const [layer, symbol] of polygonSymbols(prefix)) {
    if (!drawn.layers.has(layer)) continue;
    items.push({ swatch: areaSwatch(symbol.fill({ properties: {} }), symbol.stroke, symbol.dash), label: name(layer) });
  }
  if (drawn.layers.has('JTXL')) {
    for (const grade of sorted(drawn.grades)) {
      const symbol = GRADE_SYMBOLS[grade] ?? UNKNOWN_GRADE_SYMBOL;
      items.push({ swatch: lineSwatch(symbol.colour, symbol.widthPx, symbol.rail), label: gradeLabel(grade, name('JTXL'), language) });
    }
  }
  if (drawn.layers.has('GHYDYH')) {
    for (const code of sorted(drawn.landUseCodes)) {
      const name = codeName('ydyh2023', code, language);
      items.push({ swatch: areaSwatch(landUseColourHex(code), '#5a5a5a'), label: name ? `${code} ${name}` : code });
    }
  }
  return items;
}
