// Pure. svgNorthArrow(frame, label) → an SVG north arrow at the top right of a north-up map frame; one
// implementation for the review report's maps and the 专题图 sheet.
const px = (v: number): string => v.toFixed(1);

export function svgNorthArrow(frame: { widthPx: number }, label: string): string {
  const x = frame.widthPx - 26;
  return (
    `<g class="north-arrow" font-size="12" font-family="sans-serif" font-weight="bold">` +
    `<circle cx="${px(x)}" cy="30" r="17" fill="#ffffff" fill-opacity="0.85"/>` +
    `<path d="M${px(x)} 14L${px(x + 8)} 40L${px(x)} 34Z" fill="#000000"/><path d="M${px(x)} 14L${px(x - 8)} 40L${px(x)} 34Z" fill="#ffffff" stroke="#000000" stroke-width="0.8"/>` +
    `<text x="${px(x)}" y="58" text-anchor="middle">${label}</text>` +
    `</g>`
  );
}
