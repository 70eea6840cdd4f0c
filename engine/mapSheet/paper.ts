// Pure. Paper sizes of the 专题图 sheet (ISO 216 A4 and A3) in millimetres by orientation, and the print
// resolution: the sheet is rendered at 300 dpi, and its vector parts are laid out in CSS pixels (96 per inch).
export type PaperSize = 'A4' | 'A3';
export type Orientation = 'portrait' | 'landscape';

export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'A3'];
export const PRINT_DPI = 300;
export const CSS_DPI = 96;
export const MM_PER_INCH = 25.4;

const PORTRAIT_MM: Readonly<Record<PaperSize, readonly [number, number]>> = { A4: [210, 297], A3: [297, 420] };

/** Width and height of the paper in millimetres. */
export function paperMm(paper: PaperSize, orientation: Orientation): [number, number] {
  const [w, h] = PORTRAIT_MM[paper];
  return orientation === 'portrait' ? [w, h] : [h, w];
}

/** Pixels that `mm` millimetres take at `dpi` (rounded to whole pixels, as a canvas needs). */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / MM_PER_INCH) * dpi);
}

/** CSS pixels (96 dpi) of `mm` millimetres, unrounded: the unit the sheet's SVG is laid out in. */
export function mmToCssPx(mm: number): number {
  return (mm / MM_PER_INCH) * CSS_DPI;
}
