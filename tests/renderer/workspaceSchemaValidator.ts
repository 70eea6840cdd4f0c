// Test helper. schemas/workspace.schema.json compiled from its source with ajv (the other schemas added for its
// $refs), so payload tests check the schema file itself, not only the generated validator.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SCHEMAS = join(import.meta.dirname, '..', '..', 'schemas');

export function workspaceSchemaValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json') && f !== 'workspace.schema.json')) {
    ajv.addSchema(JSON.parse(readFileSync(join(SCHEMAS, file), 'utf8')));
  }
  return ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'workspace.schema.json'), 'utf8')));
}
