// Pure. formatArea(m², t) → "1.2345 公顷 / 18.52 亩" (product.md §5: 公顷 4 decimals, 亩 2; 1 亩 = 666.67 m²).
import type { MessageKey } from '../i18n/dictionary.ts';

export const M2_PER_MU = 10000 / 15;

/** Hectares as the app writes them everywhere (conflict list, reports, indicators): 4 decimals, zeros kept. */
export function hectaresText(hectares: number): string {
  return hectares.toFixed(4);
}

export function formatArea(areaM2: number, t: (key: MessageKey) => string): string {
  return `${hectaresText(areaM2 / 10000)} ${t('hectare')} / ${(areaM2 / M2_PER_MU).toFixed(2)} ${t('mu')}`;
}
