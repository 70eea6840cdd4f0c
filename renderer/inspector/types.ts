// Types of the inspector form: one field spec per attribute, derived from the plan kind's JSON Schema.
export interface FieldSpec {
  name: string;
  /** Chinese title from the schema (falls back to the field name). */
  title: string;
  titleEn?: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  required: boolean;
  enum?: readonly (string | number)[];
  /** English names of the `enum` values, in order (the schema's x-enumEn): the choices English mode shows. */
  enumEn?: readonly string[];
  /** 用地用海 (or 三调) code field: shown as a searchable picker over the code table. */
  codeTable?: 'ydyh2023' | 'sandiao';
  pattern?: string;
  /** The pattern in words, from the schema (the import report says the same). */
  formatZh?: string;
  formatEn?: string;
  minimum?: number;
  exclusiveMinimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  readOnly?: boolean;
  /** A class name the code table derives from this code field (YDYHFLMC from YDYHFLDM): set with the code, never typed. */
  derivedFrom?: string;
}
