// Pure. `makeSay(catalogue, name)` builds a typed `say` for one catalogue (the engine's, or a shell's such as main's):
// the key and the parameters are typed from the catalogue, so a wrong key, a missing or an extra parameter does not
// compile. Templates are split once here, so rendering is string concatenation. `{n|# feature|# features}` is a
// plural form: the first text when n is 1, else the second, with # standing for n (English only needs one and other).
import type { Bilingual, ParamValue, Placeholders, Section } from './types.ts';

/** The placeholder names of one entry, in either language. */
export type NamesOf<C extends Section, K extends keyof C> = Placeholders<C[K]['zh']> | Placeholders<C[K]['en']>;

export type ParamsOf<C extends Section, K extends keyof C> = { readonly [P in NamesOf<C, K>]: ParamValue };

/** Renders one entry of C in both languages; an entry without placeholders takes no parameters. */
export type Say<C extends Section> = <K extends keyof C & string>(
  key: K,
  ...params: [NamesOf<C, K>] extends [never] ? [] : [ParamsOf<C, K>]
) => Bilingual;

/** `{name}` or the plural form `{name|one|other}` in a template (group 1 the name); any other brace is literal text. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)(?:\|([^{}|]*)\|([^{}|]*))?\}/g;

/** A placeholder: its name, and for a plural form the texts for one and for any other count. */
interface Slot {
  name: string;
  plural?: { one: string; other: string };
}

/** A template split once into literal text (even indices) and placeholders (odd indices). */
function split(template: string): readonly (string | Slot)[] {
  const parts: (string | Slot)[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[2] === undefined ? { name: m[1]! } : { name: m[1]!, plural: { one: m[2], other: m[3]! } });
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

function fill(parts: readonly (string | Slot)[], params: Readonly<Record<string, ParamValue>>, language: 'zh' | 'en'): string {
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const { name, plural } = parts[i] as Slot;
    const value = Object.hasOwn(params, name) ? params[name]! : `{${name}}`;
    const text = typeof value === 'object' ? value[language] : String(value);
    out += (plural ? (Number(text) === 1 ? plural.one : plural.other).replaceAll('#', text) : text) + (parts[i + 1] as string);
  }
  return out;
}

/** A `say` for `catalogue`; `name` only words the error for an unknown key (which the types already rule out). */
export function makeSay<C extends Section>(catalogue: C, name: string): Say<C> {
  // Split at load: validation words every finding, 10⁵ of them per file.
  const compiled: ReadonlyMap<string, { zh: readonly (string | Slot)[]; en: readonly (string | Slot)[] }> = new Map(
    Object.entries(catalogue).map(([key, e]) => [key, { zh: split(e.zh), en: split(e.en) }]),
  );
  return (key, ...params) => {
    const entry = compiled.get(key);
    if (!entry) throw new Error(`no message ${String(key)} in the ${name} catalogue`);
    const values: Readonly<Record<string, ParamValue>> = params[0] ?? {};
    return { zh: fill(entry.zh, values, 'zh'), en: fill(entry.en, values, 'en') };
  };
}
