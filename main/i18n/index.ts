// main's typed message catalogue (zh + en) and its `say`, built with the engine's `makeSay`: a wrong key, a missing
// or an extra parameter does not compile. Callers pick the language at the edge (`ctx.t(say(…))`, `m[lang]`).
import { makeSay, type Say } from '../../engine/i18n/index.ts';
import { MAIN_CATALOGUE, type MainCatalogue } from './catalogue.ts';

export { MAIN_CATALOGUE, type MainCatalogue } from './catalogue.ts';

export const say: Say<MainCatalogue> = makeSay(MAIN_CATALOGUE, 'main');
