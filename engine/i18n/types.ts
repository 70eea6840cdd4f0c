// Pure. The shape of the engine's message catalogue: every entry is a zh and an en template whose `{name}`
// placeholders are read at the type level, so a missing language, a missing or unknown parameter, or a
// placeholder used in one language only is a compile error (checked again at run time by the catalogue test).

/** A message in both languages; callers pick the language at the edge (renderer, CLI). */
export type Bilingual = { zh: string; en: string };

/** What a placeholder takes: text or a number as is, or a Bilingual rendered in the message's language. */
export type ParamValue = string | number | boolean | Bilingual;

/** One catalogue entry: the same message in Chinese (the default) and English. */
export interface Entry {
  readonly zh: string;
  readonly en: string;
}

export type Section = Readonly<Record<string, Entry>>;

/** A letter has two cases (every ASCII letter; digits, punctuation and ideographs have one). */
type IsLetter<C extends string> = Lowercase<C> extends Uppercase<C> ? false : true;
type Digit = '0' | '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9';
type IsNameRest<S extends string> = S extends ''
  ? true
  : S extends `${infer C}${infer R}`
    ? C extends Digit
      ? IsNameRest<R>
      : IsLetter<C> extends true
        ? IsNameRest<R>
        : false
    : false;
/** True when S is a placeholder name as PLACEHOLDER reads it (a letter, then letters and digits): `{…}` or `{"a": 1}` is text. */
type IsName<S extends string> = S extends `${infer C}${infer R}` ? (IsLetter<C> extends true ? IsNameRest<R> : false) : false;

/** The name of a placeholder's inside: `name`, or `name|one|other` (a plural form). */
type NameOf<P extends string> = P extends `${infer N}|${infer One}|${infer Other}`
  ? One extends `${string}|${string}`
    ? P
    : Other extends `${string}|${string}`
      ? P
      : N
  : P;

/** The `{name}` and `{name|one|other}` placeholders of a template literal type, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P extends `${string}{${infer Inner}`
    ? Placeholders<`{${Inner}}${Rest}`> // "{{name}}": a literal brace around a placeholder
    : (IsName<NameOf<P>> extends true ? NameOf<P> : never) | Placeholders<Rest>
  : never;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** Keys of a section whose zh and en templates do not use the same placeholders (never when all agree). */
export type MismatchedKeys<S extends Section> = {
  [K in keyof S]: Same<Placeholders<S[K]['zh']>, Placeholders<S[K]['en']>> extends true ? never : K;
}[keyof S];

/** `true` when every entry agrees; otherwise the offending keys, so `const ok: Consistent<S> = true` names them. */
export type Consistent<S extends Section> = [MismatchedKeys<S>] extends [never] ? true : MismatchedKeys<S>;
