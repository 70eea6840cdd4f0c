// Pure. What a person reads for a conflict or one of its sides, instead of its ids: layer name, BSM, name,
// rule title and town (ids stay in files and tooltips). Chinese and English; names and towns are proper nouns.
import { say } from '../i18n/index.ts';
import { LAYERS } from './layers.ts';
import type { ConflictParty } from './conflictParty.ts';
import type { LayerCode } from './types.ts';

const layerByCode = new Map(LAYERS.map((l) => [l.code, l]));

export function layerLabel(layer: LayerCode | string, lang: 'zh' | 'en'): string {
  const info = layerByCode.get(layer as LayerCode);
  return info ? (lang === 'zh' ? info.nameZh : info.nameEn) : layer;
}

/** e.g. 永久基本农田「水浇地」（BSM 4108811234560001）; a side with neither BSM nor name shows the layer only. */
export function featureLabel(f: { layer: LayerCode | string; bsm?: string | null; name?: string | null }, lang: 'zh' | 'en'): string {
  const layer = layerLabel(f.layer, lang);
  const name = f.name ? say('model.conflictLabel.name', { name: f.name })[lang] : '';
  const bsm = f.bsm ? say('model.conflictLabel.bsm', { bsm: f.bsm })[lang] : '';
  return `${layer}${name}${bsm}`;
}

export function partyLabel(p: Pick<ConflictParty, 'layer' | 'bsm' | 'name'>, lang: 'zh' | 'en'): string {
  return featureLabel(p, lang);
}

export interface LabelledConflict {
  ruleId: string;
  title: string;
  subject: Pick<ConflictParty, 'layer' | 'bsm' | 'name'> | null;
  object: Pick<ConflictParty, 'layer' | 'bsm' | 'name'> | null;
  town: { name: string } | null;
}

/** e.g. R02 生态保护红线与城镇开发边界重叠：生态保护红线「…」（BSM …）× 城镇开发边界「…」（BSM …），轵城镇. */
export function conflictLabel(c: LabelledConflict, lang: 'zh' | 'en', titleEn?: string): string {
  const parties = [c.subject, c.object].filter((p): p is NonNullable<typeof p> => p !== null).map((p) => partyLabel(p, lang));
  const title = lang === 'zh' ? c.title : (titleEn ?? c.title);
  const sides = parties.length > 0 ? say('model.conflictLabel.parties', { parties: parties.join(' × ') })[lang] : '';
  const town = c.town ? say('model.conflictLabel.town', { town: c.town.name })[lang] : '';
  return `${c.ruleId} ${title}${sides}${town}`;
}
