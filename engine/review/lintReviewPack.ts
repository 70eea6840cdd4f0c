// Pure. lintReviewPack(pack, departments, fileName) → what a schema cannot say about a review pack, in Chinese
// and English naming the file and the check: unique check ids; a department id the managed list knows;
// conditions on project fields that exist and on fields the overlapped layer has; a last outcome without a
// project condition (so some outcome always applies); paired Chinese and English conditions; one compatibility
// row per intended use.
import { fieldOf } from '../model/fieldSchema.ts';
import type { AttributeCondition } from '../rules/types.ts';
import { PROJECT_FIELDS } from './projectFields.ts';
import type { ReviewLoadError } from './reviewLoadError.ts';
import type { Department, ReviewPack } from './types.ts';
import { say, type Bilingual } from '../i18n/index.ts';

export function lintReviewPack(pack: ReviewPack, departments: readonly Department[], fileName = 'review-pack.json'): ReviewLoadError[] {
  const errors: ReviewLoadError[] = [];
  const err = (path: string, message: Bilingual) => errors.push({ path, ...say('review.lintReviewPack.error', { fileName, message }) });
  const known = departments.map((d) => d.id);
  const projectFields = PROJECT_FIELDS.map((f) => f.key as string);
  const seen = new Map<string, number>();
  pack.checks.forEach((check, i) => {
    const at = `/checks/${i}`;
    const who = say('review.lintReviewPack.who', { id: check.id, index: i + 1 });
    const first = seen.get(check.id);
    if (first !== undefined) err(`${at}/id`, say('review.lintReviewPack.duplicate-id', { who, first: first + 1 }));
    else seen.set(check.id, i);
    if (!known.includes(check.department)) {
      err(
        `${at}/department`,
        say('review.lintReviewPack.unknown-department', {
          who,
          department: check.department,
          known: { zh: known.join('、'), en: known.join(', ') },
        }),
      );
    }
    const fact = check.fact;
    if (fact.type === 'overlaps' && fact.where) {
      const layer = fact.layer;
      const layerFields = (field: string) =>
        layer === 'GHYDYH' ? field === 'YDYHFLDM' || field === 'YDYHFLMC' : fieldOf(layer, field) !== undefined;
      for (const field of fieldsOf(fact.where)) {
        if (!layerFields(field)) {
          err(`${at}/fact/where`, say('review.lintReviewPack.layer-field', { who, layer, field }));
        }
      }
    }
    check.outcomes.forEach((outcome, k) => {
      const oat = `${at}/outcomes/${k}`;
      const where = say('review.lintReviewPack.outcome', { who, outcome: k + 1 });
      if (outcome.project) {
        for (const field of fieldsOf(outcome.project)) {
          if (!projectFields.includes(field)) {
            err(
              `${oat}/project`,
              say('review.lintReviewPack.project-field', {
                where,
                field,
                known: { zh: projectFields.join('、'), en: projectFields.join(', ') },
              }),
            );
          }
        }
      }
      if ((outcome.conditionsZh?.length ?? 0) !== (outcome.conditionsEn?.length ?? 0)) {
        err(
          `${oat}/conditionsEn`,
          say('review.lintReviewPack.conditions-pair', {
            where,
            zhCount: outcome.conditionsZh?.length ?? 0,
            enCount: outcome.conditionsEn?.length ?? 0,
          }),
        );
      }
      if (outcome.verdict === 'conditional' && (outcome.conditionsZh?.length ?? 0) === 0) {
        err(`${oat}/conditionsZh`, say('review.lintReviewPack.conditions-missing', { where }));
      }
    });
    const last = check.outcomes[check.outcomes.length - 1];
    if (last?.project) {
      err(`${at}/outcomes/${check.outcomes.length - 1}/project`, say('review.lintReviewPack.last-outcome', { who }));
    }
  });
  const uses = new Map<string, number>();
  pack.compatibility.forEach((row, i) => {
    const first = uses.get(row.projectUse);
    if (first !== undefined) {
      err(
        `/compatibility/${i}/projectUse`,
        say('review.lintReviewPack.duplicate-use', { row: i + 1, use: row.projectUse, first: first + 1 }),
      );
    } else uses.set(row.projectUse, i);
  });
  return errors;
}

function fieldsOf(cond: AttributeCondition): string[] {
  if ('all' in cond) return cond.all.flatMap(fieldsOf);
  if ('any' in cond) return cond.any.flatMap(fieldsOf);
  if ('not' in cond) return fieldsOf(cond.not);
  return [cond.field];
}
