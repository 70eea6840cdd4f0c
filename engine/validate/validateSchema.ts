// Pure. validateSchema(name, data) → { valid, errors } with the ajv validator generated at build time from
// schemas/<name>.schema.json (scripts/build/generated.mjs; `npm ci` and `npm test` run it). Never calls
// ajv.compile, so it runs under the renderer's CSP. A new schema file gets its validator by name, e.g.
// `validateSchema('rulepack', data)`, after `node scripts/build.mjs generated`; `SchemaName` lists them.
import { validators, schemaIds, type GeneratedSchemaError, type SchemaName } from './generated/validators.js';

export type { SchemaName };

/** One ajv error: `instancePath` is a JSON pointer into the data, `keyword` the failed schema keyword. */
export type SchemaError = GeneratedSchemaError;

export interface SchemaValidation {
  valid: boolean;
  errors: SchemaError[];
}

export function validateSchema(name: SchemaName, data: unknown): SchemaValidation {
  const validate = validators[name];
  if (!validate) throw new Error(`no generated validator for schema "${name}"`);
  const valid = validate(data);
  return { valid, errors: valid ? [] : [...(validate.errors ?? [])] };
}

export function isSchemaName(name: string): name is SchemaName {
  return Object.prototype.hasOwnProperty.call(validators, name);
}

/** The `$id` of each compiled schema, by name. */
export function schemaIdOf(name: SchemaName): string {
  return schemaIds[name];
}
