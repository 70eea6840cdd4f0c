// Renderer. One catalogue message in the chosen language with its `{name}` placeholders filled in, for code outside
// React (services, store actions, pure helpers); `messages` gives both languages for a notice that follows a switch.
import { DICTIONARIES, type Language, type MessageKey } from './dictionary.ts';

/** A placeholder's value: the same in both languages, or a part already worded in each (a library's reason). */
export type MessageParams = Readonly<Record<string, string | number | { readonly zh: string; readonly en: string }>>;

/** `{name}`, or the plural form `{name|one|other}`: the first text when the value is 1, else the second, # standing for it. */
const PLACEHOLDER = /\{([A-Za-z0-9]+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g;

export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return fillPlaceholders(DICTIONARIES[language][key], language, params);
}

/** A template with its placeholders filled; one without a value stays as written. */
export function fillPlaceholders(template: string, language: Language, params: MessageParams): string {
  return template.replace(PLACEHOLDER, (whole, name: string, one: string | undefined, other: string | undefined) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const text = inLanguage(params[name]!, language);
    return one === undefined ? text : (Number(text) === 1 ? one : other!).replaceAll('#', text);
  });
}

/** The message in both languages (`bilingualNotice(kind, m.zh, m.en)`). */
export function messages(key: MessageKey, params: MessageParams = {}): { zh: string; en: string } {
  return { zh: message('zh', key, params), en: message('en', key, params) };
}

const inLanguage = (value: MessageParams[string], language: Language): string =>
  typeof value === 'object' ? value[language] : String(value);

/** A message shown as a line of its own: engine messages are worded to be embedded ("the file is empty"), so a
 *  list item or a table cell starts them with a capital in English. Only a plain first word: a file name (gyxm.shp), a code or a
 *  quote is left as it is. */
export function asLine(text: string): string {
  return /^[a-z][a-z-]*(?:[\s,:;(]|$)/.test(text) ? text[0]!.toUpperCase() + text.slice(1) : text;
}
