// Pure. loadReviewPack(data, departments, fileName) → the review pack (schemas/review-pack.schema.json) or errors
// in Chinese and English naming the file, the check and the field: the generated schema validator first, then
// lintReviewPack (departments, fields, outcomes) for what a schema cannot say. Never throws on bad input.
import { validateSchema } from '../validate/validateSchema.ts';
import { lintReviewPack } from './lintReviewPack.ts';
import { dedupeLoadErrors, schemaLoadError, type ReviewLoadError } from './reviewLoadError.ts';
import type { Department, ReviewPack } from './types.ts';
import { say } from '../i18n/index.ts';

export type ReviewPackLoad = { ok: true; pack: ReviewPack } | { ok: false; errors: ReviewLoadError[] };

const NAMING = { member: 'checks', ...say('review.loadReviewPack.NAMING') };

export function loadReviewPack(data: unknown, departments: readonly Department[], fileName = 'review-pack.json'): ReviewPackLoad {
  const schema = validateSchema('review-pack', data);
  if (!schema.valid) {
    // `if`/`oneOf` only say that a branch failed; the branch's own errors say what.
    const telling = schema.errors.filter((e) => e.keyword !== 'if' && e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
    const errors = (telling.length > 0 ? telling : schema.errors).map((e) => schemaLoadError(fileName, data, e, NAMING));
    return { ok: false, errors: dedupeLoadErrors(errors) };
  }
  const pack = data as ReviewPack;
  const errors = lintReviewPack(pack, departments, fileName);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}
