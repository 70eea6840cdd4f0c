// Pure. `say(key, params)` renders one catalogue entry in both languages; the key and the parameters are
// typed from the catalogue, so a call with a wrong key, a missing or an extra parameter does not compile.
import { CATALOGUE, type Catalogue } from './catalogue.ts';
import type { Bilingual, ParamValue, Placeholders } from './types.ts';

export type MessageKey = keyof Catalogue;

type NamesOf<K extends MessageKey> = Placeholders<Catalogue[K]['zh']> | Placeholders<Catalogue[K]['en']>;

export type MessageParams<K extends MessageKey> = { readonly [P in NamesOf<K>]: ParamValue };

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

// Split at load so that rendering is string concatenation: validation words every finding, 10⁵ of them per file.
const COMPILED: ReadonlyMap<string, { zh: readonly string[]; en: readonly string[] }> = new Map(
  Object.entries(CATALOGUE as Readonly<Record<string, { zh: string; en: string }>>).map(([key, e]) => [
    key,
    { zh: split(e.zh), en: split(e.en) },
  ]),
);

function fill(parts: readonly string[], params: Readonly<Record<string, ParamValue>>, language: 'zh' | 'en'): string {
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    const value = Object.hasOwn(params, name) ? params[name]! : `{${name}}`;
    out += (typeof value === 'object' ? value[language] : String(value)) + parts[i + 1]!;
  }
  return out;
}

export function say<K extends MessageKey>(key: K, ...params: [NamesOf<K>] extends [never] ? [] : [MessageParams<K>]): Bilingual {
  const entry = COMPILED.get(key);
  if (!entry) throw new Error(`no message ${String(key)} in the engine catalogue`);
  const values: Readonly<Record<string, ParamValue>> = params[0] ?? {};
  return { zh: fill(entry.zh, values, 'zh'), en: fill(entry.en, values, 'en') };
}
