// Pure. svgScaleBar(frame, yPx) → an SVG scale bar in ground metres, about a fifth of the map wide, at the bottom
// left of a north-up map frame; one implementation for the review report's maps and the 专题图 sheet.
import { lengthLabel, niceLengthM } from './niceLengthM.ts';

/** What a scale bar needs of a map: its width in SVG units and the ground metres one unit stands for. */
export interface ScaleBarFrame {
  widthPx: number;
  metresPerPx: number;
}

const px = (v: number): string => v.toFixed(1);

export function svgScaleBar(frame: ScaleBarFrame, yPx: number): string {
  const lengthM = niceLengthM((frame.widthPx / 5) * frame.metresPerPx);
  const w = lengthM / frame.metresPerPx;
  const x = 12;
  const half = w / 2;
  return (
    `<g class="scale-bar" font-size="11" font-family="sans-serif">` +
    `<rect x="${px(x - 4)}" y="${px(yPx - 16)}" width="${px(w + 8 + 50)}" height="24" fill="#ffffff" fill-opacity="0.85"/>` +
    `<rect x="${px(x)}" y="${px(yPx)}" width="${px(half)}" height="4" fill="#000000"/>` +
    `<rect x="${px(x + half)}" y="${px(yPx)}" width="${px(half)}" height="4" fill="#ffffff" stroke="#000000" stroke-width="0.8"/>` +
    `<text x="${px(x)}" y="${px(yPx - 4)}">0</text><text x="${px(x + w)}" y="${px(yPx - 4)}" text-anchor="middle">${lengthLabel(lengthM)}</text>` +
    `</g>`
  );
}
