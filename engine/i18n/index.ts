// Pure. The engine's typed message catalogue (zh + en) and `say`, which renders one of its entries; `makeSay` builds
// the same typed `say` for another catalogue (main/i18n), with the same compile-time placeholder checks.
export type { Bilingual, Consistent, Entry, ParamValue, Placeholders, Section } from './types.ts';
export { CATALOGUE, type Catalogue } from './catalogue.ts';
export { makeSay, type NamesOf, type ParamsOf, type Say } from './makeSay.ts';
export { PLACEHOLDER, say, type MessageKey, type MessageParams } from './say.ts';
