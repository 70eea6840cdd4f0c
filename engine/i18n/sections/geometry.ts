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
  'geometry.describeGeometryError.describeGeometryError': {
    zh: '几何运算（{operation}）失败，几何可能无效（自相交、重复点或坐标异常）',
    en: 'the geometry operation failed ({operation}); the geometry may be invalid (self-intersection, repeated points or bad coordinates)',
  },
  'geometry.wkb.structured-2': {
    zh: '{type}的第 {index} 个成员是 {type2}，应为 {type3}',
    en: 'member {index} of the {type} is a {type2}, not a {type3}',
  },
} as const satisfies Section;
