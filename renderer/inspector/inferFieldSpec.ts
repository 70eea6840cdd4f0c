// Pure. inferFieldSpec(name, value) → a plain spec for an attribute the layer's schema does not describe
// (kept and editable, typed by its current value).
import type { PropertyValue } from '../../engine/model/index.ts';
import type { FieldSpec } from './types.ts';

export function inferFieldSpec(name: string, value: PropertyValue): FieldSpec {
  const type = typeof value === 'number' ? 'number' : typeof value === 'boolean' ? 'boolean' : 'string';
  return { name, title: name, type, required: false };
}
