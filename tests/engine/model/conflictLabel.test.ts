// Pins how a conflict and its sides are named in both languages (moved into the engine catalogue byte for byte).
import { describe, expect, it } from 'vitest';
import { conflictLabel, featureLabel, type LayerCode } from '../../../engine/model/index.ts';

describe('conflict labels', () => {
  it('name the layer, the name, the BSM, the rule and the town in each language', () => {
    const a = { layer: 'STBHHX' as LayerCode, bsm: '4108811234560001', name: '水源地' };
    const b = { layer: 'CZKFBJ' as LayerCode, bsm: null, name: null };
    const labels = (['zh', 'en'] as const).flatMap((lang) => [
      featureLabel(a, lang),
      featureLabel(b, lang),
      featureLabel({ layer: 'XYZ', bsm: '7', name: '' }, lang),
      conflictLabel(
        { ruleId: 'R02', title: '生态保护红线与城镇开发边界重叠', subject: a, object: b, town: { name: '轵城镇' } },
        lang,
        'Red line overlaps',
      ),
      conflictLabel({ ruleId: 'R09', title: '缺口', subject: null, object: null, town: null }, lang),
    ]);
    expect(labels).toMatchInlineSnapshot(`
      [
        "生态保护红线「水源地」（BSM 4108811234560001）",
        "城镇开发边界",
        "XYZ（BSM 7）",
        "R02 生态保护红线与城镇开发边界重叠：生态保护红线「水源地」（BSM 4108811234560001） × 城镇开发边界，轵城镇",
        "R09 缺口",
        "Ecological protection red line "水源地" (BSM 4108811234560001)",
        "Urban development boundary",
        "XYZ (BSM 7)",
        "R02 Red line overlaps: Ecological protection red line "水源地" (BSM 4108811234560001) × Urban development boundary, 轵城镇",
        "R09 缺口",
      ]
    `);
  });
});
