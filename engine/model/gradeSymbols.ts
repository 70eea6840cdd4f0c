// Pure. Road and railway symbols by grade (DJ): colour, minimum width in pixels and whether the line is drawn as a
// railway. One table for the editor's map, its legend and the review report's SVG maps, so they look alike.

export interface GradeSymbol {
  colour: string;
  widthPx: number;
  rail: boolean;
}

export const GRADE_SYMBOLS: Readonly<Record<string, GradeSymbol>> = {
  高速: { colour: '#e8591a', widthPx: 5, rail: false },
  国道: { colour: '#f08c00', widthPx: 4, rail: false },
  省道: { colour: '#f5b700', widthPx: 3.5, rail: false },
  县道: { colour: '#c9a227', widthPx: 3, rail: false },
  乡道: { colour: '#a68a3a', widthPx: 2, rail: false },
  高铁: { colour: '#5b2a86', widthPx: 4, rail: true },
  城际: { colour: '#3d5a98', widthPx: 3.5, rail: true },
  普速铁路: { colour: '#333333', widthPx: 3, rail: true },
};

/** The symbol of a grade the table lacks. */
export const UNKNOWN_GRADE_SYMBOL: GradeSymbol = { colour: '#777777', widthPx: 2, rail: false };
