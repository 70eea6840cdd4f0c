// Renderer. A feature's measure as a planner reads it in the import's change list: hectares (4 decimals, 1 m²)
// for polygons, kilometres (3 decimals) from 1 km and metres (1 decimal) below for lines, a count for points.
// `signed` writes a change (+/−). A line's area is always 0, so hectares alone said nothing about roads.
import type { FeatureMeasure } from '../../engine/merge/index.ts';
import type { Language } from '../i18n/dictionary.ts';
import { message } from '../i18n/message.ts';

export function measureText({ kind, value }: FeatureMeasure, language: Language, signed = false): string {
  const sign = signed && value > 0 ? '+' : '';
  if (kind === 'area') return message(language, 'importMeasureHectares', { value: `${sign}${(value / 10000).toFixed(4)}` });
  if (kind === 'length') {
    return Math.abs(value) >= 1000
      ? message(language, 'importMeasureKilometres', { value: `${sign}${(value / 1000).toFixed(3)}` })
      : message(language, 'importMeasureMetres', { value: `${sign}${value.toFixed(1)}` });
  }
  // A moved point changes no count: a dash, not "0 points".
  if (signed && value === 0) return '—';
  return message(language, 'importMeasurePoints', { n: `${sign}${value}` });
}
