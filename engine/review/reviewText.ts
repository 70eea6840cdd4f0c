// Pure. Wording shared by the review's messages: areas in 公顷 and 亩, overlapped features named by layer,
// name and BSM, and short lists ("… 等 7 处").
import { m2ToHectares, m2ToMu } from '../geometry/areaUnits.ts';
import { layerInfo } from '../model/layers.ts';
import type { LayerCode } from '../model/types.ts';
import { say } from '../i18n/index.ts';

export interface Text {
  zh: string;
  en: string;
}

/** "1.2345 公顷（18.52 亩）" / "1.2345 ha (18.52 mu)". */
export function areaText(areaM2: number): Text {
  const ha = m2ToHectares(areaM2).toFixed(4);
  const mu = m2ToMu(areaM2).toFixed(2);
  return say('review.reviewText.areaText', { ha, mu });
}

/** "永久基本农田「名称」（BSM 419001…）" / "Permanent basic farmland "name" (BSM 419001…)". */
export function featureText(layer: LayerCode, name: string | null, bsm: string | null): Text {
  const info = layerInfo(layer);
  return {
    zh: `${info.nameZh}${name ? `「${name}」` : ''}${bsm ? `（BSM ${bsm}）` : ''}`,
    en: `${info.nameEn}${name ? ` "${name}"` : ''}${bsm ? ` (BSM ${bsm})` : ''}`,
  };
}

const MAX_LISTED = 5;

/** Joins at most five items, then "等 N 处" / "and N more". */
export function listText(items: readonly Text[]): Text {
  const shown = items.slice(0, MAX_LISTED);
  const more = items.length - shown.length;
  const list = { zh: shown.map((t) => t.zh).join('；'), en: shown.map((t) => t.en).join('; ') };
  if (more === 0) return list;
  // The Chinese counts all the items (等共 N 处), the English those left out (and N more).
  return say('review.reviewText.and-more', { list, count: { zh: String(items.length), en: String(more) } });
}

/** Metres with at most two decimals, without trailing zeros. */
export function metres(valueM: number): string {
  return String(Math.round(valueM * 100) / 100);
}
