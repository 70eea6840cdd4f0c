// Pure. `makeSay(catalogue, name)` builds a typed `say` for one catalogue (the engine's, or a shell's such as main's):
// the key and the parameters are typed from the catalogue, so a wrong key, a missing or an extra parameter does not
// compile. Templates are split once here, so rendering is string concatenation.
import type { Bilingual, ParamValue, Placeholders, Section } from './types.ts';

/** The placeholder names of one entry, in either language. */
export type NamesOf<C extends Section, K extends keyof C> = Placeholders<C[K]['zh']> | Placeholders<C[K]['en']>;

export type ParamsOf<C extends Section, K extends keyof C> = { readonly [P in NamesOf<C, K>]: ParamValue };

/** Renders one entry of C in both languages; an entry without placeholders takes no parameters. */
export type Say<C extends Section> = <K extends keyof C & string>(
  key: K,
  ...params: [NamesOf<C, K>] extends [never] ? [] : [ParamsOf<C, K>]
) => Bilingual;

/** `{name}` in a template; any other brace is literal text. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** A template split once into literal text (even indices) and placeholder names (odd indices). */
function split(template: string): readonly string[] {
  const parts: string[] = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    parts.push(template.slice(last, m.index), m[1]!);
    last = m.index + m[0].length;
  }
  parts.push(template.slice(last));
  return parts;
}

function fill(parts: readonly string[], params: Readonly<Record<string, ParamValue>>, language: 'zh' | 'en'): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(params, name) ? params[name]! : `{${name}}`;
    out += (typeof value === 'object' ? value[language] : String(value)) + parts[i + 1]!;
  }
  return out;
}

/** A `say` for `catalogue`; `name` only words the error for an unknown key (which the types already rule out). */
export function makeSay<C extends Section>(catalogue: C, name: string): Say<C> {
  // Split at load: validation words every finding, 10⁵ of them per file.
  const compiled: ReadonlyMap<string, { zh: readonly string[]; en: readonly string[] }> = new Map(
    Object.entries(catalogue).map(([key, e]) => [key, { zh: split(e.zh), en: split(e.en) }]),
  );
  return (key, ...params) => {
    const entry = compiled.get(key);
    if (!entry) throw new Error(`no message ${String(key)} in the ${name} catalogue`);
    const values: Readonly<Record<string, ParamValue>> = params[0] ?? {};
    return { zh: fill(entry.zh, values, 'zh'), en: fill(entry.en, values, 'en') };
  };
}
