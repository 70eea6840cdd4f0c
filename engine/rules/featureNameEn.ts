// Pure. A feature's name as English text shows it: a name that comes from a code table (a class name such as
// YDYHFLMC 工业用地 or DLMC 水浇地, an enumerated 分区 name) by the table's English name; a name a user typed
// (XMMC, HXMC …) as written, since it is the plan's own data. Null when the feature carries no name.
import { codedValueEn } from '../model/codedValueEn.ts';
import type { Classification, LayerCode, Properties } from '../model/types.ts';
import { featureNameField } from './featureName.ts';

export function featureNameEn(layer: LayerCode, props: Properties, classification: Classification = 'ydyh2023'): string | null {
  const field = featureNameField(layer, props);
  if (field === null) return null;
  const name = props[field] as string;
  return codedValueEn(layer, field, name, classification) ?? name;
}
