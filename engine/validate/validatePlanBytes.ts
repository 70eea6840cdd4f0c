// Pure. validatePlanBytes(bytes, fileName) → { plan?, kind?, findings }: decodes the file (UTF-8, JSON, hostile
// input) and validates it as a plan document. Never throws on bad input; `plan` is present only when no
// finding is fatal. Seeds and fixtures: `expect(validatePlanBytes(bytes, name).findings).toEqual([])`.
// validateDecodedPlan does the second half for a caller that already decoded the file (`lantu check` looks at it first).
import { decodeJsonBytes } from './decodeJsonBytes.ts';
import { sortFindings } from './sortFindings.ts';
import type { PlanValidation, ValidateOptions } from './types.ts';
import { validatePlanDocument } from './validatePlanDocument.ts';

export interface PlanFileValidation extends PlanValidation {
  fileName: string;
}

export function validatePlanBytes(bytes: Uint8Array, fileName: string, options: ValidateOptions = {}): PlanFileValidation {
  return validateDecodedPlan(decodeJsonBytes(bytes, options), fileName, options);
}

/** validatePlanBytes after its decodeJsonBytes(bytes, options): `decoded` is that call's result, unchanged. */
export function validateDecodedPlan(
  decoded: ReturnType<typeof decodeJsonBytes>,
  fileName: string,
  options: ValidateOptions = {},
): PlanFileValidation {
  if (!('value' in decoded)) return { fileName, findings: sortFindings(decoded.findings) };
  const result = validatePlanDocument(decoded.value, options);
  return { ...result, fileName, findings: sortFindings([...decoded.findings, ...result.findings]) };
}

/** True when the plan has neither fatal nor quality findings (warnings allowed): what `lantu validate` passes. */
export function isValidPlan(result: PlanValidation): boolean {
  return result.findings.every((f) => f.level === 'warning');
}
