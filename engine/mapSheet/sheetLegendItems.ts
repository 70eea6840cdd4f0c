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

/** One swatch for several grades (when the legend has no room for each): up to three of their lines, stacked, so the
 * entry shows the colours the roads on the map are drawn in. */
function stackedGradesSwatch(grades: readonly string[]): string {
  return grades
    .slice(0, 3)
    .map((grade, i, shown) => {
      const symbol = GRADE_SYMBOLS[grade] ?? UNKNOWN_GRADE_SYMBOL;
      const y = 7 + (i - (shown.length - 1) / 2) * 4.5;
      return `<line x1="0" y1="${y}" x2="24" y2="${y}" stroke="${symbol.colour}" stroke-width="${Math.min(symbol.widthPx, 3)}"/>`;
    })
    .join('');
}

/**
 * `prefix` names the hatch patterns (engine/cartography hatchPatterns) the sheet defines. `foldGrades` gives the
 * road and rail grades one entry, named by the layer, for a legend without room for each.
 */
export function sheetLegendItems(drawn: DrawnContent, language: SheetLanguage, prefix: string, foldGrades = false): LegendItem[] {
  const name = (layer: LayerCode) => (language === 'zh' ? layerInfo(layer).nameZh : layerInfo(layer).nameEn);
  const items: LegendItem[] = [];
  for (const [layer, symbol] of polygonSymbols(prefix)) {
    if (!drawn.layers.has(layer)) continue;
    items.push({ swatch: areaSwatch(symbol.fill({ properties: {} }), symbol.stroke, symbol.dash), label: name(layer) });
  }
  if (drawn.layers.has('JTXL') && foldGrades) {
    // The most important grades first (the table's order: 高速, 国道, …), so the swatch shows the main roads.
    const rank = (grade: string) => (grade in GRADE_SYMBOLS ? Object.keys(GRADE_SYMBOLS).indexOf(grade) : Infinity);
    const grades = sorted(drawn.grades).sort((a, b) => rank(a) - rank(b));
    items.push({ swatch: stackedGradesSwatch(grades), label: name('JTXL') });
  } else if (drawn.layers.has('JTXL')) {
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
