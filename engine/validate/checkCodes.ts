// Pure. checkCode(layer, key, value, classification, at) → an unknown-code finding when a land-use code is
// not in the table of the classification the plan declares (YDYHFLDM), or of 三调 (DLBM, always 三调).
// The hint names the code's meaning in the other table: 三调 1001 铁路用地 vs 用地用海 1001 工业用地.
import { CLASSIFICATION_TITLE, codeInfo } from '../model/codes.ts';
import { fieldTitle } from '../model/fieldSchema.ts';
import type { Classification, LayerCode } from '../model/types.ts';
import { finding, pointerSegment } from './finding.ts';
import type { FeatureRef } from './messages.ts';
import type { Finding } from './types.ts';

/** Code fields per layer and the classification that governs them ('declared' = plan.classification). */
export const CODE_FIELDS: Readonly<Partial<Record<LayerCode, Readonly<Record<string, 'declared' | Classification>>>>> = {
  GHYDYH: { YDYHFLDM: 'declared' },
  GYXM: { YDYHFLDM: 'declared' },
  JTSS: { YDYHFLDM: 'declared' },
  YJJBNT: { DLBM: 'sandiao' },
};

export function checkCode(
  layer: LayerCode,
  key: string,
  value: unknown,
  declared: Classification,
  feature: FeatureRef,
): Finding | undefined {
  const governing = CODE_FIELDS[layer]?.[key];
  if (!governing || typeof value !== 'string') return undefined;
  const classification = governing === 'declared' ? declared : governing;
  if (codeInfo(classification, value)) return undefined;
  const other: Classification = classification === 'ydyh2023' ? 'sandiao' : 'ydyh2023';
  const there = codeInfo(other, value);
  const detail = {
    tableZh: CLASSIFICATION_TITLE[classification].zh,
    tableEn: CLASSIFICATION_TITLE[classification].en,
    hintZh: there ? `（在${CLASSIFICATION_TITLE[other].zh}中 ${value} 是 ${there.name}：请核对 plan.classification）` : '',
    hintEn: there ? ` (in ${CLASSIFICATION_TITLE[other].en} ${value} is ${there.nameEn}: check plan.classification)` : '',
  };
  // The pointer is built only here: a clean plan reads a code on every feature.
  return finding('unknown-code', `/features/${feature.index}/properties/${pointerSegment(key)}`, {
    feature,
    layer,
    field: key,
    fieldTitle: fieldTitle(layer, key),
    expected: classification,
    found: value,
    detail,
  });
}
