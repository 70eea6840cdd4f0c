// Pure. The engine/geometry messages of the catalogue (see ../catalogue.ts): one entry per message, zh and en.
import type { Section } from '../types.ts';

export const geometryMessages = {
  'geometry.wkb.collect': {
    zh: '不支持的 WKB 几何类型 {raw}',
    en: 'unsupported WKB geometry type {raw}',
  },
  'geometry.wkb.structured': {
    zh: '不支持的 WKB 几何类型 {raw}',
    en: 'unsupported WKB geometry type {raw}',
  },
} as const satisfies Section;
