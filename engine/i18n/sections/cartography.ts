// Pure. The words on the map furniture of engine/cartography (see ../catalogue.ts), shared by the review report's
// maps and the 专题图 sheet: the legend's title and the north arrow's letter.
import type { Section } from '../types.ts';

export const cartographyMessages = {
  'cartography.svgLegend.title': {
    zh: '图例',
    en: 'Legend',
  },
  'cartography.svgNorthArrow.label': {
    zh: '北',
    en: 'N',
  },
} as const satisfies Section;
