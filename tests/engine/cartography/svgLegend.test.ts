import { describe, expect, it } from 'vitest';
import { areaSwatch, labelWidthPx, legendHeightPx, legendLabelLines, svgLegend } from '../../../engine/cartography/svgLegend.ts';

const item = (label: string) => ({ swatch: areaSwatch('#ff0000', '#000000'), label });
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="30" y="11"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attrs: m[1]!, label: m[2]! }));

describe('svgLegend', () => {
  it('wraps an English label longer than its column at spaces and draws every line at its natural width', () => {
    // One column of 200 px: the label has 200 − 30 − 8 = 162 px.
    const options = { title: 'Legend', top: 0, widthPx: 200, columns: 1 };
    const items = [item('08 Public administration and service land'), item('0101 Paddy field'), item('0801 机关团体用地')];
    const { svg, heightPx } = svgLegend(items, options);
    expect(labelWidthPx(items[0]!.label)).toBeGreaterThan(162);
    expect(legendLabelLines(items[0]!.label, 162)).toEqual(['08 Public administration', 'and service land']);
    expect(svg).not.toMatch(/textLength|lengthAdjust/);
    expect(texts(svg).map((t) => t.label)).toEqual(['08 Public administration', '0101 Paddy field', '0801 机关团体用地']);
    expect(svg).toContain('<text x="30" y="24">and service land</text>');
    // The wrapped entry's row is one line taller (13) than the plain rows (18): the next row starts below it.
    expect(heightPx).toBe(28 + 18 + 13 + 18 + 18);
    expect(legendHeightPx(items, 200, 1)).toBe(heightPx);
    expect(svg).toMatch(/<g transform="translate\(4\.0 53\)">/);
  });

  it('breaks after a hyphen too, and keeps a label that fits on one line', () => {
    expect(legendLabelLines('Drinking-water source protection zone', 140)).toEqual(['Drinking-water source', 'protection zone']);
    expect(legendLabelLines('Drinking-water source protection zone', 60)).toEqual(['Drinking-', 'water', 'source', 'protection', 'zone']);
    expect(legendLabelLines('0101 Paddy field', 162)).toEqual(['0101 Paddy field']);
  });

  it('counts Chinese characters full width, and condenses a long Chinese name to a narrow column as before', () => {
    expect(labelWidthPx('机关团体用地')).toBe(66);
    expect(labelWidthPx('Paddy')).toBeCloseTo(31);
    const { svg } = svgLegend([item('080101 公共管理与公共服务用地（机关团体）')], { title: '图例', top: 0, widthPx: 480, columns: 4 });
    expect(texts(svg)[0]!.attrs).toBe(' textLength="82.0" lengthAdjust="spacingAndGlyphs"');
  });
});
