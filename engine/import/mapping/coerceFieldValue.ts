// Pure. coerceFieldValue(value, field) → the value in the field's schema type, or `invalid` when it cannot
// be converted: numbers from numeric text, booleans from 是/否, Y/N, 1/0, true/false, codes kept as text
// (a numeric DBF code 103 becomes "0103": codes have an even number of digits).
import type { FieldSchema } from '../../model/fieldSchema.ts';
import type { PropertyValue } from '../../model/types.ts';

export type Coerced = { ok: true; value: PropertyValue } | { ok: false; found: PropertyValue };

const TRUE_WORDS = new Set(['是', 'y', 'yes', 't', 'true', '1']);
const FALSE_WORDS = new Set(['否', 'n', 'no', 'f', 'false', '0']);

export function coerceFieldValue(value: PropertyValue, field: FieldSchema): Coerced {
  if (value === null) return { ok: true, value: null };
  if (typeof value === 'string' && value.trim() === '') return { ok: true, value: null };
  switch (field.type) {
    case 'string': {
      if (typeof value === 'string') return { ok: true, value: value.trim() };
      if (typeof value === 'boolean') return { ok: false, found: value };
      let text = String(value);
      // Code fields are digit strings of even length ("0103"); a numeric column lost the leading zero.
      if (field.pattern?.startsWith('^[0-9]') && Number.isInteger(value) && text.length % 2 === 1) text = `0${text}`;
      return { ok: true, value: text };
    }
    case 'number':
    case 'integer': {
      const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim().replace(/,/g, '')) : NaN;
      if (!Number.isFinite(n) || (field.type === 'integer' && !Number.isInteger(n))) return { ok: false, found: value };
      return { ok: true, value: n };
    }
    case 'boolean': {
      if (typeof value === 'boolean') return { ok: true, value };
      const word = String(value).trim().toLowerCase();
      if (TRUE_WORDS.has(word)) return { ok: true, value: true };
      if (FALSE_WORDS.has(word)) return { ok: true, value: false };
      return { ok: false, found: value };
    }
  }
}
