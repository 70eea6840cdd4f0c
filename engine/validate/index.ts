// Public surface of engine/validate for the shells (main, renderer, scripts); engine modules import each other's files directly.
export { decodeFailure, decodeJsonBytes } from './decodeJsonBytes.ts';
export { schemaErrorText } from './schemaErrorText.ts';
export type { Finding, FindingLevel } from './types.ts';
export { DOCUMENT_TITLES, validateDocumentBytes } from './validateDocumentBytes.ts';
export { isValidPlan, validateDecodedPlan, validatePlanBytes } from './validatePlanBytes.ts';
export { validateSchema } from './validateSchema.ts';
export type { SchemaError } from './validateSchema.ts';
export { validatePlanStream } from './validatePlanStream.ts';
export type { PlanValidationStream } from './validatePlanStream.ts';
export type { PlanFileValidation } from './validatePlanBytes.ts';
export type { ValidateOptions } from './types.ts';
