// Pure. Road and railway symbols by grade (DJ): colour, minimum width in pixels and whether the line is drawn as a
// railway. One table for the editor's map, its legend and the review report's SVG maps, so they look alike.

export interface GradeSymbol {
  colour: string;
  widthPx: number;
  rail: boolean;
  /** The grade's English name (the key is the Chinese DJ value a plan carries). */
  nameEn: string;
}

export const GRADE_SYMBOLS: Readonly<Record<string, GradeSymbol>> = {
  高速: { colour: '#e8591a', widthPx: 5, rail: false, nameEn: 'Expressway' },
  国道: { colour: '#f08c00', widthPx: 4, rail: false, nameEn: 'National road' },
  省道: { colour: '#f5b700', widthPx: 3.5, rail: false, nameEn: 'Provincial road' },
  县道: { colour: '#c9a227', widthPx: 3, rail: false, nameEn: 'County road' },
  乡道: { colour: '#a68a3a', widthPx: 2, rail: false, nameEn: 'Township road' },
  高铁: { colour: '#5b2a86', widthPx: 4, rail: true, nameEn: 'High-speed railway' },
  城际: { colour: '#3d5a98', widthPx: 3.5, rail: true, nameEn: 'Intercity railway' },
  普速铁路: { colour: '#333333', widthPx: 3, rail: true, nameEn: 'Conventional railway' },
};

/**
 * A road or rail grade's legend label: in Chinese the layer name and the stored grade (交通线路 高速); in English the
 * grade's English name, or the layer name and the stored value for a grade the table lacks. An empty grade is the
 * layer alone (a legend that folds the grades into one entry).
 */
export function gradeLabel(grade: string, layerName: string, language: 'zh' | 'en'): string {
  const known = language === 'en' ? GRADE_SYMBOLS[grade]?.nameEn : undefined;
  return known ?? `${layerName} ${grade}`.trim();
}

/** The symbol of a grade the table lacks. */
export const UNKNOWN_GRADE_SYMBOL: GradeSymbol = { colour: '#777777', widthPx: 2, rail: false, nameEn: 'Other grade' };
