// Pure. `say(key, params)` renders one engine catalogue entry in both languages; the key and the parameters are
// typed from the catalogue, so a call with a wrong key, a missing or an extra parameter does not compile.
import { CATALOGUE, type Catalogue } from './catalogue.ts';
import { makeSay, type ParamsOf, type Say } from './makeSay.ts';

export { PLACEHOLDER } from './makeSay.ts';

export type MessageKey = keyof Catalogue;

export type MessageParams<K extends MessageKey> = ParamsOf<Catalogue, K>;

export const say: Say<Catalogue> = makeSay(CATALOGUE, 'engine');
