// Renderer. One catalogue message in the chosen language with its `{name}` placeholders filled in, for code outside
// React (services, store actions, pure helpers); `messages` gives both languages for a notice that follows a switch.
import { DICTIONARIES, type Language, type MessageKey } from './dictionary.ts';

/** A placeholder's value: the same in both languages, or a part already worded in each (a library's reason). */
export type MessageParams = Readonly<Record<string, string | number | { readonly zh: string; readonly en: string }>>;

export function message(language: Language, key: MessageKey, params: MessageParams = {}): string {
  return DICTIONARIES[language][key].replace(/\{([A-Za-z0-9]+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? inLanguage(params[name]!, language) : whole,
  );
}

/** The message in both languages (`bilingualNotice(kind, m.zh, m.en)`). */
export function messages(key: MessageKey, params: MessageParams = {}): { zh: string; en: string } {
  return { zh: message('zh', key, params), en: message('en', key, params) };
}

const inLanguage = (value: MessageParams[string], language: Language): string =>
  typeof value === 'object' ? value[language] : String(value);
