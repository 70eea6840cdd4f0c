// Pure. The engine's typed message catalogue (zh + en) and `say`, which renders one of its entries.
export type { Bilingual, Entry, ParamValue, Section } from './types.ts';
export { CATALOGUE, type Catalogue } from './catalogue.ts';
export { PLACEHOLDER, say, type MessageKey, type MessageParams } from './say.ts';
