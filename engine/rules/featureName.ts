// Pure. Takes a feature's layer and properties, returns its human name (the layer's name field, e.g.
// XMMC for 产业项目), falling back to the class name, or null when the feature carries none.
import type { LayerCode, Properties } from '../model/types.ts';

const NAME_FIELDS: Readonly<Record<LayerCode, readonly string[]>> = {
  GHYDYH: ['YDYHFLMC', 'YDYHFLDM'],
  YJJBNT: ['DLMC', 'DLBM'],
  CZKFBJ: ['GHFQMC'],
  XZQ: ['XZQMC'],
  STBHHX: ['HXMC'],
  ZRBHD: ['BHDMC'],
  YYSY: ['SYDMC'],
  CYYQ: ['YQMC'],
  GYXM: ['XMMC'],
  JTXL: ['XLMC'],
  JTSS: ['SSMC'],
};

export function featureName(layer: LayerCode, props: Properties): string | null {
  const field = featureNameField(layer, props);
  return field === null ? null : (props[field] as string);
}

/** The field the name comes from (XMMC typed by a user, or a class name such as YDYHFLMC), or null. */
export function featureNameField(layer: LayerCode, props: Properties): string | null {
  for (const field of NAME_FIELDS[layer]) {
    const v = props[field];
    if (typeof v === 'string' && v !== '') return field;
  }
  return null;
}
