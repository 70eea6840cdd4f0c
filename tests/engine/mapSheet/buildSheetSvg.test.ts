// The sheet SVG and HTML: title (escaped), the legend of what was drawn, the CRS note naming the zone and
// scale, scale bar and north arrow from engine/cartography, the map image when given, and @page for the paper.
import { describe, expect, it } from 'vitest';
import {
  buildSheetHtml,
  buildSheetSvg,
  crsNote,
  mmToCssPx,
  pngWithDpi,
  sheetGround,
  sheetLayout,
  sheetTiles,
  type SheetInput,
} from '../../../engine/mapSheet/index.ts';
import { crc32 } from '../../../engine/package/crc32.ts';
import { labelWidthPx } from '../../../engine/cartography/svgLegend.ts';
import codeTable from '../../../schemas/codes/ydyh-2023.json' with { type: 'json' };

function input(over: Partial<SheetInput> = {}): SheetInput {
  const layout = sheetLayout('A3', 'landscape');
  return {
    layout,
    ground: sheetGround([layout.map.width, layout.map.height], 10_000, [112.6, 35.1], [0, 0, 0, 0]),
    title: '济源市<多规合一> & 专题图',
    unit: '济源市自然资源和规划局',
    date: '2026-12-05',
    language: 'zh',
    drawn: { layers: new Set(['GHYDYH', 'YJJBNT', 'JTXL']), landUseCodes: new Set(['1001', '0101']), grades: new Set(['高速公路']) },
    ...over,
  };
}

describe('buildSheetSvg', () => {
  it('holds the title, legend entries, CRS note, scale bar, north arrow, unit and date', () => {
    const svg = buildSheetSvg(input());
    expect(svg).toContain('济源市&lt;多规合一&gt; &amp; 专题图');
    expect(svg).toContain('图例');
    expect(svg).toContain('1001 工业用地');
    expect(svg).toContain('0101 水田');
    expect(svg).toContain('永久基本农田');
    expect(svg).toContain('高速公路');
    expect(svg).not.toContain('生态保护红线'); // not drawn, not listed
    expect(svg).toContain('CGCS2000 3度带高斯-克吕格投影 第 38 带 (EPSG:4547)，中央经线 114°E；比例尺 1:10 000');
    expect(svg).toContain('class="scale-bar"');
    expect(svg).toContain('class="north-arrow"');
    expect(svg).toContain('制图单位：济源市自然资源和规划局');
    expect(svg).toContain('制图日期：2026-12-05');
    expect(svg).not.toContain('<image');
    // The A3 sheet in CSS pixels is the paper's size: 420 mm = 1587.4 px.
    expect(svg).toMatch(/width="1587\.4" height="1122\.5"/);
  });

  it('writes English labels and the zone 37 note west of 112.5°E', () => {
    const layout = sheetLayout('A4', 'portrait');
    const svg = buildSheetSvg(
      input({
        layout,
        language: 'en',
        ground: sheetGround([layout.map.width, layout.map.height], 50_000, [112.2, 35.1], [0, 0, 0, 0]),
        drawn: { layers: new Set(['GHYDYH', 'YJJBNT', 'JTXL']), landUseCodes: new Set(['1001', '0101']), grades: new Set(['高速']) },
      }),
    );
    expect(svg).toContain('Legend');
    expect(svg).toContain('CRS: CGCS2000 / 3-degree Gauss-Krüger zone 37 (EPSG:4546), central meridian 111°E; scale 1:50 000; 300 dpi');
    expect(svg).toContain('Produced by: ');
    // The legend names classes and grades by the code tables' English names.
    expect(svg).toContain('1001 Industrial land');
    expect(svg).toContain('0101 Paddy field');
    expect(svg).toContain('>Expressway<');
    const legend = svg.slice(svg.indexOf('<g class="legend"'));
    expect(legend.slice(0, legend.indexOf('</g></g>'))).not.toMatch(/[\u4e00-\u9fff]/);
    expect(crsNote(37, 111, 2000, 'zh')).toContain('第 37 带');
  });

  it('draws English legend labels at their natural width: long class names wrap inside their column, none is scaled', () => {
    // A3 portrait: four columns of 167 units for a label. "Ecological protection red line" and "06 Agricultural
    // facility land" were stretched to it, "Drinking-water source protection zone" squeezed into it.
    const layout = sheetLayout('A3', 'portrait');
    const drawn = {
      layers: new Set(['GHYDYH', 'STBHHX', 'YYSY', 'YJJBNT', 'CZKFBJ'] as const),
      landUseCodes: new Set(['06', '08', '0101', '1001', '0602']),
      grades: new Set<string>(),
    };
    const svg = buildSheetSvg(input({ layout, language: 'en', drawn }));
    const legend = svg.slice(svg.indexOf('<g class="legend"'), svg.indexOf('</g></g>', svg.indexOf('<g class="legend"')));
    expect(legend).not.toMatch(/textLength|lengthAdjust|scale\(/);
    const lines = [...legend.matchAll(/<text x="30" y="\d+">([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines).toContain('Permanent basic farmland');
    expect(lines.join(' ')).toContain('Ecological protection red line');
    expect(lines.join(' ')).toContain('Drinking-water source protection zone');
    expect(lines.length).toBeGreaterThan(10);
    const roomPx = (mmToCssPx(layout.legend.width) / 1.3 - 4) / 4 - 30 - 8;
    for (const line of lines) expect(labelWidthPx(line), line).toBeLessThanOrEqual(roomPx);
    // The Chinese sheet of the same content: one line per entry, as before.
    const zh = buildSheetSvg(input({ layout, drawn }));
    expect(zh).not.toMatch(/<text x="30" y="24">/);
  });

  it('shows 用地用海 sub-classes as their second-level class when the legend would overflow', () => {
    const layout = sheetLayout('A4', 'portrait');
    const few = buildSheetSvg(
      input({ layout, drawn: { layers: new Set(['GHYDYH']), landUseCodes: new Set(['100101', '100102', '1001']), grades: new Set() } }),
    );
    expect(few).toContain('100101 一类工业用地');
    const many = new Set([
      '100101',
      '100102',
      '100103',
      '060201',
      ...Array.from({ length: 30 }, (_, i) => `0701${String(i).padStart(2, '0')}`),
    ]);
    const svg = buildSheetSvg(input({ layout, drawn: { layers: new Set(['GHYDYH']), landUseCodes: many, grades: new Set() } }));
    expect(svg).toContain('1001 工业用地');
    expect(svg).not.toContain('100101');
    expect(svg).toContain('0602');
    expect(svg).toContain('0701');
    expect(svg).not.toContain('另有');
  });

  it('falls back to first-level classes when second-level ones still overflow', () => {
    const layout = sheetLayout('A4', 'portrait');
    // Every second-level class of the land part of the table (01 … 17): far more than an A4 legend holds.
    const codes = new Set(codeTable.codes.map((c) => c.code).filter((c) => c.length === 4 && c < '18'));
    expect(codes.size).toBeGreaterThan(40);
    const svg = buildSheetSvg(
      input({ layout, drawn: { layers: new Set(['GHYDYH', 'YJJBNT', 'XZQ', 'CZKFBJ']), landUseCodes: codes, grades: new Set() } }),
    );
    expect(svg).toContain('10 工矿用地');
    expect(svg).toContain('01 耕地');
    expect(svg).not.toContain('1001 工业用地');
    expect(svg).not.toContain('另有');
  });

  it('shows the road grades as one 交通线路 entry when first-level classes still overflow, rather than leave classes out', () => {
    const layout = sheetLayout('A4', 'portrait');
    // What a fitted A4 sheet of the demo's centre drew: eight control layers, six grades and sixteen first-level classes.
    const layers = new Set(['YYSY', 'STBHHX', 'YJJBNT', 'GYXM', 'CYYQ', 'JTSS', 'CZKFBJ', 'XZQ', 'JTXL', 'GHYDYH'] as const);
    const grades = new Set(['乡道', '县道', '国道', '城际', '高速', '高铁']);
    const landUseCodes = new Set(['01', '02', '03', '04', '06', '07', '08', '09', '10', '11', '12', '13', '14', '15', '16', '17']);
    const svg = buildSheetSvg(input({ layout, drawn: { layers, landUseCodes, grades } }));
    expect(svg).not.toContain('另有');
    expect(svg).not.toContain('交通线路 高速');
    expect(svg).toMatch(/>交通线路</);
    // Its swatch stacks the main grades' own lines (高速, 国道, 县道), not a grey line that matches no road drawn.
    const entry = /<g transform="translate\([^)]*\)">((?:<line [^>]*\/>)+)<text[^>]*>交通线路<\/text><\/g>/.exec(svg);
    expect([...entry![1]!.matchAll(/stroke="(#[0-9a-f]{6})"/g)].map((m) => m[1])).toEqual(['#e8591a', '#f08c00', '#c9a227']);
    expect(svg).toContain('17 陆地水域');
    // With room for them, the grades keep their own entries.
    const few = buildSheetSvg(input({ layout, drawn: { layers, landUseCodes: new Set(['10']), grades } }));
    expect(few).toContain('交通线路 高速');
  });

  it('puts the map image in the frame and says how many legend entries did not fit', () => {
    // Sixty first-level codes: nothing left to fold.
    const landUseCodes = new Set(Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0')));
    const layout = sheetLayout('A4', 'landscape');
    const svg = buildSheetSvg(
      input({
        layout,
        mapImageHref: 'data:image/png;base64,AAAA',
        drawn: { layers: new Set(['GHYDYH']), landUseCodes, grades: new Set() },
      }),
    );
    expect(svg).toContain('<image class="sheet-map" href="data:image/png;base64,AAAA"');
    // Any other address is escaped like all text.
    expect(buildSheetSvg(input({ mapImageHref: 'blob:x/"a"&<b>' }))).toContain('href="blob:x/&quot;a&quot;&amp;&lt;b&gt;"');
    expect(buildSheetSvg(input({ mapImageHref: 'data:image/png;base64,AA"onload="x' }))).toContain(
      'href="data:image/png;base64,AA&quot;onload=&quot;x"',
    );
    const more = /……另有 (\d+) 项/.exec(svg);
    expect(more).not.toBeNull();
    const shown = (svg.match(/>\d\d( [^<]*)?</g) ?? []).length;
    expect(shown).toBeGreaterThan(10);
    expect(shown + Number(more![1])).toBe(60);
  });

  it('prints the sheet on one page of its paper', () => {
    const layout = sheetLayout('A3', 'landscape');
    const html = buildSheetHtml('<svg></svg>', layout, '<标题>', 'zh');
    expect(html).toContain('@page { size: A3 landscape; margin: 0; }');
    expect(html).toContain('<title>&lt;标题&gt;</title>');
  });
});

describe('sheet raster tiles', () => {
  it('covers a 4961 × 3508 px A3 sheet with 1250-px tiles, row by row, the last ones cut to the edge', () => {
    const tiles = sheetTiles([4961, 3508], 1250);
    expect(tiles).toHaveLength(12);
    expect(tiles[0]).toEqual([0, 0, 1250, 1250]);
    expect(tiles[3]).toEqual([3750, 0, 1211, 1250]);
    expect(tiles[11]).toEqual([3750, 2500, 1211, 1008]);
    expect(tiles.reduce((n, t) => n + t[2] * t[3], 0)).toBe(4961 * 3508);
    expect(() => sheetTiles([10, 10], 0)).toThrow(/at least 1 px/);
  });

  it("sizes a tile's SVG to the tile and shows the tile's part of the sheet at the whole raster's scale", () => {
    const whole = buildSheetSvg(input({ pixelSize: [4961, 3508] }));
    expect(whole).toMatch(/<svg [^>]*width="4961" height="3508" viewBox="0 0 1587\.4 1122\.5"/);
    const tile = buildSheetSvg(input({ pixelSize: [4961, 3508], pixelTile: [1250, 2500, 1250, 1008] }));
    const m = /<svg [^>]*width="1250" height="1008" viewBox="([^"]+)" preserveAspectRatio="none"/.exec(tile);
    expect(m).not.toBeNull();
    const [x, y, w, h] = m![1]!.split(' ').map(Number);
    // 1250 px of 4961 across 420 mm: 400 CSS px; 2500 of 3508 down 297 mm: 800.0 CSS px.
    expect(x).toBeCloseTo(400, 1);
    expect(y).toBeCloseTo(800, 0);
    expect(w! / 1250).toBeCloseTo(1587.4 / 4961, 5);
    expect(h! / 1008).toBeCloseTo(1122.5 / 3508, 4);
    // The furniture itself is the whole sheet's: the tile shows its part of it through the viewBox.
    expect(tile.slice(tile.indexOf('>'))).toBe(whole.slice(whole.indexOf('>')));
  });
});

describe('pngWithDpi', () => {
  it('adds a pHYs chunk of 11 811 px/m (300 dpi) after IHDR with a valid CRC, replacing any old one', () => {
    const ihdr = new Uint8Array([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0, 0, 0, 0]);
    const oldPhys = new Uint8Array([0, 0, 0, 9, 0x70, 0x48, 0x59, 0x73, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    const iend = new Uint8Array([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);
    const png = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10, ...ihdr, ...oldPhys, ...iend]);
    const out = pngWithDpi(png, 300);
    const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
    const at = 8 + ihdr.length;
    expect(String.fromCharCode(...out.subarray(at + 4, at + 8))).toBe('pHYs');
    expect(view.getUint32(at + 8)).toBe(11811);
    expect(view.getUint32(at + 12)).toBe(11811);
    expect(out[at + 16]).toBe(1);
    expect(view.getUint32(at + 17)).toBe(crc32(out.subarray(at + 4, at + 17)));
    expect(out.length).toBe(png.length); // the old pHYs went, the new one came
    expect(String.fromCharCode(...out.subarray(out.length - 8, out.length - 4))).toBe('IEND');
    expect(pngWithDpi(new Uint8Array([1, 2, 3]), 300)).toEqual(new Uint8Array([1, 2, 3]));
  });
});
