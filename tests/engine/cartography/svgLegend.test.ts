import { describe, expect, it } from 'vitest';
import { areaSwatch, labelWidthPx, svgLegend } from '../../../engine/cartography/svgLegend.ts';

const item = (label: string) => ({ swatch: areaSwatch('#ff0000', '#000000'), label });
const texts = (svg: string) =>
  [...svg.matchAll(/<text x="30" y="11"([^>]*)>([^<]*)<\/text>/g)].map((m) => ({ attrs: m[1]!, label: m[2]! }));

describe('svgLegend', () => {
  it('condenses a label longer than its column to the column, and leaves shorter ones as they are', () => {
    // One column of 200 px: the label has 200 − 30 − 8 = 162 px.
    const { svg } = svgLegend([item('08 Public administration and service land'), item('0101 Paddy field'), item('0801 机关团体用地')], {
      title: 'Legend',
      top: 0,
      widthPx: 200,
      columns: 1,
    });
    const [long, short, chinese] = texts(svg);
    expect(labelWidthPx(long!.label)).toBeGreaterThan(162);
    expect(long!.attrs).toBe(' textLength="162.0" lengthAdjust="spacingAndGlyphs"');
    expect(short!.attrs).toBe('');
    expect(chinese!.attrs).toBe('');
  });

  it('counts Chinese characters full width, so a long Chinese name is condensed in a narrow column too', () => {
    expect(labelWidthPx('机关团体用地')).toBe(66);
    expect(labelWidthPx('Paddy')).toBeCloseTo(31);
    const { svg } = svgLegend([item('080101 公共管理与公共服务用地（机关团体）')], { title: '图例', top: 0, widthPx: 480, columns: 4 });
    expect(texts(svg)[0]!.attrs).toBe(' textLength="82.0" lengthAdjust="spacingAndGlyphs"');
  });
});
