// validatePlanFile(path, fileName) → validatePlanBytes's result for a plan file, read in 1 MiB chunks through
// validatePlanStream, so no plan is ever one string (a plan past V8's longest string, ≈ 540 MB, is read too); the plan's
// coordinates are in a GeometryStore (as compactPlanDocument leaves them). Only a file the stream leaves to the whole-file
// path (bad UTF-8, a syntax error, hostile content) is read whole. I/O errors are thrown (the caller words them).
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { compactPlanDocument } from '../../engine/geometry/index.ts';
import { validatePlanBytes, validatePlanStream, type PlanFileValidation, type ValidateOptions } from '../../engine/validate/index.ts';

export async function validatePlanFile(path: string, fileName: string, options: ValidateOptions = {}): Promise<PlanFileValidation> {
  const stream = validatePlanStream(fileName, options);
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) stream.push(chunk as Uint8Array);
  const result = stream.end();
  if (result) return result;
  const whole = validatePlanBytes(await readFile(path), fileName, options);
  return whole.plan ? { ...whole, plan: compactPlanDocument(whole.plan) } : whole;
}
