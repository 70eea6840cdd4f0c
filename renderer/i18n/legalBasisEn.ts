// legalBasisEn(zh) → the English legal basis for display, from seeds/rules/jiyuan-default.legal-basis-en.json
// (keyed by the Chinese text), or undefined for a text it does not know. The rule pack and the package keep
// the Chinese original (their bytes must not change); a changed or unknown text is shown as published.
import table from '../../seeds/rules/jiyuan-default.legal-basis-en.json' with { type: 'json' };

const byZh: ReadonlyMap<string, string> = new Map(Object.entries(table.legalBasisEn));

export function legalBasisEn(zh: string): string | undefined {
  return byZh.get(zh);
}
